package it.santarzenio.sil.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import it.santarzenio.sil.agenda.AgendaService;
import it.santarzenio.sil.fascicolo.PraticaDiProva;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The informative desk's task list in a real browser (ADR 0016): each row tells the case number and the citizen;
 * the box above the list finds the tasks by part of the surname in any case, or by case number; the date picker of a
 * Camunda Form names months and weekdays in Italian.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:tasklist;DB_CLOSE_DELAY=-1")
class ElencoCompitiTasklistIT {

    private static final List<String> MESI = List.of(
            "gennaio",
            "febbraio",
            "marzo",
            "aprile",
            "maggio",
            "giugno",
            "luglio",
            "agosto",
            "settembre",
            "ottobre",
            "novembre",
            "dicembre");

    private static final List<String> INGLESE = List.of(
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
            "Sun",
            "Mon",
            "Tue",
            "Wed",
            "Thu",
            "Fri",
            "Sat");

    @LocalServerPort
    int porta;

    @Autowired
    ProcessEngine engine;

    @Autowired
    AgendaService agenda;

    Browser browser;
    PraticaDiProva cercata;
    PraticaDiProva altra;

    @BeforeEach
    void apriBrowser() {
        browser = new Browser(porta);
    }

    @AfterEach
    void chiudi() {
        browser.close();
        for (var pratica : new PraticaDiProva[] {cercata, altra}) {
            if (pratica != null) {
                pratica.eliminaSeInCorso();
            }
        }
    }

    private void entraInTasklist() {
        try {
            browser.entraInTasklist("informativo", "demo");
        } catch (org.openqa.selenium.TimeoutException primaVolta) {
            browser.entraInTasklist("informativo", "demo");
        }
    }

    @Test
    void laRigaDiceChiECercaPerCognomeONumeroDiPratica() throws Exception {
        cercata = new PraticaDiProva(engine, agenda)
                .accoglienza("Ottavia", "Quaglierini", "Cerca un impiego part-time.")
                .appuntamento("Bilancio delle competenze.");
        altra = new PraticaDiProva(engine, agenda).accoglienza("Bruno", "Zanardelli", "Cerca lavoro.");
        String filtro = engine.getFilterService()
                .createFilterQuery()
                .filterName("Sportello Informativo di Orientamento al Lavoro")
                .singleResult()
                .getId();

        entraInTasklist();
        browser.vai("/camunda/app/tasklist/default/#/?filter=" + filtro);
        By elenco = By.cssSelector("[cam-tasks]");
        String righe = browser.attendiTesto(elenco, "Quaglierini");
        assertThat(righe)
                .contains(cercata.numeroPratica(), "Ottavia", altra.numeroPratica(), "Zanardelli")
                .contains("Appuntamento");
        browser.fotografa(Path.of("target/screenshots/elenco-compiti-tasklist.png"));

        // Part of the surname, in another case and with an accent the name does not have.
        browser.scrivi(By.cssSelector("input[name=ricercaCompiti]"), "qUÀGLIER");
        browser.clicca(By.xpath("//form[contains(@class,'sil-ricerca-compiti')]//button[normalize-space()='Cerca']"));
        browser.attendi(() -> mostraSolo(browser.testo(elenco), "Quaglierini", "Zanardelli"));
        assertThat(browser.testo(elenco)).contains(cercata.numeroPratica());

        // A case number as typed, lower case.
        browser.scrivi(
                By.cssSelector("input[name=ricercaCompiti]"),
                altra.numeroPratica().toLowerCase());
        browser.clicca(By.xpath("//form[contains(@class,'sil-ricerca-compiti')]//button[normalize-space()='Cerca']"));
        browser.attendi(() -> mostraSolo(browser.testo(elenco), "Zanardelli", "Quaglierini"));
        assertThat(browser.testo(elenco)).contains(altra.numeroPratica());

        // Its last digits only (Tasklist would read them as a number).
        String cifre = cercata.numeroPratica().substring(cercata.numeroPratica().length() - 6);
        browser.scrivi(By.cssSelector("input[name=ricercaCompiti]"), cifre);
        browser.clicca(By.xpath("//form[contains(@class,'sil-ricerca-compiti')]//button[normalize-space()='Cerca']"));
        browser.attendi(() -> mostraSolo(browser.testo(elenco), "Quaglierini", "Zanardelli"));
    }

    @Test
    void ilCalendarioDeiModuliParlaItaliano() throws Exception {
        entraInTasklist();
        browser.clicca(By.linkText("Avvia processo"));
        browser.clicca(By.partialLinkText("Percorso del cittadino"));
        browser.clicca(Browser.campo("dataNascita-date"));
        By calendario = By.cssSelector(".flatpickr-calendar.open");
        browser.trova(calendario);
        browser.attendi(() -> testoDelCalendario().contains("lun"));
        String testo = testoDelCalendario();
        browser.fotografa(Path.of("target/screenshots/calendario-italiano.png"));

        assertThat(testo).containsAnyOf(MESI.toArray(String[]::new));
        for (String parola : INGLESE) {
            assertThat(testo).as("English in the date picker").doesNotContainPattern("\\b" + parola + "\\b");
        }
        // The month list names every month in full, May too ("May" is both flatpickr's short and long name).
        assertThat(((JavascriptExecutor) browser.driver())
                        .executeScript("return [...document.querySelectorAll('.flatpickr-calendar.open"
                                + " .flatpickr-monthDropdown-months option')].map(o => o.textContent);"))
                .isEqualTo(MESI);
        // The field's own hint, as an Italian writes a date.
        assertThat(browser.attributo(Browser.campo("dataNascita-date"), "placeholder"))
                .isEqualTo("gg/mm/aaaa");
    }

    /** Whether the list's text, read once, names {@code cercato} and not {@code escluso}. */
    private static boolean mostraSolo(String elenco, String cercato, String escluso) {
        return elenco.contains(cercato) && !elenco.contains(escluso);
    }

    /** What the open calendar shows and says to a screen reader: texts, the month list and the days' labels. */
    private String testoDelCalendario() {
        return (String)
                ((JavascriptExecutor) browser.driver())
                        .executeScript(
                                """
                        const c = document.querySelector('.flatpickr-calendar.open');
                        if (!c) { return ''; }
                        const parti = [c.innerText];
                        c.querySelectorAll('option').forEach(o => parti.push(o.textContent));
                        c.querySelectorAll('[aria-label]').forEach(e => parti.push(e.getAttribute('aria-label')));
                        return parti.join(' | ');
                        """);
    }
}
