package it.santarzenio.sil.tasklist;

import static it.santarzenio.sil.tasklist.Browser.campo;
import static org.assertj.core.api.Assertions.assertThat;

import it.santarzenio.sil.accesso.AccessoService;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The informative desk closes a case for RINUNCIA from Tasklist in one step: "Avvia processo", "Chiudi una pratica",
 * case number and reason. The case's open task disappears and the citizen's path is closed with the reason.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:tasklist;DB_CLOSE_DELAY=-1")
class ChiusuraTasklistIT {

    @LocalServerPort
    int porta;

    @Autowired
    ProcessEngine engine;

    @Autowired
    AccessoService accessi;

    @Autowired
    JdbcTemplate jdbc;

    Browser browser;
    CasoInCorso caso;

    @BeforeEach
    void praticaInAttesaDellAppuntamento() {
        var variabili = new HashMap<String, Object>();
        variabili.put("codiceFiscale", "VRDNNA90A41H501J");
        variabili.put("nome", "Anna");
        variabili.put("cognome", "Verdi");
        variabili.put("dataNascita", "1990-01-01");
        variabili.put("informativaPrivacy", true);
        variabili.put("bisognoEspresso", "Cerca un impiego nel commercio.");
        variabili.put("tipoRichiesta", "PERCORSO");
        variabili.put("aderisceOrientamento", true);
        var definizione = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey("PercorsoCittadinoProcess")
                .latestVersion()
                .singleResult();
        engine.getIdentityService().setAuthentication("informativo", List.of("sportello-informativo"));
        try {
            caso = new CasoInCorso(engine, engine.getFormService().submitStartForm(definizione.getId(), variabili));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        assertThat(caso.aperto("Task_ConcordaAppuntamento")).isTrue();
        browser = new Browser(porta);
    }

    @AfterEach
    void chiudi() {
        browser.close();
        caso.eliminaSeInCorso();
    }

    @Test
    void sportelloInformativoChiudePerRinunciaDaTasklist() throws Exception {
        String numeroPratica = caso.istanza().getBusinessKey();
        browser.entraInTasklist("informativo", "demo");
        browser.clicca(By.linkText("Avvia processo"));
        browser.clicca(By.partialLinkText("Chiudi una pratica"));

        browser.scrivi(campo("numeroPratica"), numeroPratica);
        browser.clicca(campo("motivoChiusura-0"));
        browser.fotografa(Path.of("target/screenshots/chiusura-pratica-tasklist.png"));
        browser.clicca(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='Avvia']"));
        browser.attendiTesto(By.cssSelector(".page-notifications"), "Il processo è stato avviato");

        browser.attendi(() -> engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(caso.istanza().getId())
                        .count()
                == 0);
        assertThat(jdbc.queryForMap(
                        "select esito_percorso, motivo_chiusura from scheda_utente where numero_pratica = ?",
                        numeroPratica))
                .containsEntry("ESITO_PERCORSO", "CHIUSURA_ANTICIPATA")
                .containsEntry("MOTIVO_CHIUSURA", "RINUNCIA");
        assertThat(accessi.haPercorsoAperto("VRDNNA90A41H501J")).isFalse();
        assertThat(engine.getHistoryService()
                        .createHistoricVariableInstanceQuery()
                        .processInstanceId(caso.istanza().getId())
                        .variableName("motivoChiusura")
                        .singleResult()
                        .getValue())
                .isEqualTo("RINUNCIA");
    }
}
