package it.santarzenio.sil.cruscotto.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.santarzenio.sil.cruscotto.Cruscotto;
import it.santarzenio.sil.cruscotto.Cruscotto.Capacita;
import it.santarzenio.sil.cruscotto.Cruscotto.CasiAperti;
import it.santarzenio.sil.cruscotto.Cruscotto.Durata;
import it.santarzenio.sil.cruscotto.Cruscotto.Durate;
import it.santarzenio.sil.cruscotto.Cruscotto.IndicatoriGol;
import it.santarzenio.sil.cruscotto.Cruscotto.Quota;
import it.santarzenio.sil.cruscotto.Cruscotto.Ritardo;
import it.santarzenio.sil.cruscotto.Cruscotto.Scaduti;
import it.santarzenio.sil.cruscotto.Periodo;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The exports' shape and the publishable rule: every count of 1 or 2 becomes "<3", and what rests on it too. */
class EsportazioneCruscottoTest {

    private static final Cruscotto FIGURE = new Cruscotto(
            new Periodo(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
            Instant.parse("2026-12-01T10:00:00Z"),
            1,
            2,
            3,
            0,
            12,
            conteggi("APPROVATA", 2L, "DA_RIVEDERE", 1L, "RESPINTA", 0L),
            conteggi("LAVORO", 1L),
            conteggi("OCCUPATO", 25L),
            conteggi("PROGETTO_CONCLUSO", 2L, "CHIUSURA_ANTICIPATA", 4L),
            Map.of(
                    "P6M", conteggi("OCCUPATO", 2L, "DISOCCUPATO", 5L, "NON_RAGGIUNGIBILE", 0L),
                    "P12M", conteggi("OCCUPATO", 7L, "IN_TIROCINIO", 1L)),
            new CasiAperti(
                    7,
                    conteggi("Task_Monitoraggio", 1L, "SENZA_COMPITO", 6L),
                    conteggi("Task_Monitoraggio", 1L),
                    conteggi("sportello-specialistico", 7L)),
            new Scaduti(
                    conteggi2("INFORMATIVO", new Ritardo(2, 9)),
                    Ritardo.NESSUNO,
                    new Ritardo(1, 4),
                    conteggi2("sportello-specialistico", new Ritardo(3, 12)),
                    List.of()),
            new Durate(
                    new Durata(2, 6.5, 9.1),
                    new Durata(30, 40.0, 71.3),
                    Map.of(1, new Durata(5, 10.0, 14.0)),
                    new Durata(0, null, null),
                    new Durata(1, 120.0, 120.0)),
            new IndicatoriGol(
                    conteggi("REINSERIMENTO", 2L),
                    Quota.di(2, 3),
                    Quota.di(1, 3),
                    Quota.di(0, 3),
                    Quota.di(3, 3),
                    0,
                    Quota.di(12, 40)),
            Map.of("INFORMATIVO", new Capacita(48, 20, 15, 2, 11.8, 1, 0)));

    @Test
    void csv_bomPuntoEVirgolaIntestazioniItalianeEVirgolaDecimale() {
        byte[] file = EsportazioneCruscotto.csv(FIGURE, false);
        String testo = new String(file, StandardCharsets.UTF_8);

        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(testo.substring(1)).startsWith("Sezione;Indicatore;Dettaglio;Valore;Unità\r\n");
        assertThat(testo)
                .contains("Periodo;Dal;;01/01/2026;\r\n")
                .contains("Flusso nel periodo;Accessi (registro accessi);;1;\r\n")
                .contains("Flusso nel periodo;Decisioni della Cabina di Regia;Da rivedere;1;\r\n")
                .contains("Flusso nel periodo;Casi chiusi;Chiusura anticipata;4;\r\n")
                .contains(";Presa in carico → invio allo Specialistico: mediana;;40;giorni\r\n")
                .contains(";Accesso → colloquio di assessment: mediana;;6,5;giorni\r\n")
                .contains(";Avvio → fine del progetto: mediana;;n.d.;giorni\r\n")
                .contains(";Tasso di assenza;Sportello Informativo;11,8;%\r\n")
                .contains(
                        "Verifiche degli esiti (registrate nel periodo);Verifica a 6 mesi dalla chiusura;Occupato;2;\r\n")
                .contains(";Verifica a 6 mesi dalla chiusura;Disoccupato;5;\r\n")
                .contains(";Verifica a 6 mesi dalla chiusura;Non raggiungibile;0;\r\n")
                .contains(";Verifica a 12 mesi dalla chiusura;In tirocinio;1;\r\n");
    }

    @Test
    void intervalliDelleVerifiche_inItaliano() {
        assertThat(VociCruscotto.intervallo("P6M")).isEqualTo("a 6 mesi");
        assertThat(VociCruscotto.intervallo("P1Y")).isEqualTo("a 1 anno");
        assertThat(VociCruscotto.intervallo("P1Y6M")).isEqualTo("a 1 anno e 6 mesi");
        assertThat(VociCruscotto.intervallo("P90D")).isEqualTo("a 90 giorni");
        assertThat(VociCruscotto.intervallo("sconosciuto")).isEqualTo("sconosciuto");
    }

    @Test
    void csvPubblicabile_unoEDueDiventanoMenoDiTre_eAncheQuoteEDurateChePoggianoSuDiEssi() {
        String testo = new String(EsportazioneCruscotto.csv(FIGURE, true), StandardCharsets.UTF_8);

        assertThat(testo)
                .contains("Flusso nel periodo;Accessi (registro accessi);;<3;\r\n")
                .contains("Flusso nel periodo;Richieste evase al primo contatto;;<3;\r\n")
                .contains("Flusso nel periodo;Presi in carico (schede utente aperte);;3;\r\n")
                .contains("Flusso nel periodo;Invii allo Sportello Specialistico;;0;\r\n")
                .contains("Flusso nel periodo;Proposte presentate alla Cabina di Regia;;12;\r\n")
                .contains("Flusso nel periodo;Decisioni della Cabina di Regia;Approvata;<3;\r\n")
                .contains("Flusso nel periodo;Decisioni della Cabina di Regia;Da rivedere;<3;\r\n")
                .contains("Flusso nel periodo;Decisioni della Cabina di Regia;Respinta;0;\r\n")
                .contains("Flusso nel periodo;Progetti conclusi;Occupato;25;\r\n")
                .contains(";Accesso → colloquio di assessment: mediana;;riservato (<3 casi);giorni\r\n")
                .contains(";Intero percorso: 90° percentile;;riservato (<3 casi);giorni\r\n")
                .contains(";Presa in carico → invio allo Specialistico: mediana;;40;giorni\r\n")
                .contains(";Donne;numero;<3;\r\n")
                .contains(";Donne;quota;riservato (<3 casi);%\r\n")
                .contains(";Over 55;quota;100;%\r\n")
                .contains(";Assenze;Sportello Informativo;<3;\r\n")
                .contains(";Tasso di assenza;Sportello Informativo;riservato (<3 casi);%\r\n")
                .contains(";Verifica a 6 mesi dalla chiusura;Occupato;<3;\r\n")
                .contains(";Verifica a 6 mesi dalla chiusura;Disoccupato;5;\r\n")
                .contains(";Verifica a 12 mesi dalla chiusura;Occupato;7;\r\n")
                .contains(";Verifica a 12 mesi dalla chiusura;In tirocinio;<3;\r\n");
        assertThat(testo.lines().skip(1).map(riga -> riga.split(";", -1)[3]))
                .as("no value of 1 or 2 is left")
                .doesNotContain("1", "2");
    }

    @Test
    void xlsxPubblicabile_numeriComeNumeri_eMenoDiTreComeTesto() throws Exception {
        try (var cartella = new XSSFWorkbook(new ByteArrayInputStream(EsportazioneCruscotto.xlsx(FIGURE, true)))) {
            var foglio = cartella.getSheet("Cruscotto");
            assertThat(foglio.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Valore");
            var valori = new LinkedHashMap<String, Object>();
            for (int i = 3; i <= foglio.getLastRowNum(); i++) {
                var riga = foglio.getRow(i);
                var cella = riga.getCell(3);
                valori.put(
                        riga.getCell(1).getStringCellValue() + "|"
                                + riga.getCell(2).getStringCellValue(),
                        cella.getCellType() == CellType.NUMERIC
                                ? cella.getNumericCellValue()
                                : cella.getStringCellValue());
            }
            assertThat(valori)
                    .containsEntry("Accessi (registro accessi)|", "<3")
                    .containsEntry("Proposte presentate alla Cabina di Regia|", 12.0)
                    .containsEntry("Progetti conclusi|Occupato", 25.0)
                    .containsEntry("Decisioni della Cabina di Regia|Approvata", "<3");
            assertThat(valori.values()).doesNotContain(1.0, 2.0);
        }
    }

    private static Map<String, Long> conteggi(Object... coppie) {
        var mappa = new LinkedHashMap<String, Long>();
        for (int i = 0; i < coppie.length; i += 2) {
            mappa.put((String) coppie[i], (Long) coppie[i + 1]);
        }
        return mappa;
    }

    private static Map<String, Ritardo> conteggi2(String chiave, Ritardo ritardo) {
        return Map.of(chiave, ritardo);
    }
}
