package it.santarzenio.sil.tasklist;

import static it.santarzenio.sil.accesso.CodiciFiscaliDiProva.nuovoCodiceFiscale;
import static org.assertj.core.api.Assertions.assertThat;

import it.santarzenio.sil.processo.Processi;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.springframework.jdbc.core.JdbcTemplate;

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

    @Autowired
    JdbcTemplate jdbc;

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
        inFaseSpecialistica();

        browser.entraInCockpit("responsabile", "demo");
        assertThat(browser.attendiTesto(By.id("cruscotto-pratiche-aperte"), "4"))
                .as("the dashboard counts cases, one per citizen: the one in Fase II once, not twice")
                .isEqualTo("4");
        assertThat(browser.attendiTesto(By.id("cruscotto-pratiche-per-passo"), "Condivisione del caso"))
                .as("each case at its current step")
                .contains("Concorda appuntamento: 3", "Condivisione del caso: 1");
        browser.trova(By.cssSelector("#cruscotto-pratiche-torta canvas"));
        assertThat((Boolean) ((JavascriptExecutor) browser.driver())
                        .executeScript(
                                "const torta = document.querySelector('section.actual .stats-section.process-instances');"
                                        + " return !torta || getComputedStyle(torta).display === 'none'"))
                .as("Cockpit's own pie, which counts the Fase II case twice, is not offered")
                .isTrue();
        browser.vai("/camunda/app/cockpit/default/#/tasks");
        assertThat(browser.attendiTesto(By.tagName("body"), "3 sportello-informativo"))
                .as("the tasks page works read-only for a manager: counts by group, no refusal")
                .contains("4 assegnati a uno o più gruppi", "3 sportello-informativo", "1 sportello-specialistico")
                .doesNotContain("permission", "does not have");
        browser.clicca(By.linkText("Cruscotto"));
        browser.attendiTesto(By.id("cruscotto-stato"), "situazione attuale");
        browser.trova(By.cssSelector("#cruscotto-imbuto canvas"));
        String riquadri = browser.testo(By.cssSelector(".cruscotto .riquadri"));
        assertThat(riquadri).contains("5\nAccessi", "3\nPresi in carico", "4\nPratiche aperte ora");
        // The text of the whole page, scrolled or not (getText gives only what Cockpit's view shows on screen).
        assertThat((String) ((JavascriptExecutor) browser.driver())
                        .executeScript("return document.querySelector('.cruscotto').textContent"))
                .contains("Dove attendono i casi aperti", "Chi è in ritardo", "Indicatori GOL")
                .doesNotContain("permission", "undefined", "NaN");
        browser.fotografa(Path.of("target/screenshots/cruscotto-cockpit.png"));

        int anno = LocalDate.now().getYear();
        new Select(browser.trova(By.id("cruscotto-periodo"))).selectByVisibleText("Un anno");
        new Select(browser.trova(By.id("cruscotto-anno"))).selectByVisibleText(String.valueOf(anno - 1));
        browser.attendiTesto(By.id("cruscotto-stato"), "Dal 01/01/" + (anno - 1) + " al 31/12/" + (anno - 1));
        attendiRiquadri(browser, "0 Accessi");

        // Two years ago, a year of a small comune's service (domain rows only): what the README's screenshot shows.
        semina(anno - 2);
        new Select(browser.trova(By.id("cruscotto-anno"))).selectByVisibleText(String.valueOf(anno - 2));
        attendiRiquadri(browser, "300 Accessi");
        browser.trova(By.cssSelector("#cruscotto-chiusi canvas"));
        Thread.sleep(1500);
        browser.fotografa(Path.of("target/screenshots/cruscotto-cockpit-anno.png"));
        new Select(browser.trova(By.id("cruscotto-anno"))).selectByVisibleText(String.valueOf(anno - 1));
        attendiRiquadri(browser, "0 Accessi");

        String csv = (String) ((JavascriptExecutor) browser.driver())
                .executeAsyncScript("const fine = arguments[arguments.length - 1];"
                        + "fetch(document.getElementById('cruscotto-csv').href, {credentials: 'same-origin'})"
                        // The bytes' first three, then the text (the browser's decoder drops the BOM).
                        + ".then(r => r.arrayBuffer()).then(b => fine(Array.from(new Uint8Array(b).slice(0, 3)).join(',')"
                        + " + '|' + new TextDecoder().decode(b)), e => fine('errore ' + e));");
        assertThat(browser.attributo(By.id("cruscotto-csv"), "href"))
                .endsWith("/api/cruscotto/export.csv?dal=" + (anno - 1) + "-01-01&al=" + (anno - 1) + "-12-31");
        assertThat(csv)
                .startsWith("239,187,191|Sezione;Indicatore;Dettaglio;Valore;Unità")
                .contains("Periodo;Dal;;01/01/" + (anno - 1) + ";")
                .contains("Flusso nel periodo;Accessi (registro accessi);;0;");
    }

    /**
     * Every page of Cockpit's menu and of a case works for a manager read-only: no refusal shown, no request refused,
     * and none of the citizen's data in the variables tab; the pages a manager may not use (migration, system) are not
     * offered: Cockpit sends them back to the dashboard.
     */
    @Test
    void responsabile_ogniPaginaDiCockpitFunzionaInSolaLettura() throws Exception {
        avvia("PERCORSO", true);
        inFaseSpecialistica();
        var radice = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(Processi.PERCORSO_CITTADINO)
                .list()
                .get(0);
        var decisione = engine.getRepositoryService()
                .createDecisionDefinitionQuery()
                .latestVersion()
                .list()
                .get(0);
        var deployment =
                engine.getRepositoryService().createDeploymentQuery().list().get(0);
        String istanza = "#/process-instance/" + radice.getId() + "/runtime";
        browser.close();
        browser = new Browser(porta, true);
        browser.entraInCockpit("responsabile", "demo");

        var pagine = new LinkedHashMap<String, String>();
        pagine.put("#/dashboard", "Pratiche in corso");
        pagine.put("#/processes", "definizioni di processo pubblicate");
        pagine.put("#/process-definition/" + radice.getProcessDefinitionId() + "/runtime", "Istanze in corso");
        pagine.put(istanza, "Chiave di business");
        pagine.put(istanza + "?tab=variables-tab", "Chiave di business");
        pagine.put(istanza + "?tab=incidents-tab", "Chiave di business");
        pagine.put(istanza + "?tab=user-tasks-tab", "Chiave di business");
        pagine.put("#/decisions", "definizione di decisione pubblicata");
        pagine.put("#/decision-definition/" + decisione.getId(), "Chiave della definizione");
        pagine.put("#/tasks", "Assegnazioni per gruppo");
        pagine.put("#/repository", "SpringAutoDeployment");
        pagine.put("#/repository?deployment=" + deployment.getId(), "percorso-cittadino.bpmn");
        pagine.put("#/batch", "Batch in corso");
        pagine.put("#/cruscotto", "Cruscotto del servizio");
        for (var pagina : pagine.entrySet()) {
            browser.vai("/camunda/app/cockpit/default/" + pagina.getKey());
            assertThat(browser.attendiTesto(By.tagName("body"), pagina.getValue()))
                    .as(pagina.getKey())
                    .doesNotContain("permission", "does not have", "non ha il permesso", "Esposito");
            assertThat(browser.driver().findElements(By.cssSelector(".page-notifications .alert-danger")))
                    .as(pagina.getKey() + ": no refusal shown")
                    .isEmpty();
        }
        browser.attendi(() -> browser.risposte().stream().anyMatch(r -> r.contains("/variable-instance")));
        assertThat(browser.risposte())
                .as("no request of the manager's pages refused; Cockpit's own probes of the Admin and welcome apps"
                        + " (404 for a manager, who has neither) aside")
                .filteredOn(r -> !r.startsWith("2") && !r.startsWith("3"))
                .allMatch(
                        r -> r.startsWith("404 ")
                                && (r.contains("/api/admin/auth/user/") || r.endsWith("/camunda-welcome")),
                        "404 of Cockpit's probes only");
        assertThat(browser.risposte())
                .as("the variables tab asked the engine, and got no citizen's variable back (the page shows none)")
                .anyMatch(r -> r.startsWith("200 ") && r.contains("/variable-instance"));

        for (String nonOfferta : List.of("#/migration", "#/system?section=system-settings-general")) {
            browser.vai("/camunda/app/cockpit/default/" + nonOfferta);
            browser.attendi(() -> browser.driver().getCurrentUrl().endsWith("#/dashboard"));
        }
    }

    /**
     * A case already in Fase II: its root instance started at the call activity, so that Fase I waits on the called
     * OrientamentoSpecialisticoProcess at Task_CondivisioneCaso (two instances, one case).
     */
    private void inFaseSpecialistica() {
        var variabili = new HashMap<String, Object>();
        variabili.put("nome", "Giorgio");
        variabili.put("cognome", "Ferri");
        variabili.put("percorsoConfermato", "RIQUALIFICAZIONE");
        variabili.put("obiettivi", "Lavorare in un magazzino.");
        variabili.put("progettoDefinito", false);
        var radice = engine.getRuntimeService()
                .createProcessInstanceByKey(Processi.PERCORSO_CITTADINO)
                .setVariables(variabili)
                .startBeforeActivity("Task_FaseSpecialistica")
                .execute();
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .superProcessInstanceId(radice.getId())
                        .processDefinitionKey(Processi.ORIENTAMENTO_SPECIALISTICO)
                        .count())
                .isOne();
    }

    /** Waits for the tiles to show {@code testo} ("300 Accessi"): they are drawn again at each change of period. */
    private static void attendiRiquadri(Browser browser, String testo) throws Exception {
        browser.attendi(() -> {
            var riquadri = (String)
                    ((JavascriptExecutor) browser.driver())
                            .executeScript(
                                    "const r = document.querySelector('.cruscotto .riquadri');"
                                            + " return r ? Array.from(r.children).map(c => c.innerText.replace(/\\s+/g, ' ')).join('|') : ''");
            return ("|" + riquadri + "|").contains("|" + testo + "|");
        });
    }

    /** 300 cases of year {@code anno}: answered requests, paths with every outcome, proposals, projects. */
    private void semina(int anno) {
        String[] esiti = {
            "ABBANDONO", "ORIENTAMENTO_CONCLUSO", "PROPOSTA_RESPINTA", "PROGETTO_CONCLUSO", "ORIENTAMENTO_CONCLUSO"
        };
        String[] percorsi = {"REINSERIMENTO", "AGGIORNAMENTO", "RIQUALIFICAZIONE", "INCLUSIONE"};
        String[] tipi = {"LAVORO", "TIROCINIO", "FORMAZIONE", "AUTOIMPIEGO", "INCLUSIONE"};
        String[] finali = {"OCCUPATO", "TIROCINIO_CONCLUSO", "OCCUPATO", "INTERROTTO", "FORMAZIONE_CONCLUSA"};
        for (int i = 1; i <= 300; i++) {
            var t0 = OffsetDateTime.of(anno, 1 + i % 12, 1 + i % 27, 9, 0, 0, 0, ZoneOffset.ofHours(1));
            String pratica = "SIL-%d-9%05d".formatted(anno, i);
            // Not a valid code (never validated here): only sex and birth are read from it, at positions 7-11.
            String codice = "S%03dMN%02d%s%02dF839X"
                    .formatted(i, 60 + i % 40, "ABCDEHLMPRST".charAt(i % 12), 1 + i % 28 + (i % 2 == 0 ? 40 : 0));
            Long cittadino = jdbc.queryForObject(
                    "SELECT id FROM FINAL TABLE (INSERT INTO cittadino (codice_fiscale, nome, cognome, data_nascita,"
                            + " registrato_il, aggiornato_il) VALUES (?, 'N', 'C', DATE '1980-01-01', ?, ?))",
                    Long.class,
                    codice,
                    t0,
                    t0);
            boolean rapida = i % 6 == 0;
            jdbc.update(
                    "INSERT INTO accesso (cittadino_id, numero_pratica, registrato_il, operatore, bisogno_espresso,"
                            + " tipo_richiesta, esito) VALUES (?, ?, ?, 'informativo', 'x', ?, ?)",
                    cittadino,
                    pratica,
                    t0,
                    rapida ? "RISOLVIBILE" : "PERCORSO",
                    rapida ? "RICHIESTA_EVASA" : "PRESA_IN_CARICO");
            if (rapida) {
                continue;
            }
            String esito = esiti[i % 5];
            jdbc.update(
                    "INSERT INTO scheda_utente (numero_pratica, cittadino_id, aperta_il, operatore, chiusa_il,"
                            + " esito_percorso) VALUES (?, ?, ?, 'informativo', ?, ?)",
                    pratica,
                    cittadino,
                    t0,
                    t0.plusDays(10 + i % 60),
                    esito);
            jdbc.update(
                    "INSERT INTO appuntamento (numero_pratica, cittadino_id, sportello, inizio, fine, operatore, stato,"
                            + " uid_calendario, sequenza_calendario, prenotato_il, aggiornato_il)"
                            + " VALUES (?, ?, 'INFORMATIVO', ?, ?, 'informativo', ?, ?, 0, ?, ?)",
                    pratica,
                    cittadino,
                    t0.plusDays(7),
                    t0.plusDays(7).plusMinutes(30),
                    esito.equals("ABBANDONO") ? "ASSENTE" : "SVOLTO",
                    "s" + i,
                    t0,
                    t0);
            if (esito.equals("ABBANDONO")) {
                continue;
            }
            jdbc.update(
                    "INSERT INTO colloquio (numero_pratica, registrato_il, operatore, presenza, condizione_occupazionale,"
                            + " mesi_senza_lavoro) VALUES (?, ?, 'informativo', 'PRESENTE', 'DISOCCUPATO', ?)",
                    pratica,
                    t0.plusDays(7 + i % 5),
                    i % 30);
            boolean invio = esito.equals("PROPOSTA_RESPINTA") || esito.equals("PROGETTO_CONCLUSO");
            jdbc.update(
                    "INSERT INTO profilo (numero_pratica, registrato_il, operatore, percorso_suggerito, versione_regola,"
                            + " percorso_confermato, obiettivi, esito_primo_livello) VALUES (?, ?, 'informativo', ?,"
                            + " 'Decision_Profilazione:1', ?, 'x', ?)",
                    pratica,
                    t0.plusDays(14 + i % 9),
                    percorsi[i % 4],
                    percorsi[i % 4],
                    invio ? "INVIO_SPECIALISTICO" : "CONCLUSO");
            if (esito.equals("PROPOSTA_RESPINTA") || i % 3 == 0 && invio) {
                Long proposta = jdbc.queryForObject(
                        "SELECT id FROM FINAL TABLE (INSERT INTO proposta_progettuale (numero_pratica, versione, testo,"
                                + " tipo_progetto, richiede_abbinamento, presentata_da, presentata_il, scadenza_il)"
                                + " VALUES (?, 1, 'x', 'TIROCINIO', false, 'specialistico', ?, ?))",
                        Long.class,
                        pratica,
                        t0.plusDays(20),
                        t0.plusDays(35));
                jdbc.update(
                        "INSERT INTO decisione_cabina (proposta_id, esito, motivazione, decisa_da, decisa_il)"
                                + " VALUES (?, ?, ?, 'cabina', ?)",
                        proposta,
                        esito.equals("PROPOSTA_RESPINTA") ? (i % 2 == 0 ? "RESPINTA" : "DA_RIVEDERE") : "APPROVATA",
                        esito.equals("PROPOSTA_RESPINTA") ? "Motivazione." : null,
                        t0.plusDays(21 + i % 12));
            }
            if (esito.equals("PROGETTO_CONCLUSO")) {
                Long progetto = jdbc.queryForObject(
                        "SELECT id FROM FINAL TABLE (INSERT INTO progetto (numero_pratica, progetto_definito, tipo,"
                                + " richiede_abbinamento, stato, approvato_da, approvato_il, avviato_il, terminato_il)"
                                + " VALUES (?, true, ?, false, 'CONCLUSO', 'specialistico', ?, ?, ?))",
                        Long.class,
                        pratica,
                        tipi[i % 5],
                        t0.plusDays(25),
                        t0.plusDays(28),
                        t0.plusDays(60 + i % 90));
                jdbc.update(
                        "INSERT INTO rendicontazione (progetto_id, esito_finale, relazione_finale, operatore,"
                                + " registrata_il) VALUES (?, ?, 'x', 'specialistico', ?)",
                        progetto,
                        finali[i % 5],
                        t0.plusDays(60 + i % 90));
            }
        }
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
