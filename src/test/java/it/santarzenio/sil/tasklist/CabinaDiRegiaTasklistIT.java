package it.santarzenio.sil.tasklist;

import static it.santarzenio.sil.tasklist.Browser.campo;
import static org.assertj.core.api.Assertions.assertThat;

import it.santarzenio.sil.cabina.CabinaService;
import it.santarzenio.sil.cabina.DecisioneCabina;
import it.santarzenio.sil.cabina.VersioneProposta;
import it.santarzenio.sil.processo.Processi;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A member of the Cabina di Regia in a real browser: finds the proposal in the committee's Tasklist filter, reads it
 * with the earlier version and the reason it was sent back, approves it; the decision is recorded in their name.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:tasklist;DB_CLOSE_DELAY=-1")
class CabinaDiRegiaTasklistIT {

    @LocalServerPort
    int porta;

    @Autowired
    ProcessEngine engine;

    @Autowired
    CabinaService cabina;

    Browser browser;
    ProcessInstance fase;
    CasoInCorso caso;

    @BeforeEach
    void propostaRivistaInAttesaDellaCabina() {
        var variabili = new HashMap<String, Object>();
        variabili.put("numeroPratica", "SIL-2099-900001");
        variabili.put("nome", "Giorgio");
        variabili.put("cognome", "Ferri");
        variabili.put("percorsoConfermato", "RIQUALIFICAZIONE");
        variabili.put("obiettivi", "Lavorare come magazziniere con patentino per il muletto.");
        variabili.put("progettoDefinito", false);
        fase = engine.getRuntimeService()
                .startProcessInstanceByKey(Processi.ORIENTAMENTO_SPECIALISTICO, "SIL-2099-900001", variabili);
        caso = new CasoInCorso(engine, fase);
        caso.completa("Task_CondivisioneCaso", "specialistico", Map.of("noteCondivisione", "Caso condiviso."));
        caso.completa(
                "Task_OrientamentoSpecialistico",
                "specialistico",
                Map.of("esitoOrientamento", "Patente B, esperienza in un supermercato, interesse per la logistica."));
        proponi("Tirocinio in magazzino.");
        caso.completa(
                "Task_ApprovazioneCabinaDiRegia",
                "cabina",
                Map.of(
                        "decisioneCabina",
                        "DA_RIVEDERE",
                        "motivazioneCabina",
                        "Indicare durata, azienda ospitante e corso per il patentino."));
        proponi("Tirocinio di sei mesi presso un magazzino della zona industriale, con corso per carrellisti di"
                + " 12 ore all'inizio.");
        browser = new Browser(porta);
    }

    @AfterEach
    void chiudi() {
        browser.close();
        if (caso != null) {
            caso.eliminaSeInCorso();
        }
    }

    @Test
    void membroDellaCabinaApprovaLaPropostaInTasklist() throws Exception {
        browser.entraInTasklist("cabina", "demo");
        browser.clicca(By.partialLinkText("Cabina di Regia"));
        browser.clicca(By.partialLinkText("Decidi sulla proposta progettuale"));
        String compito = browser.attendiTesto(By.cssSelector("[cam-tasklist-task]"), "SIL-2099-900001");
        browser.prendiInCarico();
        browser.trova(campo("decisioneCabina-0"));

        compito = browser.testo(By.cssSelector("[cam-tasklist-task]"));
        assertThat(compito)
                .contains("Giorgio Ferri", "versione 2", "Versione 1", "Tirocinio in magazzino.")
                .contains("Indicare durata, azienda ospitante e corso per il patentino.")
                .doesNotContain("fragilit");
        assertThat(browser.attributo(campo("propostaProgettuale"), "value")).startsWith("Tirocinio di sei mesi");

        browser.clicca(campo("decisioneCabina-0"));
        assertThat(browser.driver().findElements(campo("motivazioneCabina")))
                .as("no reason is asked for an approval")
                .isEmpty();
        browser.mostra(Browser.COMPLETA);
        browser.fotografa(Path.of("target/screenshots/approvazione-cabina-tasklist.png"));
        browser.completaIlModulo();

        browser.attendi(() -> engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceId(fase.getId())
                        .taskDefinitionKey("Task_AvvioProgetto")
                        .count()
                == 1);
        var versioni = cabina.storico("SIL-2099-900001");
        assertThat(versioni).extracting(VersioneProposta::versione).containsExactly(1, 2);
        assertThat(versioni.get(1).decisione()).isEqualTo(DecisioneCabina.APPROVATA);
        assertThat(versioni.get(1).decisaDa()).isEqualTo("cabina");
    }

    private void proponi(String testo) {
        caso.completa(
                "Task_ElaborazioneProposta",
                "specialistico",
                Map.of("propostaProgettuale", testo, "tipoProgetto", "TIROCINIO", "richiedeAbbinamento", "false"));
    }
}
