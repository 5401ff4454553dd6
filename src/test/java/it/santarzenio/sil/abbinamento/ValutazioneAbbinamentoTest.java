package it.santarzenio.sil.abbinamento;

import static org.assertj.core.api.Assertions.assertThat;

import it.santarzenio.sil.orientamento.CompetenzeDigitali;
import it.santarzenio.sil.orientamento.TitoloStudio;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ValutazioneAbbinamentoTest {

    private static final LocalDate OGGI = LocalDate.of(2026, 12, 1);

    private static ProfiloAbbinamento cittadino(
            TitoloStudio titolo, CompetenzeDigitali competenze, Boolean patente, String... desiderate) {
        return new ProfiloAbbinamento(
                "SIL-2026-000042",
                "Mario",
                "Rossi",
                null,
                null,
                titolo,
                "Magazziniere per 5 anni",
                competenze,
                Stream.of(desiderate)
                        .map(codice -> new ProfessioneCp2021(
                                codice, CodiceCp2021.of(codice).livello(), codice))
                        .toList(),
                patente,
                "Sant'Arzenio");
    }

    private static SchedaOfferta offerta(long id, String codice) {
        return offerta(id, codice, null, null, false, "Sant'Arzenio");
    }

    private static SchedaOfferta offerta(
            long id,
            String codice,
            TitoloStudio titolo,
            CompetenzeDigitali competenze,
            boolean patente,
            String comune) {
        return new SchedaOfferta(
                id,
                "Logistica Srl",
                "Offerta " + id,
                codice,
                "professione " + codice,
                comune,
                TipoContratto.TEMPO_DETERMINATO,
                38,
                titolo,
                patente,
                List.of(),
                competenze,
                OGGI.minusDays(10),
                OGGI.plusDays(20),
                StatoOfferta.APERTA);
    }

    private static SchedaOfferta conDate(SchedaOfferta o, LocalDate dal, LocalDate al, StatoOfferta stato) {
        return new SchedaOfferta(
                o.id(),
                o.datoreLavoro(),
                o.titolo(),
                o.codiceProfessione(),
                o.professione(),
                o.comune(),
                o.tipoContratto(),
                o.oreSettimanali(),
                o.titoloStudioMinimo(),
                o.patenteRichiesta(),
                o.lingue(),
                o.competenzeDigitaliMinime(),
                dal,
                al,
                stato);
    }

    private static final ProfiloAbbinamento MAGAZZINIERE =
            cittadino(TitoloStudio.LICENZA_MEDIA, CompetenzeDigitali.BASE, true, "8.1.3");

    @Test
    void vicinanzaProfessionale_classePoiGruppoPoiGrandeGruppoPoiNulla() {
        var profilo = cittadino(null, null, null, "7.4.4");

        var stessaClasse = ValutazioneAbbinamento.valuta(profilo, offerta(1, "7.4.4"));
        var stessaUnita = ValutazioneAbbinamento.valuta(profilo, offerta(2, "7.4.4.2.1"));
        var stessoGruppo = ValutazioneAbbinamento.valuta(profilo, offerta(3, "7.4.1"));
        var stessoGrandeGruppo = ValutazioneAbbinamento.valuta(profilo, offerta(4, "7.1.2"));
        var altra = ValutazioneAbbinamento.valuta(profilo, offerta(5, "5.1.2"));

        assertThat(stessaClasse.motivi()).contains("Stessa classe professionale 7.4.4");
        assertThat(stessaUnita.motivi()).contains("Stessa classe professionale 7.4.4");
        assertThat(stessoGruppo.motivi()).contains("Stesso gruppo professionale 7.4");
        assertThat(stessoGrandeGruppo.motivi()).contains("Stesso grande gruppo professionale 7");
        assertThat(altra.motivi()).contains("Professione 5.1.2 lontana da quelle desiderate");
        assertThat(stessaClasse.punteggio()).isEqualTo(stessaUnita.punteggio());
        assertThat(List.of(stessaClasse, stessoGruppo, stessoGrandeGruppo, altra))
                .extracting(OffertaValutata::punteggio)
                .isSortedAccordingTo((a, b) -> Integer.compare(b, a))
                .doesNotHaveDuplicates();
    }

    @Test
    void piuProfessioniDesiderate_contaLaPiuVicina() {
        var profilo = cittadino(null, null, null, "5.1.2", "7.4.1");

        var valutata = ValutazioneAbbinamento.valuta(profilo, offerta(1, "7.4.4"));

        assertThat(valutata.motivi()).contains("Stesso gruppo professionale 7.4");
        assertThat(valutata.punteggio()).isEqualTo(ValutazioneAbbinamento.STESSO_GRUPPO + 10);
    }

    @Test
    void grandeGruppoDesiderato_comprendeLeSueClassi() {
        var valutata = ValutazioneAbbinamento.valuta(cittadino(null, null, null, "8"), offerta(1, "8.1.3"));

        assertThat(valutata.motivi()).contains("Stesso grande gruppo professionale 8");
    }

    @Test
    void senzaProfessioniDesiderate_loDice() {
        var valutata = ValutazioneAbbinamento.valuta(cittadino(null, null, null), offerta(1, "8.1.3"));

        assertThat(valutata.motivi())
                .contains("Professioni desiderate non indicate: vicinanza professionale non valutata");
    }

    @Test
    void titoloDiStudio_inferioreAdeguatoOIgnoto() {
        var diploma = offerta(1, "8.1.3", TitoloStudio.DIPLOMA, null, false, "Sant'Arzenio");

        var inferiore = ValutazioneAbbinamento.valuta(MAGAZZINIERE, diploma);
        var laureato = ValutazioneAbbinamento.valuta(
                cittadino(TitoloStudio.LAUREA, CompetenzeDigitali.BASE, true, "8.1.3"), diploma);
        var pariMerito = ValutazioneAbbinamento.valuta(
                cittadino(TitoloStudio.DIPLOMA, CompetenzeDigitali.BASE, true, "8.1.3"), diploma);
        var ignoto = ValutazioneAbbinamento.valuta(cittadino(null, null, null, "8.1.3"), diploma);

        assertThat(inferiore.motivi()).contains("Titolo di studio inferiore al richiesto: DIPLOMA");
        assertThat(laureato.motivi()).contains("Titolo di studio adeguato: LAUREA (richiesto: DIPLOMA)");
        assertThat(pariMerito.motivi()).contains("Titolo di studio adeguato: DIPLOMA (richiesto: DIPLOMA)");
        assertThat(ignoto.motivi()).contains("Titolo di studio del cittadino non rilevato (richiesto: DIPLOMA)");
        assertThat(laureato.punteggio() - inferiore.punteggio())
                .isEqualTo(ValutazioneAbbinamento.TITOLO_ADEGUATO - ValutazioneAbbinamento.TITOLO_INFERIORE);
        assertThat(ignoto.punteggio()).isBetween(inferiore.punteggio(), laureato.punteggio());
    }

    @Test
    void competenzeDigitali_inferioriOAdeguate() {
        var intermedie = offerta(1, "4.1.1", null, CompetenzeDigitali.INTERMEDIE, false, "Sant'Arzenio");

        var inferiori = ValutazioneAbbinamento.valuta(MAGAZZINIERE, intermedie);
        var avanzate = ValutazioneAbbinamento.valuta(
                cittadino(TitoloStudio.DIPLOMA, CompetenzeDigitali.AVANZATE, null, "8.1.3"), intermedie);

        assertThat(inferiori.motivi()).contains("Competenze digitali inferiori alle richieste: INTERMEDIE");
        assertThat(avanzate.motivi()).contains("Competenze digitali adeguate: AVANZATE (richieste: INTERMEDIE)");
        assertThat(avanzate.punteggio()).isGreaterThan(inferiori.punteggio());
    }

    @Test
    void patente_possedutaMancanteODaVerificare() {
        var conPatente = offerta(1, "7.4.2", null, null, true, "Sant'Arzenio");

        var posseduta = ValutazioneAbbinamento.valuta(cittadino(null, null, true, "7.4.2"), conPatente);
        var mancante = ValutazioneAbbinamento.valuta(cittadino(null, null, false, "7.4.2"), conPatente);
        var ignota = ValutazioneAbbinamento.valuta(cittadino(null, null, null, "7.4.2"), conPatente);
        var nonRichiesta = ValutazioneAbbinamento.valuta(cittadino(null, null, false, "7.4.2"), offerta(2, "7.4.2"));

        assertThat(posseduta.motivi()).contains("Patente richiesta e posseduta");
        assertThat(mancante.motivi()).contains("Patente richiesta, il cittadino non la possiede");
        assertThat(ignota.motivi()).contains("Patente richiesta: da verificare con il cittadino");
        assertThat(nonRichiesta.motivi()).noneMatch(motivo -> motivo.contains("Patente"));
        assertThat(posseduta.punteggio()).isGreaterThan(ignota.punteggio());
        assertThat(ignota.punteggio()).isGreaterThan(mancante.punteggio());
        assertThat(ignota.punteggio()).isEqualTo(nonRichiesta.punteggio());
    }

    @Test
    void stessoComune_bonusAncheConApostrofoTipografico() {
        var qui = ValutazioneAbbinamento.valuta(MAGAZZINIERE, offerta(1, "8.1.3", null, null, false, " sant’arzenio "));
        var altrove = ValutazioneAbbinamento.valuta(MAGAZZINIERE, offerta(2, "8.1.3", null, null, false, "Brescia"));

        assertThat(qui.motivi()).contains("Stesso comune: sant’arzenio");
        assertThat(altrove.motivi()).contains("Lavoro in un altro comune: Brescia");
        assertThat(qui.punteggio() - altrove.punteggio()).isEqualTo(ValutazioneAbbinamento.STESSO_COMUNE);
    }

    @Test
    void lingueRichieste_elencateDaVerificare() {
        var base = offerta(1, "5.2.2");
        var inglese = new SchedaOfferta(
                1L,
                base.datoreLavoro(),
                base.titolo(),
                base.codiceProfessione(),
                base.professione(),
                base.comune(),
                base.tipoContratto(),
                20,
                null,
                false,
                List.of("inglese", "tedesco"),
                null,
                base.validaDal(),
                base.validaAl(),
                StatoOfferta.APERTA);

        assertThat(ValutazioneAbbinamento.valuta(MAGAZZINIERE, inglese).motivi())
                .contains("Lingue richieste, da verificare con il cittadino: inglese, tedesco");
    }

    @Test
    void classifica_miglioriPrimaEscludeScaduteChiuseEFuture() {
        var vicina = offerta(1, "8.1.3");
        var lontana = offerta(2, "2.1.1", TitoloStudio.LAUREA, CompetenzeDigitali.AVANZATE, false, "Milano");
        var scaduta = conDate(offerta(3, "8.1.3"), OGGI.minusDays(30), OGGI.minusDays(1), StatoOfferta.APERTA);
        var chiusa = conDate(offerta(4, "8.1.3"), OGGI.minusDays(30), OGGI.plusDays(1), StatoOfferta.CHIUSA);
        var futura = conDate(offerta(5, "8.1.3"), OGGI.plusDays(1), OGGI.plusDays(30), StatoOfferta.APERTA);
        var ultimoGiorno = conDate(offerta(6, "8.1.3"), OGGI.minusDays(30), OGGI, StatoOfferta.APERTA);

        var classifica = ValutazioneAbbinamento.classifica(
                MAGAZZINIERE, List.of(lontana, scaduta, vicina, chiusa, futura, ultimoGiorno), OGGI);

        // equal scores: the offer closing sooner first
        assertThat(classifica).extracting(valutata -> valutata.offerta().id()).containsExactly(6L, 1L, 2L);
    }
}
