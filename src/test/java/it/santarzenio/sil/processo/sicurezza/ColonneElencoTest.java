package it.santarzenio.sil.processo.sicurezza;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.santarzenio.sil.ApplicazioneSuH2;
import it.santarzenio.sil.Casi;
import it.santarzenio.sil.ClientHttp;
import it.santarzenio.sil.processo.ColonneElenco;
import it.santarzenio.sil.processo.Processi;
import it.santarzenio.sil.processo.SportelliFaseSpecialistica;
import it.santarzenio.sil.processo.Variabili;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every task row tells who (ADR 0016): each user task gets the task-local columns when it is created, and each group
 * reads them through its filters' HAL lists as Tasklist asks for them, without READ_INSTANCE_VARIABLE; another group,
 * and the managers who see every task, read none of them.
 */
@ApplicazioneSuH2
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ColonneElencoTest {

    private static final DateTimeFormatter ORA_ITALIANA =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Rome"));

    private final ClientHttp client;
    private final String password;
    private final ProcessEngine engine;
    private final FiltriTasklistPlugin filtri;
    private final ObjectMapper json = new ObjectMapper();

    /** The one open task of each operative group's demo user, and its case number. */
    private final Map<String, String> compitoDi = new HashMap<>();

    private final Map<String, String> praticaDi = new HashMap<>();
    private Casi.Caso casoInformativo;

    ColonneElencoTest(
            @LocalServerPort int porta,
            @Value("${sil.demo.password}") String password,
            ProcessEngine engine,
            FiltriTasklistPlugin filtri) {
        this.client = new ClientHttp(porta);
        this.password = password;
        this.engine = engine;
        this.filtri = filtri;
    }

    @BeforeAll
    void unCompitoPerGruppo() {
        casoInformativo = Casi.avviaEPrenota(client);
        var sportelli = new SportelliFaseSpecialistica(engine);
        var specialistica = sportelli.inviaAlloSpecialistico(false);
        var perLaCabina = propostaPresentata(sportelli);
        var perIlPartner = propostaPresentata(sportelli);
        sportelli.decidi(perIlPartner, "APPROVATA", null);
        compitoDi.put("informativo", compito(casoInformativo.istanza()));
        praticaDi.put("informativo", casoInformativo.numeroPratica());
        conIlCompito("specialistico", specialistica, specialistica);
        conIlCompito("cabina", sportelli.cabinaDi(perLaCabina), perLaCabina);
        conIlCompito("partner", sportelli.abbinamentoDi(perIlPartner), perIlPartner);
    }

    @Test
    void ilColloquioMostraPraticaCittadinoEAppuntamento() {
        var task = engine.getTaskService()
                .createTaskQuery()
                .taskId(compitoDi.get("informativo"))
                .singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_ColloquioAssessment");
        assertThat(engine.getTaskService().getVariablesLocal(task.getId(), List.copyOf(ColonneElenco.NOMI)))
                .containsEntry(ColonneElenco.PRATICA, casoInformativo.numeroPratica())
                .containsEntry(ColonneElenco.COGNOME, "Esposito")
                .containsEntry(ColonneElenco.NOME, "Lucia")
                .containsEntry(
                        ColonneElenco.APPUNTAMENTO,
                        ORA_ITALIANA.format(task.getDueDate().toInstant()))
                .containsEntry(
                        ColonneElenco.RICERCA,
                        "ESPOSITO|LUCIA|" + casoInformativo.numeroPratica().replace("-", ""));
    }

    /** Copies of what the case holds: the engine's history never gets them (nor the anonymisation has to find them). */
    @Test
    void leColonneNonEntranoNellaStoria() {
        assertThat(engine.getHistoryService()
                        .createHistoricVariableInstanceQuery()
                        .variableNameIn(ColonneElenco.NOMI.toArray(String[]::new))
                        .count())
                .isZero();
        assertThat(engine.getHistoryService()
                        .createHistoricDetailQuery()
                        .variableUpdates()
                        .list())
                .extracting(dettaglio -> ((HistoricVariableUpdate) dettaglio).getVariableName())
                .doesNotContainAnyElementsOf(ColonneElenco.NOMI);
    }

    @Test
    void iCompitiSenzaAppuntamentoNonNeHannoUno() {
        for (String utente : List.of("specialistico", "cabina", "partner")) {
            assertThat(engine.getTaskService()
                            .getVariablesLocal(compitoDi.get(utente), List.copyOf(ColonneElenco.NOMI)))
                    .as(utente)
                    .containsEntry(ColonneElenco.PRATICA, praticaDi.get(utente))
                    .containsEntry(ColonneElenco.COGNOME, "Esposito")
                    .containsEntry(ColonneElenco.NOME, "Lucia")
                    .doesNotContainKey(ColonneElenco.APPUNTAMENTO);
        }
    }

    /** VerificaEsitiProcess carries only the case number: the name comes from the domain's citizen. */
    @Test
    void laVerificaDegliEsitiPrendeIlNomeDalCittadino() {
        var caso = Casi.avvia(client);
        var variabili = new HashMap<String, Object>();
        variabili.put(Variabili.NUMERO_PRATICA, caso.numeroPratica());
        variabili.put(Variabili.CHIUSO_IL, new Date());
        variabili.put(Variabili.INTERVALLI_VERIFICA, "P6M");
        variabili.put(Variabili.NUMERO_VERIFICHE, 1);
        var verifica = engine.getRuntimeService()
                .startProcessInstanceByKey(Processi.VERIFICA_ESITI, caso.numeroPratica(), variabili);
        var gestione = engine.getManagementService();
        gestione.createJobQuery()
                .processInstanceId(verifica.getId())
                .list()
                .forEach(lavoro -> gestione.executeJob(lavoro.getId()));
        String compito = compito(verifica.getId());

        assertThat(engine.getTaskService().getVariablesLocal(compito, List.copyOf(ColonneElenco.NOMI)))
                .containsEntry(ColonneElenco.PRATICA, caso.numeroPratica())
                .containsEntry(ColonneElenco.COGNOME, "Esposito")
                .containsEntry(ColonneElenco.NOME, "Lucia");
    }

    /** Whatever process and step a test of this context left open: every task of a case has its columns. */
    @Test
    void ogniCompitoApertoDiUnaPraticaHaLeColonne() {
        var compiti = engine.getTaskService().createTaskQuery().list();
        assertThat(compiti).hasSizeGreaterThanOrEqualTo(4);
        for (var task : compiti) {
            Object pratica = engine.getTaskService().getVariable(task.getId(), Variabili.NUMERO_PRATICA);
            if (pratica == null) {
                continue;
            }
            assertThat(engine.getTaskService().getVariableLocal(task.getId(), ColonneElenco.PRATICA))
                    .as(task.getTaskDefinitionKey())
                    .isEqualTo(pratica);
            assertThat(engine.getTaskService().getVariableLocal(task.getId(), ColonneElenco.COGNOME))
                    .as(task.getTaskDefinitionKey())
                    .isNotNull();
        }
    }

    /** As Tasklist asks: POST /filter/{id}/list with Accept application/hal+json, the columns embedded per task. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "informativo,   Sportello Informativo di Orientamento al Lavoro",
        "informativo,   Compiti del mio gruppo",
        "specialistico, Sportello di Orientamento Specialistico",
        "specialistico, Compiti del mio gruppo",
        "cabina,        Cabina di Regia",
        "cabina,        Compiti del mio gruppo",
        "partner,       Società partner (incontro domanda/offerta)",
        "partner,       Compiti del mio gruppo"
    })
    void laListaDelFiltroPortaLeColonne(String utente, String filtro) throws Exception {
        var righe = listaHal(utente, filtro);
        var riga = righe.get(compitoDi.get(utente));
        assertThat(riga).as("the group's task in " + filtro).isNotNull();
        var colonne = colonne(riga);
        assertThat(colonne)
                .containsEntry(ColonneElenco.PRATICA, praticaDi.get(utente))
                .containsEntry(ColonneElenco.COGNOME, "Esposito")
                .containsEntry(ColonneElenco.NOME, "Lucia");
        if (utente.equals("informativo")) {
            assertThat(colonne).containsKey(ColonneElenco.APPUNTAMENTO);
        }
        for (var altra : righe.values()) {
            assertThat(colonne(altra)).as("every row of " + filtro).containsKey(ColonneElenco.PRATICA);
        }
    }

    /**
     * The same variable query asked directly for another group's task answers nothing, and so for the managers, who
     * see every task but read no variable; the instance's variables stay closed to the groups.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"informativo", "specialistico", "cabina", "partner", "responsabile"})
    void unAltroGruppoNonLeggeLeColonne(String utente) throws Exception {
        for (var altro : compitoDi.entrySet()) {
            var risposta = client.get(
                    "/engine-rest/variable-instance?variableName=" + ColonneElenco.COGNOME + "&variableScopeIdIn="
                            + altro.getValue() + "," + compitoDi.get("informativo"),
                    utente,
                    password);
            assertThat(risposta.statusCode()).isEqualTo(200);
            var valori = new ArrayList<String>();
            json.readTree(risposta.body())
                    .forEach(riga -> valori.add(riga.path("taskId").asText()));
            var attesi = new ArrayList<String>();
            if (altro.getKey().equals(utente)) {
                attesi.add(altro.getValue());
            }
            if (utente.equals("informativo") && !altro.getKey().equals(utente)) {
                attesi.add(compitoDi.get("informativo"));
            }
            assertThat(valori)
                    .as(utente + " reading the surname column of the task of " + altro.getKey())
                    .containsExactlyInAnyOrderElementsOf(attesi);
        }
        var senzaAmbito =
                client.get("/engine-rest/variable-instance?variableName=" + ColonneElenco.COGNOME, utente, password);
        assertThat(json.readTree(senzaAmbito.body()))
                .as("the query without scopes")
                .isEmpty();
        var istanza = client.get(
                "/engine-rest/variable-instance?variableName=" + Variabili.COGNOME + "&variableScopeIdIn="
                        + engine.getTaskService()
                                .createTaskQuery()
                                .taskId(compitoDi.get(utente.equals("responsabile") ? "informativo" : utente))
                                .singleResult()
                                .getProcessInstanceId(),
                utente,
                password);
        assertThat(json.readTree(istanza.body()))
                .as("the instance's own surname")
                .isEmpty();
    }

    /**
     * A task of another group's process, opened by hand to the informative desk (the provider then writes the row of
     * that single task, ADR 0010): its columns reach the desk through that row, beside the desk's own task, whose
     * columns come from the grant on its process definition; the specialist desk's other task stays closed.
     */
    @Test
    void unCompitoApertoAMano() throws Exception {
        var sportelli = new SportelliFaseSpecialistica(engine);
        String aperto = compito(sportelli.inviaAlloSpecialistico(false).getId());
        engine.getTaskService().addCandidateGroup(aperto, "sportello-informativo");
        try {
            var risposta = client.get(
                    "/engine-rest/variable-instance?variableName=" + ColonneElenco.COGNOME + "&variableScopeIdIn="
                            + String.join(",", aperto, compitoDi.get("informativo"), compitoDi.get("specialistico")),
                    "informativo",
                    password);
            assertThat(risposta.statusCode()).isEqualTo(200);
            var compiti = new ArrayList<String>();
            json.readTree(risposta.body())
                    .forEach(riga -> compiti.add(riga.path("taskId").asText()));
            assertThat(compiti).containsExactlyInAnyOrder(aperto, compitoDi.get("informativo"));
        } finally {
            engine.getTaskService().deleteCandidateGroup(aperto, "sportello-informativo");
            // The engine keeps the task's row until the task ends: the other tests' desk sees no such task.
            var autorizzazioni = engine.getAuthorizationService();
            autorizzazioni
                    .createAuthorizationQuery()
                    .resourceType(Resources.TASK)
                    .resourceId(aperto)
                    .list()
                    .forEach(riga -> autorizzazioni.deleteAuthorization(riga.getId()));
        }
    }

    /** A database of an earlier version has filters whose columns point at process variables: the start fixes them. */
    @Test
    void iFiltriDiUnaVersionePrecedenteRicevonoLeNuoveColonne() {
        var servizio = engine.getFilterService();
        var filtro = servizio.createFilterQuery().filterName("Cabina di Regia").singleResult();
        var vecchie = new HashMap<>(filtro.getProperties());
        vecchie.put("variables", List.of(Map.of("name", "cognome", "label", "Cognome")));
        servizio.saveFilter(filtro.setProperties(vecchie));

        filtri.postProcessEngineBuild(engine);

        var aggiornato = servizio.getFilter(filtro.getId());
        @SuppressWarnings("unchecked")
        var colonne = (List<Map<String, Object>>) aggiornato.getProperties().get("variables");
        assertThat(colonne)
                .extracting(colonna -> colonna.get("name"))
                .containsExactly(
                        ColonneElenco.PRATICA, ColonneElenco.COGNOME, ColonneElenco.NOME, ColonneElenco.APPUNTAMENTO);
        assertThat(aggiornato.getProperties())
                .containsEntry("description", filtro.getProperties().get("description"));
    }

    private static ProcessInstance propostaPresentata(SportelliFaseSpecialistica sportelli) {
        var fase = sportelli.inviaAlloSpecialistico(false);
        sportelli.condividiCaso(fase);
        sportelli.orientamentoSpecialistico(fase);
        sportelli.elaboraProposta(fase, "Tirocinio di sei mesi in un magazzino.", "TIROCINIO", true);
        return fase;
    }

    private void conIlCompito(String utente, ProcessInstance istanza, ProcessInstance fase) {
        compitoDi.put(utente, compito(istanza.getId()));
        praticaDi.put(utente, fase.getBusinessKey());
    }

    private String compito(String istanza) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(istanza)
                .singleResult()
                .getId();
    }

    /** The filter's HAL list, by task id; as Tasklist sorts it. */
    private Map<String, JsonNode> listaHal(String utente, String nomeFiltro) throws Exception {
        String id = engine.getFilterService()
                .createFilterQuery()
                .filterName(nomeFiltro)
                .singleResult()
                .getId();
        var risposta = client.listaHalDelFiltro(id, 200, utente, password);
        assertThat(risposta.statusCode()).as(risposta.body()).isEqualTo(200);
        var righe = new HashMap<String, JsonNode>();
        json.readTree(risposta.body())
                .path("_embedded")
                .path("task")
                .forEach(riga -> righe.put(riga.path("id").asText(), riga));
        return righe;
    }

    private static Map<String, String> colonne(JsonNode riga) {
        var colonne = new HashMap<String, String>();
        var variabili = new ArrayList<JsonNode>();
        riga.path("_embedded").path("variable").forEach(variabili::add);
        variabili.forEach(variabile -> colonne.put(
                variabile.path("name").asText(), variabile.path("value").asText()));
        return colonne;
    }
}
