package it.santarzenio.sil.cruscotto.web;

import it.santarzenio.sil.DatiNonValidiException;
import it.santarzenio.sil.cruscotto.Cruscotto;
import it.santarzenio.sil.cruscotto.CruscottoService;
import it.santarzenio.sil.cruscotto.Periodo;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The managers' figures: {@code GET /api/cruscotto?dal=&al=} (JSON) and its exports {@code export.csv} and
 * {@code export.xlsx}, {@code pubblicabile=true} for a table fit to publish; {@code pratiche-in-corso}, the open cases
 * alone, for Cockpit's dashboard. Without dates, the last twelve months. Only {@code responsabili} and
 * {@code camunda-admin} get here (SicurezzaWebConfig).
 */
@RestController
@RequestMapping("/api/cruscotto")
class CruscottoController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final CruscottoService cruscotto;

    CruscottoController(CruscottoService cruscotto) {
        this.cruscotto = cruscotto;
    }

    @GetMapping
    Cruscotto figure(@RequestParam(required = false) String dal, @RequestParam(required = false) String al) {
        return cruscotto.calcola(periodo(dal, al));
    }

    /** Open cases now, as Cockpit's dashboard shows them: no period, none of the period's queries. */
    @GetMapping("/pratiche-in-corso")
    Cruscotto.CasiAperti praticheInCorso() {
        return cruscotto.casiAperti();
    }

    @GetMapping("/export.csv")
    ResponseEntity<byte[]> csv(
            @RequestParam(required = false) String dal,
            @RequestParam(required = false) String al,
            @RequestParam(defaultValue = "false") boolean pubblicabile) {
        var figure = cruscotto.calcola(periodo(dal, al));
        return file(EsportazioneCruscotto.csv(figure, pubblicabile), CSV, nome(figure, pubblicabile, "csv"));
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> xlsx(
            @RequestParam(required = false) String dal,
            @RequestParam(required = false) String al,
            @RequestParam(defaultValue = "false") boolean pubblicabile) {
        var figure = cruscotto.calcola(periodo(dal, al));
        return file(EsportazioneCruscotto.xlsx(figure, pubblicabile), XLSX, nome(figure, pubblicabile, "xlsx"));
    }

    private Periodo periodo(String dal, String al) {
        if (dal == null && al == null) {
            return Periodo.ultimiDodiciMesi(cruscotto.oggi());
        }
        return new Periodo(data("dal", dal), data("al", al));
    }

    private static LocalDate data(String nome, String valore) {
        if (valore == null || valore.isBlank()) {
            throw new DatiNonValidiException("Indicare anche «" + nome + "» (AAAA-MM-GG).");
        }
        try {
            return LocalDate.parse(valore.strip());
        } catch (DateTimeParseException e) {
            throw new DatiNonValidiException(
                    "La data «" + valore + "» di «" + nome + "» non è valida: usare il formato AAAA-MM-GG.");
        }
    }

    private static String nome(Cruscotto figure, boolean pubblicabile, String estensione) {
        return "cruscotto-" + figure.periodo().dal() + "-" + figure.periodo().al()
                + (pubblicabile ? "-pubblicabile" : "") + "." + estensione;
    }

    private static ResponseEntity<byte[]> file(byte[] contenuto, MediaType tipo, String nome) {
        return ResponseEntity.ok()
                .contentType(tipo)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(nome).build().toString())
                .body(contenuto);
    }
}
