package it.santarzenio.sil.tasklist;

import static it.santarzenio.sil.tasklist.Browser.campo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.santarzenio.sil.ClientHttp;
import it.santarzenio.sil.accesso.AccessoService;
import it.santarzenio.sil.accesso.CodiciFiscaliDiProva;
import it.santarzenio.sil.accesso.SchedaAccesso;
import it.santarzenio.sil.accesso.Sesso;
import it.santarzenio.sil.accesso.TipoRichiesta;
import it.santarzenio.sil.processo.Processi;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A {@code <script>} stored in a note stays inert: the Cabina di Regia types markup into its reason in Tasklist; the
 * specialist desk reads it in the next task's form, where a text component renders the variable as Markdown; the
 * committee reads it again in the history of the proposal that a listener builds as Markdown; an administrator sees
 * it among the variables in Cockpit; the APIs answer it as a JSON string. No script runs anywhere.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:tasklist;DB_CLOSE_DELAY=-1")
class NotaInerteTasklistIT {

    /** Each part sets window.__xss or raises an alert if the browser ever runs it. */
    static final String NOTA = "Rivedere la durata <script>window.__xss=1</script>"
            + "<img src=x onerror=\"window.__xss=2;alert(2)\"> **grassetto?** [clic](javascript:window.__xss=3)";

    @LocalServerPort
    int porta;

    @Autowired
    ProcessEngine engine;

    @Autowired
    AccessoService accessi;

    Browser browser;
    ProcessInstance fase;
    CasoInCorso caso;
    String pratica;

    /** A case of Fase II whose first proposal waits for the Cabina di Regia. */
    @BeforeEach
    void propostaInAttesaDellaCabina() {
        pratica = accessi.nuovoNumeroPratica();
        var registrato = accessi.registra(
                new SchedaAccesso(
                        CodiciFiscaliDiProva.nuovoCodiceFiscale("Galli", "Elena", LocalDate.of(1990, 2, 3), Sesso.F),
                        "Elena",
                        "Galli",
                        LocalDate.of(1990, 2, 3),
                        null,
                        null,
                        true,
                        "Cerca un tirocinio.",
                        TipoRichiesta.PERCORSO,
                        true,
                        null),
                pratica,
                "informativo");
        accessi.apriSchedaUtente(pratica, registrato.cittadinoId(), "informativo");
        var variabili = new HashMap<String, Object>();
        variabili.put("numeroPratica", pratica);
        variabili.put("nome", "Elena");
        variabili.put("cognome", "Galli");
        variabili.put("percorsoConfermato", "RIQUALIFICAZIONE");
        variabili.put("obiettivi", "Tirocinio in amministrazione.");
        variabili.put("progettoDefinito", false);
        fase = engine.getRuntimeService()
                .startProcessInstanceByKey(Processi.ORIENTAMENTO_SPECIALISTICO, pratica, variabili);
        caso = new CasoInCorso(engine, fase);
        caso.completa("Task_CondivisioneCaso", "specialistico", Map.of("noteCondivisione", "Caso condiviso."));
        caso.completa(
                "Task_OrientamentoSpecialistico",
                "specialistico",
                Map.of("esitoOrientamento", "Diploma di ragioneria, interesse per la contabilità."));
        proponi("Tirocinio in uno studio di commercialisti.");
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
    void markupInUnaNota_restaTestoInTasklistCockpitEApi() throws Exception {
        // The committee stores the note through the form of its task.
        browser.entraInTasklist("cabina", "demo");
        browser.vai("/camunda/app/tasklist/default/#/?task=" + caso.compito("Task_ApprovazioneCabinaDiRegia"));
        browser.attendiTesto(By.cssSelector("[cam-tasklist-task]"), pratica);
        browser.prendiInCarico();
        browser.clicca(campo("decisioneCabina-1"));
        browser.scrivi(campo("motivazioneCabina"), NOTA);
        browser.completaIlModulo();
        browser.attendi(() -> caso.aperto("Task_ElaborazioneProposta"));
        assertThat(engine.getRuntimeService().getVariable(fase.getId(), "motivazioneCabina"))
                .isEqualTo(NOTA);
        browser.esci();

        // The specialist desk reads it in the next task, as the value of a read-only field.
        browser.entraInTasklist("specialistico", "demo");
        browser.vai("/camunda/app/tasklist/default/#/?task=" + caso.compito("Task_ElaborazioneProposta"));
        browser.attendiTesto(By.cssSelector("[cam-tasklist-task]"), "La Cabina di Regia chiede di rivedere");
        assertThat(browser.attributo(campo("motivazioneCabina"), "value")).isEqualTo(NOTA);
        assertInerte("Tasklist, Task_ElaborazioneProposta");
        browser.fotografa(Path.of("target/screenshots/nota-inerte-elaborazione-proposta.png"));
        browser.esci();

        // An administrator sees the variable in Cockpit.
        browser.entraInCockpit("admin", "demo");
        browser.vai("/camunda/app/cockpit/default/#/process-instance/" + fase.getId() + "/runtime?tab=variables-tab");
        String cockpit = browser.attendiTesto(By.cssSelector("body"), "Rivedere la durata");
        assertInerte("Cockpit, variables");
        assertThat(cockpit).contains("motivazioneCabina", "<script>window.__xss=1</script>");
        browser.fotografa(Path.of("target/screenshots/nota-inerte-cockpit.png"));
        browser.esci();

        // The APIs answer it as a JSON string, never as a page a browser would run.
        var client = new ClientHttp(porta);
        var json = new ObjectMapper();
        var variabile = client.get(
                "/engine-rest/process-instance/" + fase.getId() + "/variables/motivazioneCabina", "admin", "demo");
        assertJson(variabile);
        assertThat(json.readTree(variabile.body()).path("value").asText()).isEqualTo(NOTA);
        String cartella = "/api/pratiche/" + pratica + "/cartella-sociale";
        assertThat(client.postJson(
                                cartella + "/note",
                                "specialistico",
                                "demo",
                                json.writeValueAsString(Map.of("testo", NOTA)))
                        .statusCode())
                .isEqualTo(201);
        var note = client.get(cartella, "cabina", "demo");
        assertJson(note);
        assertThat(json.readTree(note.body()).path("note").get(0).path("testo").asText())
                .isEqualTo(NOTA);

        // The committee reads it again in the history of the proposal, Markdown built by the application: as text.
        proponi("Tirocinio di sei mesi in uno studio di commercialisti.");
        browser.entraInTasklist("cabina", "demo");
        browser.vai("/camunda/app/tasklist/default/#/?task=" + caso.compito("Task_ApprovazioneCabinaDiRegia"));
        String storico = browser.attendiTesto(By.cssSelector("[cam-tasklist-task]"), "Rivedere la durata");
        assertInerte("Tasklist, storico della proposta");
        assertThat(storico)
                .contains(
                        "<script>window.__xss=1</script>",
                        "<img src=x onerror=\"window.__xss=2;alert(2)\">",
                        "**grassetto?** [clic](javascript:window.__xss=3)");
        browser.fotografa(Path.of("target/screenshots/nota-inerte-storico-proposta.png"));
    }

    /**
     * Nothing of the note ran: no script set window.__xss, no alert is open, and the page holds no element the note
     * could have brought (an image, a script in the task, a javascript: link).
     */
    private void assertInerte(String dove) throws Exception {
        // An image's onerror fires after its failed load: wait for the evidence that such a handler has had its turn
        // (a canary image of ours, failing the same way, has run its own), not for a fixed time.
        var js = (JavascriptExecutor) browser.driver();
        js.executeScript("var canarino = new Image(); canarino.onerror = function () { window.__canarino = true; };"
                + " canarino.src = 'x?canarino'; document.body.appendChild(canarino);");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
                        .executeScript("return window.__canarino === true && document.readyState === 'complete'"
                                + " && Array.from(document.images).every(function (i) { return i.complete; })")));
        js.executeScript(
                "document.querySelectorAll('img[src$=\"x?canarino\"]').forEach(function (i) { i.remove(); });");
        assertThat(js.executeScript("return typeof window.__xss")).as(dove).isEqualTo("undefined");
        assertThatThrownBy(() -> browser.driver().switchTo().alert())
                .as(dove)
                .isInstanceOf(NoAlertPresentException.class);
        assertThat(js.executeScript("return document.querySelectorAll("
                        + "'img[onerror], img[src=x], [cam-tasklist-task] script, a[href^=\"javascript\"]')"
                        + ".length"))
                .as(dove)
                .isEqualTo(0L);
    }

    private static void assertJson(HttpResponse<String> risposta) {
        assertThat(risposta.statusCode()).as(risposta.body()).isEqualTo(200);
        assertThat(risposta.headers().firstValue("Content-Type"))
                .hasValueSatisfying(tipo -> assertThat(tipo).startsWith("application/json"));
        assertThat(risposta.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    private void proponi(String testo) {
        caso.completa(
                "Task_ElaborazioneProposta",
                "specialistico",
                Map.of("propostaProgettuale", testo, "tipoProgetto", "TIROCINIO", "richiedeAbbinamento", "false"));
    }
}
