package it.santarzenio.sil.cruscotto.web;

import it.santarzenio.sil.cruscotto.Cruscotto;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The Cruscotto as a file an Italian office opens with a double click: CSV with {@code ;}, a UTF-8 BOM (Excel reads
 * it as UTF-8 only then) and decimal commas; or XLSX with numbers as numbers. Italian headers, one row per indicator
 * and breakdown. The publishable form replaces counts of 1 and 2 with "<3".
 */
final class EsportazioneCruscotto {

    static final String[] INTESTAZIONI = {"Sezione", "Indicatore", "Dettaglio", "Valore", "Unità"};
    private static final DateTimeFormatter GIORNO = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final char BOM = '\uFEFF';

    private EsportazioneCruscotto() {}

    static byte[] csv(Cruscotto cruscotto, boolean pubblicabile) {
        var formato = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .setRecordSeparator("\r\n")
                .setHeader(INTESTAZIONI)
                .get();
        var uscita = new ByteArrayOutputStream();
        try (var scrittore = new OutputStreamWriter(uscita, StandardCharsets.UTF_8)) {
            // Before the printer, which writes the header as soon as it is created.
            scrittore.write(BOM);
            var csv = new CSVPrinter(scrittore, formato);
            for (List<String> riga : righe(cruscotto, pubblicabile)) {
                csv.printRecord(riga);
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uscita.toByteArray();
    }

    static byte[] xlsx(Cruscotto cruscotto, boolean pubblicabile) {
        try (var cartella = new XSSFWorkbook()) {
            var foglio = cartella.createSheet("Cruscotto");
            CellStyle grassetto = cartella.createCellStyle();
            var carattere = cartella.createFont();
            carattere.setBold(true);
            grassetto.setFont(carattere);
            var intestazione = foglio.createRow(0);
            for (int i = 0; i < INTESTAZIONI.length; i++) {
                var cella = intestazione.createCell(i);
                cella.setCellValue(INTESTAZIONI[i]);
                cella.setCellStyle(grassetto);
            }
            int n = 1;
            for (var riga : periodo(cruscotto)) {
                var r = foglio.createRow(n++);
                for (int i = 0; i < riga.size(); i++) {
                    r.createCell(i).setCellValue(riga.get(i));
                }
            }
            for (Voce voce : VociCruscotto.di(cruscotto)) {
                var r = foglio.createRow(n++);
                r.createCell(0).setCellValue(voce.sezione());
                r.createCell(1).setCellValue(voce.indicatore());
                r.createCell(2).setCellValue(voce.dettaglio());
                var valore = r.createCell(3);
                if (voce.valore() == null || (pubblicabile && voce.daNascondere())) {
                    valore.setCellValue(voce.testo(pubblicabile));
                } else {
                    valore.setCellValue(voce.valore().doubleValue());
                }
                r.createCell(4).setCellValue(voce.tipo().unita);
            }
            // Fixed widths: autoSizeColumn measures fonts through AWT, slow and fragile on a headless server.
            int[] larghezze = {40, 55, 32, 14, 8};
            for (int i = 0; i < larghezze.length; i++) {
                foglio.setColumnWidth(i, larghezze[i] * 256);
            }
            foglio.createFreezePane(0, 1);
            var uscita = new ByteArrayOutputStream();
            cartella.write(uscita);
            return uscita.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<String>> righe(Cruscotto cruscotto, boolean pubblicabile) {
        var righe = new ArrayList<>(periodo(cruscotto));
        for (Voce voce : VociCruscotto.di(cruscotto)) {
            righe.add(List.of(
                    voce.sezione(), voce.indicatore(), voce.dettaglio(), voce.testo(pubblicabile), voce.tipo().unita));
        }
        return righe;
    }

    private static List<List<String>> periodo(Cruscotto cruscotto) {
        return List.of(
                List.of("Periodo", "Dal", "", cruscotto.periodo().dal().format(GIORNO), ""),
                List.of("Periodo", "Al", "", cruscotto.periodo().al().format(GIORNO), ""));
    }
}
