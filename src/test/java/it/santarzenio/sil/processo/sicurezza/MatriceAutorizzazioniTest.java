package it.santarzenio.sil.processo.sicurezza;

import static it.santarzenio.sil.accesso.CodiciFiscaliDiProva.nuovoCodiceFiscale;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.santarzenio.sil.ApplicazioneSuH2;
import it.santarzenio.sil.ClientHttp;
import it.santarzenio.sil.processo.Processi;
import it.santarzenio.sil.processo.SportelliFaseSpecialistica;
import it.santarzenio.sil.processo.Variabili;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The authorization matrix of docs/security.md, cell by cell, through the REST APIs with each demo user: one method
 * per column, one row per group. Allowed and denied cells alike; a denied write is 403, a denied read an empty
 * answer (the engine filters queries by the caller's authorizations).
 *
 * <p>An allowed task completion answers 400 here on purpose: the caller got past the authorization check and met
 * the form validation, so the case is not moved on by the test.
 */
@ApplicazioneSuH2
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatriceAutorizzazioniTest {

    private static final String ENGINE = "/engine-rest";
    private static final String JSON = "application/json";

    private final ClientHttp client;
    private final String password;
    private final ProcessEngine engine;
    private final ObjectMapper json = new ObjectMapper();

    private String istanza;
    private String compito;
    /** One open task of each operative group, by the demo user of the group, and the instance that holds it. */
    private final Map<String, String> compitoDi = new HashMap<>();

    private final Map<String, String> istanzaDi = new HashMap<>();

    MatriceAutorizzazioniTest(
            @LocalServerPort int porta, @Value("${sil.demo.password}") String password, ProcessEngine engine) {
        this.client = new ClientHttp(porta);
        this.password = password;
        this.engine = engine;
    }

    /** One open case waiting at Task_ConcordaAppuntamento, and one evaluation of the profiling decision. */
    @BeforeAll
    void apriPratica() throws Exception {
        var avvio = avvia("informativo");
        assertThat(avvio.statusCode()).as(avvio.body()).isEqualTo(200);
        istanza = json.readTree(avvio.body()).path("id").asText();
        compito = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(istanza)
                .singleResult()
                .getId();
        engine.getDecisionService()
                .evaluateDecisionByKey(Variabili.DECISIONE_PROFILAZIONE)
                .variables(Variables.createVariables()
                        .putValue(Variabili.FRAGILITA_SOCIALE, true)
                        .putValue(Variabili.MESI_SENZA_LAVORO, 14)
                        .putValue(Variabili.TITOLO_STUDIO, "LICENZA_MEDIA")
                        .putValue(Variabili.CONDIZIONE_OCCUPAZIONALE, "DISOCCUPATO"))
                .evaluate();
        var sportelli = new SportelliFaseSpecialistica(engine);
        var specialistica = sportelli.inviaAlloSpecialistico(false);
        var perLaCabina = propostaPresentata(sportelli);
        var perIlPartner = propostaPresentata(sportelli);
        sportelli.decidi(perIlPartner, "APPROVATA", null);
        conIlCompito(
                "informativo",
                engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(istanza)
                        .singleResult());
        conIlCompito("specialistico", specialistica);
        conIlCompito("cabina", sportelli.cabinaDi(perLaCabina));
        conIlCompito("partner", sportelli.abbinamentoDi(perIlPartner));
    }

    private static ProcessInstance propostaPresentata(SportelliFaseSpecialistica sportelli) {
        var fase = sportelli.inviaAlloSpecialistico(false);
        sportelli.condividiCaso(fase);
        sportelli.orientamentoSpecialistico(fase);
        sportelli.elaboraProposta(fase, "Tirocinio di sei mesi in un magazzino.", "TIROCINIO", true);
        return fase;
    }

    private void conIlCompito(String utente, ProcessInstance istanzaDelCompito) {
        istanzaDi.put(utente, istanzaDelCompito.getId());
        compitoDi.put(
                utente,
                engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceId(istanzaDelCompito.getId())
                        .singleResult()
                        .getId());
    }

    // --- Processes and tasks ---

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "informativo,   200",
        "specialistico, 403",
        "partner,       403",
        "cabina,        403",
        "responsabile,  403",
        "admin,         403"
    })
    void avviaPercorsoCittadino(String utente, int stato) {
        assertThat(avvia(utente).statusCode()).isEqualTo(stato);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "informativo,   1",
        "specialistico, 0",
        "partner,       0",
        "cabina,        0",
        "responsabile,  1",
        "admin,         1"
    })
    void vedeICompitiDellaPratica(String utente, int quanti) throws Exception {
        assertThat(conta(utente, "/task/count?processInstanceId=" + istanza)).isEqualTo(quanti);
    }

    /**
     * Each group lists and counts the tasks of its own processes only: the specialist desk not the Cabina di Regia's
     * (now in a called process of its own), the partner none of the desks', the desks none of the partner's. Task
     * rights are grants on the process definitions (ADR 0010), no longer rows per task.
     */
    @ParameterizedTest(name = "{0}: informativo {1}, specialistico {2}, cabina {3}, partner {4}")
    @CsvSource({
        "informativo,   1, 0, 0, 0",
        "specialistico, 0, 1, 0, 0",
        "partner,       0, 0, 0, 1",
        "cabina,        0, 0, 1, 0",
        "responsabile,  1, 1, 1, 1",
        "admin,         1, 1, 1, 1"
    })
    void elencaEContaSoloICompitiDelProprioGruppo(
            String utente, int informativo, int specialistico, int cabina, int partner) throws Exception {
        var attesi = Map.of(
                "informativo", informativo, "specialistico", specialistico, "cabina", cabina, "partner", partner);
        for (var gruppo : attesi.entrySet()) {
            String diQuelGruppo = "processInstanceId=" + istanzaDi.get(gruppo.getKey());
            assertThat(conta(utente, "/task/count?" + diQuelGruppo))
                    .as("count of the task of " + gruppo.getKey())
                    .isEqualTo(gruppo.getValue().longValue());
            assertThat(elenco(utente, "GET", "/task?" + diQuelGruppo, null))
                    .as("list of the task of " + gruppo.getKey())
                    .hasSize(gruppo.getValue());
        }
    }

    /** The group task query Tasklist runs, asked as one group for every group: only its own group answers. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "informativo,   sportello-informativo",
        "specialistico, sportello-specialistico",
        "partner,       societa-partner",
        "cabina,        cabina-di-regia"
    })
    void nonContaNeElencaICompitiDiUnAltroGruppo(String utente, String proprio) throws Exception {
        for (Gruppo gruppo : Gruppo.values()) {
            if (!gruppo.operativo()) {
                continue;
            }
            String query = "candidateGroup=" + gruppo.id() + "&includeAssignedTasks=true";
            long contati = conta(utente, "/task/count?" + query);
            var elencati = elenco(utente, "GET", "/task?" + query + "&maxResults=200", null);
            if (gruppo.id().equals(proprio)) {
                assertThat(contati).as(gruppo.id()).isPositive();
                assertThat(elencati).as(gruppo.id()).isNotEmpty();
            } else {
                assertThat(contati).as(gruppo.id()).isZero();
                assertThat(elencati).as(gruppo.id()).isEmpty();
            }
        }
    }

    /**
     * Every saved filter the user may read lists and counts only tasks of the user's group; the filters of another
     * group cannot be run at all.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "informativo,   sportello-informativo",
        "specialistico, sportello-specialistico",
        "partner,       societa-partner",
        "cabina,        cabina-di-regia"
    })
    void iFiltriMostranoSoloICompitiDelProprioGruppo(String utente, String proprio) throws Exception {
        var tutti = engine.getFilterService().createTaskFilterQuery().list();
        var leggibili = elenco(utente, "GET", "/filter?resourceType=Task", null);
        var idLeggibili = new java.util.HashSet<String>();
        leggibili.forEach(filtro -> idLeggibili.add(filtro.path("id").asText()));
        assertThat(idLeggibili).isNotEmpty();
        for (var filtro : tutti) {
            String percorso = "/filter/" + filtro.getId();
            if (!idLeggibili.contains(filtro.getId())) {
                assertThat(chiama("GET", utente, percorso + "/count", null).statusCode())
                        .as("count of " + filtro.getName())
                        .isEqualTo(403);
                assertThat(chiama("POST", utente, percorso + "/list", "{}").statusCode())
                        .as("list of " + filtro.getName())
                        .isEqualTo(403);
                continue;
            }
            var compiti = elenco(utente, "POST", percorso + "/list?maxResults=200", "{}");
            assertThat(conta(utente, percorso + "/count"))
                    .as("count of " + filtro.getName())
                    .isGreaterThanOrEqualTo(compiti.size());
            compiti.forEach(compitoElencato -> assertThat(
                            gruppiCandidati(compitoElencato.path("id").asText()))
                    .as(filtro.getName() + ": " + compitoElencato.path("name").asText())
                    .containsExactly(proprio));
        }
    }

    /**
     * Reading a task's variables (what Tasklist's form does): the group of the task and the administrator only; the
     * instance's variables, by query or by instance, the administrator only.
     */
    @ParameterizedTest(name = "{0}: informativo {1}, specialistico {2}, cabina {3}, partner {4}")
    @CsvSource({
        "informativo,   true,  false, false, false",
        "specialistico, false, true,  false, false",
        "partner,       false, false, false, true",
        "cabina,        false, false, true,  false",
        "responsabile,  false, false, false, false",
        "admin,         true,  true,  true,  true"
    })
    void leggeLeVariabiliSoloDeiCompitiDelProprioGruppo(
            String utente, boolean informativo, boolean specialistico, boolean cabina, boolean partner)
            throws Exception {
        var attesi = Map.of(
                "informativo", informativo, "specialistico", specialistico, "cabina", cabina, "partner", partner);
        for (var gruppo : attesi.entrySet()) {
            var variabili = chiama("GET", utente, "/task/" + compitoDi.get(gruppo.getKey()) + "/variables", null);
            var modulo = chiama("GET", utente, "/task/" + compitoDi.get(gruppo.getKey()) + "/form-variables", null);
            int stato = gruppo.getValue() ? 200 : 403;
            assertThat(variabili.statusCode())
                    .as("variables of the task of " + gruppo.getKey())
                    .isIn(stato);
            assertThat(modulo.statusCode())
                    .as("form variables of the task of " + gruppo.getKey())
                    .isIn(stato);
            assertThat(conta(utente, "/variable-instance/count?processInstanceIdIn=" + istanzaDi.get(gruppo.getKey()))
                            > 0)
                    .as("variable query on the instance of " + gruppo.getKey())
                    .isEqualTo(utente.equals("admin"));
            assertThat(chiama("GET", utente, "/process-instance/" + istanzaDi.get(gruppo.getKey()) + "/variables", null)
                            .statusCode())
                    .as("variables of the instance of " + gruppo.getKey())
                    .isEqualTo(utente.equals("admin") ? 200 : 403);
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "informativo,   400",
        "specialistico, 403",
        "partner,       403",
        "cabina,        403",
        "responsabile,  403",
        "admin,         403"
    })
    void completaUnCompitoDelloSportelloInformativo(String utente, int stato) {
        var risposta = chiama("POST", utente, "/task/" + compito + "/complete", "{\"variables\": {}}");

        assertThat(risposta.statusCode()).as(risposta.body()).isEqualTo(stato);
        if (utente.equals("admin")) {
            assertThat(risposta.body())
                    .as("the administrator passes every engine check but does no desk work")
                    .contains("spetta a: Sportello Informativo di Orientamento al Lavoro")
                    .doesNotContain("ENGINE-", "Cannot complete");
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "informativo,   200",
        "specialistico, 403",
        "partner,       403",
        "cabina,        403",
        "responsabile,  403",
        "admin,         200"
    })
    void leggeIDatiDelModuloDelCompito(String utente, int stato) {
        var risposta = chiama("GET", utente, "/task/" + compito + "/form-variables", null);

        assertThat(risposta.statusCode()).as(risposta.body()).isEqualTo(stato);
        if (stato == 200) {
            assertThat(risposta.body()).contains(Variabili.COGNOME);
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "informativo,   403",
        "specialistico, 403",
        "partner,       403",
        "cabina,        403",
        "responsabile,  403",
        "admin,         204"
    })
    void modificaUnaVariabileDellaPratica(String utente, int stato) {
        var risposta = chiama(
                "PUT",
                utente,
                "/process-instance/" + istanza + "/variables/provaMatrice",
                "{\"value\": \"" + utente + "\", \"type\": \"String\"}");

        assertThat(risposta.statusCode()).as(risposta.body()).isEqualTo(stato);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "informativo,   403",
        "specialistico, 403",
        "partner,       403",
        "cabina,        403",
        "responsabile,  403",
        "admin,         204"
    })
    void sospendeOAttivaLaPratica(String utente, int stato) {
        var risposta = chiama("PUT", utente, "/process-instance/" + istanza + "/suspended", "{\"suspended\": false}");

        assertThat(risposta.statusCode()).as(risposta.body()).isEqualTo(stato);
    }

    // --- What each group reads of a case ---

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "informativo,   0",
        "specialistico, 0",
        "partner,       0",
        "cabina,        0",
        "responsabile,  1",
        "admin,         1"
    })
    void leggeLaPraticaInCorso(String utente, int quante) throws Exception {
        assertThat(conta(utente, "/process-instance/count?processInstanceIds=" + istanza))
                .isEqualTo(quante);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "informativo,   0",
        "specialistico, 0",
        "partner,       0",
        "cabina,        0",
        "responsabile,  1",
        "admin,         1"
    })
    void leggeLaStoriaDellaPratica(String utente, int quante) throws Exception {
        assertThat(conta(utente, "/history/process-instance/count?processInstanceId=" + istanza))
                .isEqualTo(quante);
    }

    /**
     * The variable query (Cockpit's variables tab, {@code /variable-instance}) on a case: the administrator only. The
     * desk reads the case's variables through its open task (the cells below), not by querying them (ADR 0010).
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "informativo,   false",
        "specialistico, false",
        "partner,       false",
        "cabina,        false",
        "responsabile,  false",
        "admin,         true"
    })
    void leggeLeVariabiliDellaPraticaInCorso(String utente, boolean vede) throws Exception {
        assertThat(conta(utente, "/variable-instance/count?processInstanceIdIn=" + istanza) > 0)
                .isEqualTo(vede);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "informativo,   false",
        "specialistico, false",
        "partner,       false",
        "cabina,        false",
        "responsabile,  false",
        "admin,         true"
    })
    void leggeLaStoriaDelleVariabiliDellaPratica(String utente, boolean vede) throws Exception {
        assertThat(conta(utente, "/history/variable-instance/count?processInstanceId=" + istanza) > 0)
                .as("historic variables")
                .isEqualTo(vede);
        assertThat(conta(utente, "/history/detail/count?processInstanceId=" + istanza) > 0)
                .as("history details (submitted form fields)")
                .isEqualTo(vede);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "informativo,   false",
        "specialistico, false",
        "partner,       false",
        "cabina,        false",
        "responsabile,  false",
        "admin,         true"
    })
    void leggeGliInputDellaProfilazione(String utente, boolean vede) throws Exception {
        assertThat(conta(
                                utente,
                                "/history/decision-instance/count?decisionDefinitionKey="
                                        + Variabili.DECISIONE_PROFILAZIONE)
                        > 0)
                .isEqualTo(vede);
    }

    // --- Administration: users, authorizations, deployments ---

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "informativo,   false",
        "specialistico, false",
        "partner,       false",
        "cabina,        false",
        "responsabile,  false",
        "admin,         true"
    })
    void leggeLeAutorizzazioni(String utente, boolean vede) throws Exception {
        assertThat(conta(utente, "/authorization/count") > 0).isEqualTo(vede);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "informativo,   403",
        "specialistico, 403",
        "partner,       403",
        "cabina,        403",
        "responsabile,  403",
        "admin,         200"
    })
    void creaUnaAutorizzazione(String utente, int stato) throws Exception {
        var risposta = chiama(
                "POST",
                utente,
                "/authorization/create",
                """
                {"type": 1, "permissions": ["ALL"], "userId": "%s", "resourceType": 0, "resourceId": "*"}
                """
                        .formatted(utente));

        assertThat(risposta.statusCode()).as(risposta.body()).isEqualTo(stato);
        if (stato == 200) {
            String id = json.readTree(risposta.body()).path("id").asText();
            assertThat(chiama("DELETE", "admin", "/authorization/" + id, null).statusCode())
                    .isEqualTo(204);
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "informativo,   403",
        "specialistico, 403",
        "partner,       403",
        "cabina,        403",
        "responsabile,  403",
        "admin,         204"
    })
    void creaUnUtente(String utente, int stato) {
        String nuovo = "matrice-" + utente;
        var risposta = chiama(
                "POST",
                utente,
                "/user/create",
                """
                {"profile": {"id": "%s", "firstName": "Utente", "lastName": "Di Prova"},
                 "credentials": {"password": "una-password-lunga-123"}}
                """
                        .formatted(nuovo));

        assertThat(risposta.statusCode()).as(risposta.body()).isEqualTo(stato);
        if (stato == 204) {
            assertThat(chiama("DELETE", "admin", "/user/" + nuovo, null).statusCode())
                    .isEqualTo(204);
        }
    }

    /** Deleting a deployment the caller cannot even read answers 404, as if it did not exist. */
    @ParameterizedTest(name = "{0}: create {1}, delete {2}")
    @CsvSource({
        "informativo,   403, 404",
        "specialistico, 403, 404",
        "partner,       403, 404",
        "cabina,        403, 404",
        "responsabile,  403, 403",
        "admin,         200, 204"
    })
    void caricaEdEliminaUnDeployment(String utente, int stato, int eliminazione) throws Exception {
        var risposta = distribuisci(utente);

        assertThat(risposta.statusCode()).as(risposta.body()).isEqualTo(stato);
        String esistente = stato == 200
                ? json.readTree(risposta.body()).path("id").asText()
                : engine.getRepositoryService()
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(Processi.PERCORSO_CITTADINO)
                        .latestVersion()
                        .singleResult()
                        .getDeploymentId();
        assertThat(chiama("DELETE", utente, "/deployment/" + esistente, null).statusCode())
                .isEqualTo(eliminazione);
        assertThat(engine.getRepositoryService()
                        .createDeploymentQuery()
                        .deploymentId(esistente)
                        .count())
                .isEqualTo(stato == 200 ? 0 : 1);
    }

    // --- Application API ---

    @ParameterizedTest(name = "{0}: informativo {1}, specialistico {2}")
    @CsvSource({
        "informativo,   200, 403",
        "specialistico, 403, 200",
        "partner,       403, 403",
        "cabina,        403, 403",
        "responsabile,  403, 403",
        "admin,         403, 403"
    })
    void agendaDegliSportelli(String utente, int informativo, int specialistico) {
        assertThat(client.get("/api/agenda?sportello=INFORMATIVO", utente, password)
                        .statusCode())
                .isEqualTo(informativo);
        assertThat(client.get("/api/agenda/slot-liberi?sportello=SPECIALISTICO&quanti=1", utente, password)
                        .statusCode())
                .isEqualTo(specialistico);
    }

    /**
     * The cartella sociale of a case that does not exist: allowed callers get past the door (404 or 400), the others
     * 403. The partner agency never reaches it.
     */
    @ParameterizedTest(name = "{0}: read {1}, write {2}")
    @CsvSource({
        "informativo,   true,  true",
        "specialistico, true,  true",
        "partner,       false, false",
        "cabina,        true,  false",
        "responsabile,  false, false",
        "admin,         false, false"
    })
    void cartellaSociale(String utente, boolean legge, boolean scrive) {
        String cartella = "/api/pratiche/SIL-2099-999999/cartella-sociale";
        var lettura = client.get(cartella, utente, password);
        var scrittura = client.postJson(cartella + "/note", utente, password, "{\"testo\": \"Nota di prova\"}");

        assertThat(lettura.statusCode() != 403)
                .as("read " + lettura.statusCode())
                .isEqualTo(legge);
        assertThat(scrittura.statusCode() != 403)
                .as("write " + scrittura.statusCode())
                .isEqualTo(scrive);
        assertThat(lettura.statusCode()).isNotIn(200, 500);
        assertThat(scrittura.statusCode()).isNotIn(200, 201, 500);
    }

    /**
     * The Fascicolo of a case and its PDFs (the desks and the Cabina di Regia) and the search of citizens (the desks),
     * on a case that does not exist and with a query too short: allowed callers get past the door (404, 400), the
     * others 403. The partner agency keeps its match profile only.
     */
    @ParameterizedTest(name = "{0}: case file {1}, desk documents {2}, search {3}")
    @CsvSource({
        "informativo,   true,  true,  true",
        "specialistico, true,  true,  true",
        "partner,       false, false, false",
        "cabina,        true,  false, false",
        "responsabile,  false, false, false",
        "admin,         false, false, false"
    })
    void fascicoloDocumentiERicercaCittadini(String utente, boolean fascicolo, boolean documenti, boolean ricerca) {
        String pratica = "/api/pratiche/SIL-2099-999999";
        assertPassaLaPortaSenzaCambiare("fascicolo", client.get(pratica + "/fascicolo", utente, password), fascicolo);
        assertPassaLaPortaSenzaCambiare(
                "proposta", client.get(pratica + "/documenti/proposta.pdf", utente, password), fascicolo);
        assertPassaLaPortaSenzaCambiare(
                "patto", client.get(pratica + "/documenti/patto.pdf", utente, password), documenti);
        assertPassaLaPortaSenzaCambiare("ricerca", client.get("/api/cittadini?q=x", utente, password), ricerca);
    }

    /**
     * Job offers ({@code /api/offerte}): read by the partner and the two desks, written by the partner only. An
     * allowed write meets the validation of an empty offer (400) or an unknown offer (404), so nothing changes.
     */
    @ParameterizedTest(name = "{0}: read {1}, write {2}")
    @CsvSource({
        "informativo,   true,  false",
        "specialistico, true,  false",
        "partner,       true,  true",
        "cabina,        false, false",
        "responsabile,  false, false",
        "admin,         false, false"
    })
    void offerteDiLavoro(String utente, boolean legge, boolean scrive) {
        var elenco = client.get("/api/offerte", utente, password);
        var dettaglio = client.get("/api/offerte/999999999", utente, password);
        var nuova = client.postJson("/api/offerte", utente, password, "{}");
        var modifica = api("PUT", utente, "/api/offerte/999999999", "{}");
        var chiusura = api("POST", utente, "/api/offerte/999999999/chiusura", null);

        assertThat(elenco.statusCode()).as("list").isEqualTo(legge ? 200 : 403);
        assertThat(dettaglio.statusCode()).as("detail").isEqualTo(legge ? 404 : 403);
        assertPassaLaPortaSenzaCambiare("create", nuova, scrive);
        assertPassaLaPortaSenzaCambiare("update", modifica, scrive);
        assertPassaLaPortaSenzaCambiare("close", chiusura, scrive);
    }

    /**
     * The matching of a case that does not exist: allowed callers get past the door (404 or 400), the others 403.
     * Match profile and ranked offers for the partner and the specialist desk; wished occupations written by the
     * desks; referrals read by the partner and the desks, recorded by the partner. Never the Cabina di Regia, the
     * managers or the administrators.
     */
    @ParameterizedTest(name = "{0}: match {1}, wished occupations {2}, read referrals {3}, refer {4}")
    @CsvSource({
        "informativo,   false, true,  true,  false",
        "specialistico, true,  true,  true,  false",
        "partner,       true,  false, true,  true",
        "cabina,        false, false, false, false",
        "responsabile,  false, false, false, false",
        "admin,         false, false, false, false"
    })
    void abbinamentoDellaPratica(
            String utente, boolean abbinamento, boolean professioni, boolean leggeSegnalazioni, boolean segnala) {
        String pratica = "/api/pratiche/SIL-2099-999999";
        var profilo = client.get(pratica + "/abbinamento", utente, password);
        var desiderate = api("PUT", utente, pratica + "/professioni-desiderate", "{\"professioniDesiderate\": []}");
        var segnalazioni = client.get(pratica + "/segnalazioni", utente, password);
        var segnalazione = client.postJson(pratica + "/segnalazioni", utente, password, "{}");

        assertPassaLaPortaSenzaCambiare("match", profilo, abbinamento);
        assertPassaLaPortaSenzaCambiare("wished occupations", desiderate, professioni);
        assertPassaLaPortaSenzaCambiare("read referrals", segnalazioni, leggeSegnalazioni);
        assertPassaLaPortaSenzaCambiare("refer", segnalazione, segnala);
    }

    /** The CP2021 classification: looked up by every user, imported by the administrators (a bad file: 400). */
    @ParameterizedTest(name = "{0}: import {1}")
    @CsvSource({
        "informativo,   false",
        "specialistico, false",
        "partner,       false",
        "cabina,        false",
        "responsabile,  false",
        "admin,         true"
    })
    void classificazioneCp2021(String utente, boolean importa) {
        String corpo = "--confine\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cp2021.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nnon;una;riga;valida\r\n--confine--\r\n";
        var importazione = client.invia(
                "POST",
                "/api/cp2021",
                utente,
                password,
                "multipart/form-data; boundary=confine",
                corpo.getBytes(StandardCharsets.UTF_8));

        assertThat(client.get("/api/cp2021/8.1.3", utente, password).statusCode())
                .as("look up")
                .isEqualTo(200);
        assertPassaLaPortaSenzaCambiare("import", importazione, importa);
    }

    /** Of a citizen unknown to the service: allowed callers get 404, the others 403 before any lookup. */
    @ParameterizedTest(name = "{0}: export {1}, anonimizza {2}, audit {3}")
    @CsvSource({
        "informativo,   404, 403, 403",
        "specialistico, 403, 403, 403",
        "partner,       403, 403, 403",
        "cabina,        403, 403, 403",
        "responsabile,  403, 403, 403",
        "admin,         404, 404, 200"
    })
    void dirittiDegliInteressatiERegistroAudit(String utente, int esporta, int anonimizza, int audit) {
        String codice = nuovoCodiceFiscale();
        assertThat(client.get("/api/cittadini/" + codice + "/export", utente, password)
                        .statusCode())
                .as("export")
                .isEqualTo(esporta);
        assertThat(client.invia("POST", "/api/cittadini/" + codice + "/anonimizza", utente, password, null, null)
                        .statusCode())
                .as("anonimizza")
                .isEqualTo(anonimizza);
        assertThat(client.get("/api/audit", utente, password).statusCode())
                .as("audit")
                .isEqualTo(audit);
    }

    /**
     * Early closure of a case that does not exist, over the API and with the Tasklist start form of
     * ChiusuraPraticaProcess: the two desks get past the door (404 / 400 refused by the data), the others 403.
     */
    @ParameterizedTest(name = "{0}: close {1}")
    @CsvSource({
        "informativo,   true",
        "specialistico, true",
        "partner,       false",
        "cabina,        false",
        "responsabile,  false",
        "admin,         false"
    })
    void chiusuraAnticipataDellaPratica(String utente, boolean chiude) {
        var chiusura = client.postJson(
                "/api/pratiche/SIL-2099-999999/chiusura", utente, password, "{\"motivo\": \"RINUNCIA\"}");
        var modulo = chiama(
                "POST",
                utente,
                "/process-definition/key/" + Processi.CHIUSURA_PRATICA + "/submit-form",
                "{\"variables\": {\"numeroPratica\": {\"value\": \"SIL-2099-999999\"},"
                        + " \"motivoChiusura\": {\"value\": \"RINUNCIA\"}}}");

        assertPassaLaPortaSenzaCambiare("close over the API", chiusura, chiude);
        if (chiude) {
            assertThat(chiusura.statusCode()).isEqualTo(404);
            assertThat(chiusura.body()).contains("Nessuna pratica ha il numero SIL-2099-999999");
        }
        assertPassaLaPortaSenzaCambiare("close from Tasklist", modulo, chiude);
    }

    /** The managers' Cruscotto and its exports: figures of the whole service, for managers and administrators. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "informativo,   403",
        "specialistico, 403",
        "partner,       403",
        "cabina,        403",
        "responsabile,  200",
        "admin,         200"
    })
    void cruscotto(String utente, int stato) {
        for (String percorso : new String[] {
            "/api/cruscotto?dal=2026-01-01&al=2026-12-31",
            "/api/cruscotto/export.csv?dal=2026-01-01&al=2026-12-31",
            "/api/cruscotto/export.xlsx?dal=2026-01-01&al=2026-12-31&pubblicabile=true",
            "/api/cruscotto/pratiche-in-corso"
        }) {
            assertThat(client.get(percorso, utente, password).statusCode())
                    .as(percorso)
                    .isEqualTo(stato);
        }
    }

    /** Allowed: past the authorization check, and refused by the data (nothing to read or change); denied: 403. */
    private static void assertPassaLaPortaSenzaCambiare(String cella, HttpResponse<String> risposta, boolean ammesso) {
        if (ammesso) {
            assertThat(risposta.statusCode()).as(cella + " " + risposta.body()).isIn(400, 404);
        } else {
            assertThat(risposta.statusCode()).as(cella + " " + risposta.body()).isEqualTo(403);
        }
    }

    private HttpResponse<String> api(String metodo, String utente, String percorso, String corpo) {
        return client.invia(
                metodo,
                percorso,
                utente,
                password,
                corpo == null ? null : JSON,
                corpo == null ? null : corpo.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> avvia(String utente) {
        var variabili = new LinkedHashMap<String, Object>();
        Map.of(
                        Variabili.CODICE_FISCALE, nuovoCodiceFiscale(),
                        Variabili.NOME, "Lucia",
                        Variabili.COGNOME, "Esposito",
                        Variabili.DATA_NASCITA, "1988-04-21",
                        Variabili.INFORMATIVA_PRIVACY, true,
                        Variabili.BISOGNO_ESPRESSO, "Cerca lavoro dopo la chiusura del negozio.",
                        Variabili.TIPO_RICHIESTA, "PERCORSO",
                        Variabili.ADERISCE_ORIENTAMENTO, true)
                .forEach((nome, valore) -> variabili.put(nome, Map.of("value", valore)));
        try {
            return chiama(
                    "POST",
                    utente,
                    "/process-definition/key/" + Processi.PERCORSO_CITTADINO + "/submit-form",
                    json.writeValueAsString(Map.of("variables", variabili)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> distribuisci(String utente) {
        String confine = "----matrice" + ThreadLocalRandom.current().nextLong(1_000_000);
        String bpmn =
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="prova">
                  <process id="ProvaMatriceProcess" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <startEvent id="StartEvent_Prova"/>
                  </process>
                </definitions>
                """;
        String corpo = "--" + confine + "\r\n"
                + "Content-Disposition: form-data; name=\"deployment-name\"\r\n\r\nprova-matrice\r\n"
                + "--" + confine + "\r\n"
                + "Content-Disposition: form-data; name=\"prova.bpmn\"; filename=\"prova.bpmn\"\r\n"
                + "Content-Type: application/xml\r\n\r\n" + bpmn + "\r\n"
                + "--" + confine + "--\r\n";
        return client.invia(
                "POST",
                ENGINE + "/deployment/create",
                utente,
                password,
                "multipart/form-data; boundary=" + confine,
                corpo.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> chiama(String metodo, String utente, String percorso, String corpo) {
        return client.invia(
                metodo,
                ENGINE + percorso,
                utente,
                password,
                corpo == null ? null : JSON,
                corpo == null ? null : corpo.getBytes(StandardCharsets.UTF_8));
    }

    private List<JsonNode> elenco(String utente, String metodo, String percorso, String corpo) throws Exception {
        var risposta = chiama(metodo, utente, percorso, corpo);
        assertThat(risposta.statusCode()).as(percorso + " " + risposta.body()).isEqualTo(200);
        var elementi = new java.util.ArrayList<JsonNode>();
        json.readTree(risposta.body()).forEach(elementi::add);
        return elementi;
    }

    private List<String> gruppiCandidati(String idCompito) {
        return engine.getTaskService().getIdentityLinksForTask(idCompito).stream()
                .map(IdentityLink::getGroupId)
                .filter(gruppo -> gruppo != null)
                .toList();
    }

    private long conta(String utente, String percorso) throws Exception {
        var risposta = chiama("GET", utente, percorso, null);
        assertThat(risposta.statusCode()).as(percorso + " " + risposta.body()).isEqualTo(200);
        JsonNode corpo = json.readTree(risposta.body());
        return corpo.path("count").asLong();
    }
}
