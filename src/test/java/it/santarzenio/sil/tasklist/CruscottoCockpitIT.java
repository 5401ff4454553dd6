package it.santarzenio.sil.tasklist;

import static it.santarzenio.sil.accesso.CodiciFiscaliDiProva.nuovoCodiceFiscale;
import static org.assertj.core.api.Assertions.assertThat;

import it.santarzenio.sil.processo.Processi;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The manager in a real browser: logs into Cockpit, finds the Cruscotto in its menu, reads the figures of the last
 * twelve months, changes the period to a year and downloads the CSV, all in the Cockpit session (no second login).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:cruscotto;DB_CLOSE_DELAY=-1")
class CruscottoCockpitIT {

    @LocalServerPort
    int porta;

    @Autowired
    ProcessEngine engine;

    Browser browser;

    @BeforeEach
    void apriBrowser() {
        browser = new Browser(porta);
    }

    @AfterEach
    void chiudiBrowser() {
        browser.close();
    }

    @Test
    void responsabileApreIlCruscottoCambiaPeriodoEScaricaIlCsv() throws Exception {
        for (int i = 0; i < 3; i++) {
            avvia("PERCORSO", true);
        }
        var rapida = avvia("RISOLVIBILE", null);
        rapida.completa(
                "Task_RispostaRichiesta", "informativo", Map.of("rispostaFornita", "Indicato il portale regionale."));
        avvia("PERCORSO", false);

        browser.entraInCockpit("responsabile", "demo");
        assertThat(browser.attendiTesto(By.id("cruscotto-pratiche-aperte"), "3"))
                .as("the dashboard counts cases, one per citizen")
                .isEqualTo("3");
        browser.clicca(By.linkText("Cruscotto"));
        browser.attendiTesto(By.id("cruscotto-stato"), "situazione attuale");
        browser.trova(By.cssSelector("#cruscotto-imbuto canvas"));
        String riquadri = browser.trova(By.cssSelector(".cruscotto .riquadri")).getText();
        assertThat(riquadri).contains("5\nAccessi", "4\nPresi in carico", "3\nPratiche aperte ora");
        assertThat(browser.trova(By.cssSelector(".cruscotto")).getText())
                .contains("Dove attendono i casi aperti", "Chi è in ritardo", "Indicatori GOL")
                .doesNotContain("permission", "undefined", "NaN");
        browser.fotografa(Path.of("target/screenshots/cruscotto-cockpit.png"));

        int anno = LocalDate.now().getYear();
        new Select(browser.trova(By.id("cruscotto-periodo"))).selectByVisibleText("Un anno");
        new Select(browser.trova(By.id("cruscotto-anno"))).selectByVisibleText(String.valueOf(anno - 1));
        browser.attendiTesto(By.id("cruscotto-stato"), "Dal 01/01/" + (anno - 1) + " al 31/12/" + (anno - 1));
        browser.attendiTesto(By.cssSelector(".cruscotto .riquadri"), "0\nAccessi");

        String csv = (String) ((JavascriptExecutor) browser.driver())
                .executeAsyncScript(
                        "const fine = arguments[arguments.length - 1];"
                                + "fetch(document.getElementById('cruscotto-csv').href, {credentials: 'same-origin'})"
                                + ".then(r => r.text()).then(fine, e => fine('errore ' + e));");
        assertThat(browser.trova(By.id("cruscotto-csv")).getAttribute("href"))
                .endsWith("/api/cruscotto/export.csv?dal=" + (anno - 1) + "-01-01&al=" + (anno - 1) + "-12-31");
        assertThat(csv)
                .startsWith("\uFEFFSezione;Indicatore;Dettaglio;Valore;Unità")
                .contains("Periodo;Dal;;01/01/" + (anno - 1) + ";")
                .contains("Flusso nel periodo;Accessi (registro accessi);;0;");
    }

    private CasoInCorso avvia(String tipo, Boolean aderisce) {
        var scheda = new HashMap<String, Object>();
        scheda.put("codiceFiscale", nuovoCodiceFiscale());
        scheda.put("nome", "Lucia");
        scheda.put("cognome", "Esposito");
        scheda.put("dataNascita", "1988-04-21");
        scheda.put("informativaPrivacy", true);
        scheda.put("bisognoEspresso", "Cerca lavoro.");
        scheda.put("tipoRichiesta", tipo);
        scheda.put("aderisceOrientamento", aderisce);
        var definizione = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(Processi.PERCORSO_CITTADINO)
                .latestVersion()
                .singleResult();
        engine.getIdentityService().setAuthentication("informativo", List.of("sportello-informativo"));
        try {
            return new CasoInCorso(engine, engine.getFormService().submitStartForm(definizione.getId(), scheda));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }
}
