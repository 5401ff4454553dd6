package it.santarzenio.sil.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.santarzenio.sil.DatiNonValidiException;
import it.santarzenio.sil.OrologioRegolabile;
import it.santarzenio.sil.accesso.AccessoService;
import it.santarzenio.sil.accesso.SchedaAccesso;
import it.santarzenio.sil.accesso.TipoRichiesta;
import it.santarzenio.sil.agenda.internal.AppuntamentoRepository;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@AgendaSuH2
class AgendaServiceTest {

    // Monday 30 November 2026, 09:00: the desks open at 10:00.
    private static final LocalDateTime LUNEDI_7_DICEMBRE_1030 = LocalDateTime.of(2026, 12, 7, 10, 30);

    private final AgendaService agenda;
    private final AccessoService accessi;
    private final AppuntamentoRepository appuntamenti;
    private final OrologioRegolabile orologio;
    private final AgendaProperties configurazione;

    AgendaServiceTest(
            AgendaService agenda,
            AccessoService accessi,
            AppuntamentoRepository appuntamenti,
            OrologioRegolabile orologio,
            AgendaProperties configurazione) {
        this.agenda = agenda;
        this.accessi = accessi;
        this.appuntamenti = appuntamenti;
        this.orologio = orologio;
        this.configurazione = configurazione;
    }

    @BeforeEach
    void lunedi30NovembreAlle9() {
        orologio.imposta(AgendaSuH2.ADESSO);
    }

    private static RichiestaAppuntamento richiesta(String pratica, Sportello sportello, LocalDateTime inizio) {
        return new RichiestaAppuntamento(
                pratica, 7L, sportello, inizio, "informativo", "Verificare il curriculum", "mario.rossi@example.org");
    }

    private static RichiestaAppuntamento richiesta(String pratica, LocalDateTime inizio) {
        return richiesta(pratica, Sportello.INFORMATIVO, inizio);
    }

    private String rifiuto(RichiestaAppuntamento richiesta) {
        var errore = org.assertj.core.api.Assertions.catchThrowableOfType(
                DatiNonValidiException.class, () -> agenda.prenota(richiesta));
        assertThat(errore).as("prenotazione rifiutata").isNotNull();
        return errore.getMessage();
    }

    @Test
    void slotLibero_prenotatoDiMezzOraOraDiRoma() {
        var cittadino = accessi.registra(
                new SchedaAccesso(
                        "RSSMRA80A01H501U",
                        "Mario",
                        "Rossi",
                        LocalDate.of(1980, 1, 1),
                        null,
                        "mario.rossi@example.org",
                        true,
                        "Cerca lavoro nella logistica.",
                        TipoRichiesta.PERCORSO,
                        true,
                        null),
                "SIL-2026-000001",
                "informativo");
        var prenotato = agenda.prenota(new RichiestaAppuntamento(
                "SIL-2026-000001",
                cittadino.cittadinoId(),
                Sportello.INFORMATIVO,
                LUNEDI_7_DICEMBRE_1030,
                "informativo",
                "Ricostruire la storia professionale",
                "mario.rossi@example.org"));

        assertThat(prenotato.id()).isNotNull();
        assertThat(prenotato.sportello()).isEqualTo(Sportello.INFORMATIVO);
        assertThat(prenotato.inizio()).isEqualTo(ZonedDateTime.parse("2026-12-07T10:30+01:00[Europe/Rome]"));
        assertThat(prenotato.fine()).isEqualTo(ZonedDateTime.parse("2026-12-07T11:00+01:00[Europe/Rome]"));
        assertThat(agenda.prenotato("SIL-2026-000001")).contains(prenotato);
        assertThat(agenda.agenda(Sportello.INFORMATIVO, LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 13)))
                .singleElement()
                .satisfies(riga -> {
                    assertThat(riga.numeroPratica()).isEqualTo("SIL-2026-000001");
                    assertThat(riga.nominativo()).isEqualTo("Rossi Mario");
                    assertThat(riga.inizio()).hasToString("2026-12-07T10:30+01:00");
                    assertThat(riga.stato()).isEqualTo(StatoAppuntamento.PRENOTATO);
                });
    }

    @Test
    void nelPassato_rifiutatoConIPrimiSlotLiberiDaOra() {
        assertThat(rifiuto(richiesta("SIL-2026-000001", LocalDateTime.of(2026, 11, 24, 10, 0))))
                .isEqualTo("L'appuntamento di martedì 24 novembre 2026 alle 10:00 è nel passato: scegliere un orario"
                        + " futuro. Primi orari liberi: lunedì 30 novembre 2026, 10:00; lunedì 30 novembre 2026,"
                        + " 10:30; lunedì 30 novembre 2026, 11:00.");
    }

    @Test
    void slotGiaIniziatoOggi_passato() {
        orologio.imposta(LocalDateTime.of(2026, 11, 30, 10, 10));

        assertThat(rifiuto(richiesta("SIL-2026-000001", LocalDateTime.of(2026, 11, 30, 10, 0))))
                .contains("è nel passato")
                .endsWith("Primi orari liberi: lunedì 30 novembre 2026, 10:30; lunedì 30 novembre 2026, 11:00;"
                        + " lunedì 30 novembre 2026, 11:30.");
        assertThat(agenda.prenota(richiesta("SIL-2026-000001", LocalDateTime.of(2026, 11, 30, 10, 30)))
                        .inizio())
                .isEqualTo(ZonedDateTime.parse("2026-11-30T10:30+01:00[Europe/Rome]"));
    }

    @Test
    void fuoriOrario_rifiutatoConGliOrariEIPrimiSlotLiberiDaQuelGiorno() {
        assertThat(rifiuto(richiesta("SIL-2026-000001", LocalDateTime.of(2026, 12, 9, 10, 0))))
                .isEqualTo("Lo Sportello Informativo di Orientamento al Lavoro riceve il lunedì e il martedì dalle"
                        + " 10:00 alle 12:00: mercoledì 9 dicembre 2026 alle 10:00 è fuori orario. Primi orari liberi:"
                        + " lunedì 14 dicembre 2026, 10:00; lunedì 14 dicembre 2026, 10:30; lunedì 14 dicembre 2026,"
                        + " 11:00.");
        assertThat(rifiuto(richiesta("SIL-2026-000001", LocalDateTime.of(2026, 12, 7, 12, 0))))
                .contains("fuori orario");
        assertThat(rifiuto(richiesta("SIL-2026-000001", LocalDateTime.of(2026, 12, 7, 9, 30))))
                .contains("fuori orario");
    }

    @Test
    void immacolataDiMartedi_rifiutata() {
        assertThat(rifiuto(richiesta("SIL-2026-000001", LocalDateTime.of(2026, 12, 8, 10, 0))))
                .isEqualTo("Martedì 8 dicembre 2026 gli sportelli sono chiusi (Immacolata Concezione). Primi orari"
                        + " liberi: lunedì 14 dicembre 2026, 10:00; lunedì 14 dicembre 2026, 10:30; lunedì 14"
                        + " dicembre 2026, 11:00.");
    }

    @Test
    void pasquetta2027e2028_rifiutate() {
        assertThat(rifiuto(richiesta("SIL-2026-000001", LocalDateTime.of(2027, 3, 29, 10, 0))))
                .startsWith("Lunedì 29 marzo 2027 gli sportelli sono chiusi (Lunedì dell'Angelo (Pasquetta)).")
                .contains("Primi orari liberi: martedì 30 marzo 2027, 10:00;");
        assertThat(rifiuto(richiesta("SIL-2026-000001", LocalDateTime.of(2028, 4, 17, 11, 30))))
                .startsWith("Lunedì 17 aprile 2028 gli sportelli sono chiusi (Lunedì dell'Angelo (Pasquetta)).");
    }

    @Test
    void chiusuraLocaleConfigurata_rifiutata() {
        configurazione
                .getChiusure()
                .add(new AgendaProperties.Chiusura(
                        LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 15), "festa del santo patrono"));
        try {
            assertThat(rifiuto(richiesta("SIL-2026-000001", LocalDateTime.of(2026, 12, 15, 10, 0))))
                    .isEqualTo("Martedì 15 dicembre 2026 gli sportelli sono chiusi (festa del santo patrono). Primi"
                            + " orari liberi: lunedì 21 dicembre 2026, 10:00; lunedì 21 dicembre 2026, 10:30;"
                            + " lunedì 21 dicembre 2026, 11:00.");
        } finally {
            configurazione.getChiusure().clear();
        }
    }

    @Test
    void fuoriDalConfineDelloSlot_rifiutatoConGliSlotDiQuelGiorno() {
        assertThat(rifiuto(richiesta("SIL-2026-000001", LocalDateTime.of(2026, 12, 7, 10, 15))))
                .isEqualTo("Gli appuntamenti durano 30 minuti e iniziano alle 10:00 e poi ogni 30 minuti fino alle"
                        + " 12:00: le 10:15 non sono un orario d'inizio. Primi orari liberi: lunedì 7 dicembre 2026,"
                        + " 10:00; lunedì 7 dicembre 2026, 10:30; lunedì 7 dicembre 2026, 11:00.");
        assertThat(rifiuto(richiesta("SIL-2026-000001", LocalDateTime.of(2026, 12, 7, 10, 30, 30))))
                .contains("non sono un orario d'inizio");
    }

    @Test
    void slotOccupato_rifiutatoConIVicini() {
        agenda.prenota(richiesta("SIL-2026-000001", LUNEDI_7_DICEMBRE_1030));

        assertThat(rifiuto(richiesta("SIL-2026-000002", LUNEDI_7_DICEMBRE_1030)))
                .isEqualTo("L'orario di lunedì 7 dicembre 2026 alle 10:30 dello Sportello Informativo di"
                        + " Orientamento al Lavoro è già occupato. Primi orari liberi: lunedì 7 dicembre 2026, 10:00;"
                        + " lunedì 7 dicembre 2026, 11:00; lunedì 7 dicembre 2026, 11:30.");
    }

    @Test
    void stessoOrarioAllAltroSportello_prenotabile() {
        agenda.prenota(richiesta("SIL-2026-000001", LUNEDI_7_DICEMBRE_1030));

        var specialistico =
                agenda.prenota(richiesta("SIL-2026-000002", Sportello.SPECIALISTICO, LUNEDI_7_DICEMBRE_1030));

        assertThat(specialistico.sportello()).isEqualTo(Sportello.SPECIALISTICO);
    }

    @Test
    void datiMancanti_rifiutatiConMessaggiItaliani() {
        assertThat(rifiuto(new RichiestaAppuntamento(null, null, null, null, " ", null, null)))
                .contains("La data e l'ora dell'appuntamento sono obbligatorie.")
                .contains("Indicare lo sportello dell'appuntamento.")
                .contains("Il numero di pratica dell'appuntamento è obbligatorio.")
                .contains("L'operatore che fissa l'appuntamento è obbligatorio.");
    }

    @Test
    void nuovaPrenotazioneDellaStessaPratica_spostaEdLiberaLoSlotVecchio() {
        var primo = agenda.prenota(richiesta("SIL-2026-000001", LUNEDI_7_DICEMBRE_1030));

        var spostato = agenda.prenota(richiesta("SIL-2026-000001", LocalDateTime.of(2026, 12, 14, 11, 0)));

        assertThat(spostato.id()).isNotEqualTo(primo.id());
        assertThat(agenda.prenotato("SIL-2026-000001")).contains(spostato);
        assertThat(appuntamenti.findById(primo.id()).orElseThrow().getStato())
                .isEqualTo(StatoAppuntamento.RIPROGRAMMATO);
        assertThat(agenda.slotLiberi(Sportello.INFORMATIVO, LocalDate.of(2026, 12, 7), 4))
                .extracting(ZonedDateTime::toLocalDateTime)
                .contains(LUNEDI_7_DICEMBRE_1030)
                .doesNotContain(LocalDateTime.of(2026, 12, 14, 11, 0));
        assertThat(agenda.prenota(richiesta("SIL-2026-000002", LUNEDI_7_DICEMBRE_1030)))
                .as("lo slot liberato è di nuovo prenotabile")
                .isNotNull();
        assertThat(agenda.agenda(Sportello.INFORMATIVO, LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 20)))
                .extracting(AppuntamentoInAgenda::numeroPratica, riga -> riga.inizio()
                        .toLocalDateTime())
                .map(tupla -> tupla.toList())
                .containsExactly(
                        List.of("SIL-2026-000002", LUNEDI_7_DICEMBRE_1030),
                        List.of("SIL-2026-000001", LocalDateTime.of(2026, 12, 14, 11, 0)));
    }

    @Test
    void spostamentoNelloSlotAccanto_nonCollideConSeStesso() {
        agenda.prenota(richiesta("SIL-2026-000001", LUNEDI_7_DICEMBRE_1030));
        var spostato = agenda.prenota(richiesta("SIL-2026-000001", LocalDateTime.of(2026, 12, 7, 11, 0)));
        var ritorno = agenda.prenota(richiesta("SIL-2026-000001", LUNEDI_7_DICEMBRE_1030));

        assertThat(ritorno.inizio().toLocalDateTime()).isEqualTo(LUNEDI_7_DICEMBRE_1030);
        assertThat(ritorno.id()).isNotEqualTo(spostato.id());
        assertThat(agenda.slotLiberi(Sportello.INFORMATIVO, LocalDate.of(2026, 12, 7), 3))
                .extracting(ZonedDateTime::toLocalDateTime)
                .containsExactly(
                        LocalDateTime.of(2026, 12, 7, 10, 0),
                        LocalDateTime.of(2026, 12, 7, 11, 0),
                        LocalDateTime.of(2026, 12, 7, 11, 30));
    }

    @Test
    void stessaPrenotazioneRipetuta_nessunCambiamento() {
        var primo = agenda.prenota(richiesta("SIL-2026-000001", LUNEDI_7_DICEMBRE_1030));

        assertThat(agenda.prenota(richiesta("SIL-2026-000001", LUNEDI_7_DICEMBRE_1030)))
                .isEqualTo(primo);
        assertThat(appuntamenti.count()).isEqualTo(1);
    }

    @Test
    void presente_svoltoELoSlotRestaUsato() {
        agenda.prenota(richiesta("SIL-2026-000001", LUNEDI_7_DICEMBRE_1030));
        orologio.imposta(LUNEDI_7_DICEMBRE_1030.plusMinutes(5));

        assertThat(agenda.registraEsito("SIL-2026-000001", true)).isZero();

        assertThat(agenda.prenotato("SIL-2026-000001")).isEmpty();
        assertThat(agenda.agenda(Sportello.INFORMATIVO, LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 7)))
                .extracting(AppuntamentoInAgenda::stato)
                .containsExactly(StatoAppuntamento.SVOLTO);
        orologio.imposta(AgendaSuH2.ADESSO);
        assertThat(rifiuto(richiesta("SIL-2026-000002", LUNEDI_7_DICEMBRE_1030)))
                .contains("è già occupato");
    }

    @Test
    void assenze_contateLoSlotRestaUsatoEUnNuovoAppuntamentoSiPrenota() {
        agenda.prenota(richiesta("SIL-2026-000001", LUNEDI_7_DICEMBRE_1030));
        orologio.imposta(LUNEDI_7_DICEMBRE_1030.plusMinutes(20));

        assertThat(agenda.registraEsito("SIL-2026-000001", false)).isEqualTo(1);
        assertThat(agenda.slotLiberi(Sportello.INFORMATIVO, LocalDate.of(2026, 12, 7), 10))
                .extracting(ZonedDateTime::toLocalDateTime)
                .doesNotContain(LUNEDI_7_DICEMBRE_1030);

        agenda.prenota(richiesta("SIL-2026-000001", LocalDateTime.of(2026, 12, 14, 10, 0)));
        orologio.imposta(LocalDateTime.of(2026, 12, 14, 11, 0));
        assertThat(agenda.registraEsito("SIL-2026-000001", false)).isEqualTo(2);

        agenda.prenota(richiesta("SIL-2026-000001", LocalDateTime.of(2026, 12, 15, 10, 0)));
        orologio.imposta(LocalDateTime.of(2026, 12, 15, 10, 0));
        assertThat(agenda.registraEsito("SIL-2026-000001", false)).isEqualTo(3);
        assertThat(agenda.agenda(Sportello.INFORMATIVO, LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 20)))
                .extracting(AppuntamentoInAgenda::stato)
                .containsOnly(StatoAppuntamento.ASSENTE);
    }

    @Test
    void presenzaPrimaDellOra_rifiutataConMessaggio() {
        agenda.prenota(richiesta("SIL-2026-000001", LUNEDI_7_DICEMBRE_1030));
        orologio.imposta(LUNEDI_7_DICEMBRE_1030.minusMinutes(1));

        assertThatThrownBy(() -> agenda.registraEsito("SIL-2026-000001", false))
                .isInstanceOf(DatiNonValidiException.class)
                .hasMessageContaining("L'appuntamento è lunedì 7 dicembre 2026 alle 10:30")
                .hasMessageContaining("Da spostare");
        assertThat(agenda.prenotato("SIL-2026-000001")).isPresent();

        orologio.imposta(LUNEDI_7_DICEMBRE_1030);
        assertThat(agenda.registraEsito("SIL-2026-000001", true)).isZero();
    }

    @Test
    void esitoSenzaAppuntamentoPrenotato_erroreTecnico() {
        assertThatThrownBy(() -> agenda.registraEsito("SIL-2026-000099", true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SIL-2026-000099");
    }

    @Test
    void annulla_liberaLoSlot_senzaPrenotazioneNonFaNulla() {
        agenda.prenota(richiesta("SIL-2026-000001", LUNEDI_7_DICEMBRE_1030));

        agenda.annulla("SIL-2026-000001");
        agenda.annulla("SIL-2026-000001");
        agenda.annulla("SIL-2026-000404");

        assertThat(agenda.prenotato("SIL-2026-000001")).isEmpty();
        assertThat(agenda.prenota(richiesta("SIL-2026-000002", LUNEDI_7_DICEMBRE_1030)))
                .isNotNull();
        assertThat(agenda.agenda(Sportello.INFORMATIVO, LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 7)))
                .extracting(AppuntamentoInAgenda::numeroPratica, AppuntamentoInAgenda::stato)
                .map(tupla -> tupla.toList())
                .containsExactlyInAnyOrder(
                        List.of("SIL-2026-000001", StatoAppuntamento.ANNULLATO),
                        List.of("SIL-2026-000002", StatoAppuntamento.PRENOTATO));
    }

    @Test
    void slotLiberi_daOggiSaltandoFestiviOccupatiEPassato() {
        orologio.imposta(LocalDateTime.of(2026, 12, 1, 10, 45));
        agenda.prenota(richiesta("SIL-2026-000001", LocalDateTime.of(2026, 12, 1, 11, 30)));
        agenda.prenota(richiesta("SIL-2026-000002", LocalDateTime.of(2026, 12, 7, 10, 0)));

        assertThat(agenda.slotLiberi(Sportello.INFORMATIVO, LocalDate.of(2026, 11, 1), 6))
                .extracting(ZonedDateTime::toLocalDateTime)
                .containsExactly(
                        LocalDateTime.of(2026, 12, 1, 11, 0),
                        LocalDateTime.of(2026, 12, 7, 10, 30),
                        LocalDateTime.of(2026, 12, 7, 11, 0),
                        LocalDateTime.of(2026, 12, 7, 11, 30),
                        // Tuesday 8 December is a holiday.
                        LocalDateTime.of(2026, 12, 14, 10, 0),
                        LocalDateTime.of(2026, 12, 14, 10, 30));
        assertThat(agenda.slotLiberi(Sportello.SPECIALISTICO, LocalDate.of(2026, 12, 1), 1))
                .extracting(ZonedDateTime::toLocalDateTime)
                .containsExactly(LocalDateTime.of(2026, 12, 1, 11, 0));
        assertThat(agenda.slotLiberi(Sportello.INFORMATIVO, LocalDate.of(2026, 12, 1), 0))
                .isEmpty();
    }

    @Test
    void slotLiberi_molti_attraversanoIlCapodanno() {
        var liberi = agenda.slotLiberi(Sportello.INFORMATIVO, LocalDate.of(2026, 12, 28), 16);

        assertThat(liberi).hasSize(16);
        // Monday 28 and Tuesday 29 December, then 4 and 5 January 2027 (1 January is a Friday, 6 a Wednesday).
        assertThat(liberi.get(0).toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 12, 28, 10, 0));
        assertThat(liberi.get(8).toLocalDateTime()).isEqualTo(LocalDateTime.of(2027, 1, 4, 10, 0));
        assertThat(liberi.get(15).toLocalDateTime()).isEqualTo(LocalDateTime.of(2027, 1, 5, 11, 30));
        assertThat(liberi).isSorted();
    }

    @Test
    void sceltaSlot_opzioniPerIlModulo() {
        assertThat(agenda.sceltaSlot(Sportello.INFORMATIVO, 2))
                .containsExactly(
                        Map.of("label", "lunedì 30 novembre 2026, 10:00", "value", "2026-11-30T10:00"),
                        Map.of("label", "lunedì 30 novembre 2026, 10:30", "value", "2026-11-30T10:30"));
    }

    @Test
    void settimaneDeiCambiDOra_istantiGiustiESlotContati() {
        // 2027: Easter Sunday is also the DST change (28 March), Easter Monday the 29th; 1 November is a Monday.
        var marzoPrima = agenda.prenota(richiesta("SIL-2026-000001", LocalDateTime.of(2027, 3, 23, 10, 0)));
        var marzoDopo = agenda.prenota(richiesta("SIL-2026-000002", LocalDateTime.of(2027, 3, 30, 10, 0)));
        var ottobrePrima = agenda.prenota(richiesta("SIL-2026-000003", LocalDateTime.of(2027, 10, 26, 11, 30)));
        var ottobreDopo = agenda.prenota(richiesta("SIL-2026-000004", LocalDateTime.of(2027, 11, 2, 11, 30)));

        assertThat(marzoPrima.inizio().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(marzoDopo.inizio().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(marzoDopo.inizio().toInstant()).hasToString("2027-03-30T08:00:00Z");
        assertThat(Duration.between(marzoDopo.inizio(), marzoDopo.fine())).isEqualTo(Duration.ofMinutes(30));
        assertThat(ottobrePrima.inizio().toInstant()).hasToString("2027-10-26T09:30:00Z");
        assertThat(ottobreDopo.inizio().toInstant()).hasToString("2027-11-02T10:30:00Z");
        assertThat(agenda.slotLiberi(Sportello.INFORMATIVO, LocalDate.of(2027, 3, 29), 1))
                .extracting(ZonedDateTime::toLocalDateTime)
                .containsExactly(LocalDateTime.of(2027, 3, 30, 10, 30));
        assertThat(agenda.slotLiberi(Sportello.INFORMATIVO, LocalDate.of(2027, 11, 1), 4))
                .extracting(ZonedDateTime::toLocalDateTime)
                .containsExactly(
                        LocalDateTime.of(2027, 11, 2, 10, 0),
                        LocalDateTime.of(2027, 11, 2, 10, 30),
                        LocalDateTime.of(2027, 11, 2, 11, 0),
                        LocalDateTime.of(2027, 11, 8, 10, 0));
        assertThat(rifiuto(richiesta("SIL-2026-000005", LocalDateTime.of(2027, 3, 30, 10, 0))))
                .contains("è già occupato");
    }
}
