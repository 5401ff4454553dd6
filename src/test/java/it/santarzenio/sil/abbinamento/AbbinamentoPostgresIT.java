package it.santarzenio.sil.abbinamento;

import static org.assertj.core.api.Assertions.assertThat;

import it.santarzenio.sil.ApplicazioneSuPostgres;
import it.santarzenio.sil.accesso.AccessoService;
import it.santarzenio.sil.accesso.SchedaAccesso;
import it.santarzenio.sil.accesso.TipoRichiesta;
import it.santarzenio.sil.orientamento.CompetenzeDigitali;
import it.santarzenio.sil.orientamento.TitoloStudio;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The matching tables on PostgreSQL: CP2021 import upserts, offers, wished occupations, referrals, ranking. */
@ApplicazioneSuPostgres
class AbbinamentoPostgresIT {

    private final Cp2021Service cp2021;
    private final OfferteService offerte;
    private final AbbinamentoService abbinamento;
    private final AccessoService accessi;

    AbbinamentoPostgresIT(
            Cp2021Service cp2021, OfferteService offerte, AbbinamentoService abbinamento, AccessoService accessi) {
        this.cp2021 = cp2021;
        this.offerte = offerte;
        this.abbinamento = abbinamento;
        this.accessi = accessi;
    }

    @Test
    void importazioneOfferteProfessioniESegnalazioni_suPostgres() {
        var file = "codice;livello;denominazione\n7.4.4.2;categoria;Conduttori di macchinari per il movimento terra\n"
                + "7.4.4;classe;Conduttori di macchine per movimento terra, di macchine di sollevamento e di maneggio"
                + " dei materiali\n";
        var esito = cp2021.importa(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
        assertThat(esito.righe()).isEqualTo(2);
        assertThat(esito.inserite() + esito.aggiornate()).isEqualTo(2);
        assertThat(cp2021.professione("7.4.4.2").orElseThrow().livello()).isEqualTo(4);

        var pratica = "SIL-2026-920001";
        var registrato = accessi.registra(
                new SchedaAccesso(
                        "CSTPLA70H10D969N",
                        "Paolo",
                        "Costa",
                        LocalDate.of(1970, 6, 10),
                        null,
                        "paolo.costa@example.org",
                        true,
                        "Cerca lavoro come escavatorista",
                        TipoRichiesta.PERCORSO,
                        true,
                        null),
                pratica,
                "informativo");
        accessi.apriSchedaUtente(pratica, registrato.cittadinoId(), "informativo");
        abbinamento.impostaCandidatura(
                pratica, new DatiCandidatura(List.of("7.4.4.2", "8"), false, "Brescia"), "specialistico");
        var oggi = LocalDate.now();
        var offerta = offerte.crea(
                new DatiOfferta(
                        "Scavi Bresciani Spa",
                        "Escavatorista",
                        "7.4.4",
                        "Brescia",
                        TipoContratto.TEMPO_INDETERMINATO,
                        40,
                        TitoloStudio.LICENZA_MEDIA,
                        true,
                        List.of("italiano", "inglese"),
                        CompetenzeDigitali.NESSUNA,
                        oggi,
                        oggi.plusDays(30)),
                "partner");
        abbinamento.segnala(
                pratica,
                new NuovaSegnalazione(offerta.id(), oggi, EsitoSegnalazione.COLLOQUIO_FISSATO, null),
                "partner");

        var profilo = abbinamento.profilo(pratica);
        assertThat(profilo.professioniDesiderate())
                .extracting(ProfessioneCp2021::codice)
                .containsExactly("7.4.4.2", "8");
        var proposta = abbinamento.proposte(pratica).stream()
                .filter(valutata -> valutata.offerta().id().equals(offerta.id()))
                .findFirst()
                .orElseThrow();
        assertThat(proposta.offerta().lingue()).containsExactly("italiano", "inglese");
        assertThat(proposta.motivi())
                .contains(
                        "Stessa classe professionale 7.4.4",
                        "Patente richiesta, il cittadino non la possiede",
                        "Stesso comune: Brescia");
        assertThat(abbinamento.segnalazioni(pratica))
                .singleElement()
                .extracting(Segnalazione::esito)
                .isEqualTo(EsitoSegnalazione.COLLOQUIO_FISSATO);
    }
}
