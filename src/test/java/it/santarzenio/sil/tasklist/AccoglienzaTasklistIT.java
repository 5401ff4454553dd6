package it.santarzenio.sil.tasklist;

import static it.santarzenio.sil.tasklist.Browser.campo;
import static org.assertj.core.api.Assertions.assertThat;

import it.santarzenio.sil.agenda.AgendaService;
import it.santarzenio.sil.agenda.Sportello;
import java.nio.file.Path;
import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The informative desk operator in a real browser: logs into Tasklist, opens a case from the Accoglienza start form
 * (first with a mistyped codice fiscale, which is refused in Italian and loses nothing typed), then completes the
 * next task, the appointment.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:tasklist;DB_CLOSE_DELAY=-1")
class AccoglienzaTasklistIT {

    @LocalServerPort
    int porta;

    @Autowired
    ProcessEngine engine;

    @Autowired
    AgendaService agenda;

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
    void operatoreAvviaUnaPraticaDaTasklistECompletaIlCompitoSuccessivo() throws Exception {
        browser.entraInTasklist("informativo", "demo");
        browser.clicca(By.linkText("Avvia processo"));
        browser.clicca(By.partialLinkText("Percorso del cittadino"));

        browser.trova(campo("codiceFiscale"));
        browser.fotografa(Path.of("target/screenshots/accoglienza-tasklist.png"));
        // Other browser tests may share this context's database: count what this test adds, not what is there.
        long istanzePrima =
                engine.getRuntimeService().createProcessInstanceQuery().count();
        browser.scrivi(campo("codiceFiscale"), "<b>RSS</b>");
        browser.scrivi(campo("nome"), "Mario");
        browser.scrivi(campo("cognome"), "Rossi");
        browser.scrivi(campo("dataNascita-date"), "10/12/1985");
        browser.clicca(By.xpath("//h3[contains(., 'Scheda d')]"));
        browser.clicca(campo("sesso-0"));
        browser.scrivi(campo("email"), "mario.rossi@example.org");
        browser.clicca(campo("informativaPrivacy"));
        browser.scrivi(campo("bisognoEspresso"), "Cerca lavoro come magazziniere.");
        browser.clicca(campo("tipoRichiesta-1"));
        browser.clicca(campo("aderisceOrientamento-0"));
        browser.clicca(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='Avvia']"));

        // Text typed into a form and echoed in a message is shown as text, never interpreted as HTML.
        String markup = browser.attendiTesto(By.cssSelector(".modal-body .alert-danger"), "codice fiscale");
        assertThat(markup).contains("<B>RSS</B>");
        browser.clicca(By.cssSelector(".modal-body .alert-danger button[ng-click^='removeNotification']"));

        browser.scrivi(campo("codiceFiscale"), "RSSMRA85T10A562X");
        browser.clicca(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='Avvia']"));
        String errore = browser.attendiTesto(By.cssSelector(".modal-body .alert-danger"), "RSSMRA85T10A562X");
        assertThat(errore)
                .contains("Il codice fiscale RSSMRA85T10A562X non è valido")
                .contains("carattere di controllo non corrisponde")
                .doesNotContain("Exception");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count())
                .isEqualTo(istanzePrima);

        // Nothing typed was lost: correct the one wrong character and start again.
        assertThat(browser.attributo(campo("nome"), "value")).isEqualTo("Mario");
        browser.scrivi(campo("codiceFiscale"), "RSSMRA85T10A562S");
        browser.clicca(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='Avvia']"));
        browser.attendiTesto(By.cssSelector(".page-notifications"), "Il processo è stato avviato");

        var percorso = engine.getRuntimeService().createProcessInstanceQuery().singleResult();
        assertThat(percorso.getBusinessKey()).matches("SIL-\\d{4}-\\d{6}");

        browser.clicca(By.xpath("//a[starts-with(normalize-space(.), 'Sportello Informativo')]"));
        browser.clicca(By.partialLinkText("Concorda l'appuntamento"));
        browser.attendiTesto(By.cssSelector("[cam-tasklist-task]"), percorso.getBusinessKey());
        browser.prendiInCarico();
        browser.scrivi(campo("obiettiviProssimoColloquio"), "Bilancio delle competenze e curriculum.");
        // The first proposed free slot.
        browser.clicca(campo("dataAppuntamento-display"));
        browser.clicca(By.cssSelector(".fjs-dropdownlist-item"));
        String scelto = agenda.slotLiberi(Sportello.INFORMATIVO, LocalDate.now(), 1)
                .get(0)
                .toLocalDateTime()
                .toString();
        browser.mostra(Browser.COMPLETA);
        browser.fotografa(Path.of("target/screenshots/concorda-appuntamento-tasklist.png"));
        browser.completaIlModulo();

        browser.attendi(() -> engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceId(percorso.getId())
                        .taskDefinitionKey("Task_ColloquioAssessment")
                        .count()
                == 1);
        assertThat(engine.getRuntimeService().getVariable(percorso.getId(), "dataAppuntamento"))
                .isEqualTo(scelto);
    }
}
