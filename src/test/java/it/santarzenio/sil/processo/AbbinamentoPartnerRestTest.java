package it.santarzenio.sil.processo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.santarzenio.sil.ApplicazioneSuH2;
import it.santarzenio.sil.ClientHttp;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The partner agency's task through the engine's REST API, as Tasklist calls it: the matching profile is all it
 * reads, none of the desks' notes or the case's social data, and it can still complete the task.
 */
@ApplicazioneSuH2
class AbbinamentoPartnerRestTest {

    /** Variables of the case that the partner must never read. */
    private static final List<String> RISERVATE = List.of(
            VariabiliSpecialistico.NOTE_CONDIVISIONE,
            VariabiliSpecialistico.ESITO_ORIENTAMENTO,
            VariabiliSpecialistico.PROPOSTA_PROGETTUALE,
            VariabiliSpecialistico.MOTIVAZIONE_CABINA,
            Variabili.INTERVENTI_SECONDO_LIVELLO,
            Variabili.CODICE_FISCALE,
            "fragilitaSociale",
            Variabili.OBIETTIVI);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ClientHttp client;
    private final String password;
    private final ProcessEngine engine;
    private final SportelliFaseSpecialistica sportelli;

    AbbinamentoPartnerRestTest(
            @LocalServerPort int porta, @Value("${sil.demo.password}") String password, ProcessEngine engine) {
        this.client = new ClientHttp(porta);
        this.password = password;
        this.engine = engine;
        this.sportelli = new SportelliFaseSpecialistica(engine);
    }

    @BeforeEach
    void collegaAssert() {
        AbstractAssertions.init(engine);
    }

    @Test
    void partnerSulCompitoDiAbbinamento_leggeSoloIlProfiloEPuoCompletarlo() throws Exception {
        var fase = casoApprovatoConAbbinamento();
        String compito = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(fase.getBusinessKey())
                .taskDefinitionKey("Task_AbbinamentoDomandaOfferta")
                .singleResult()
                .getId();

        for (String vista : List.of("variables", "form-variables")) {
            var risposta = client.get("/engine-rest/task/" + compito + "/" + vista, "partner", password);
            assertThat(risposta.statusCode()).as(vista).isEqualTo(200);
            var nomi = nomi(JSON.readTree(risposta.body()));
            assertThat(nomi)
                    .as(vista + " of the partner's task")
                    .contains(Variabili.NUMERO_PRATICA, Variabili.NOME, VariabiliSpecialistico.PROFILO_ABBINAMENTO)
                    .doesNotContainAnyElementsOf(RISERVATE);
        }
        var istanza = client.get("/engine-rest/process-instance/" + fase.getId() + "/variables", "partner", password);
        assertThat(istanza.statusCode() == 403
                        || nomi(JSON.readTree(istanza.body())).isEmpty())
                .as("the case's variables to the partner: " + istanza.statusCode() + " " + istanza.body())
                .isTrue();

        var storiaPerLAmministratore = client.get(
                "/engine-rest/history/variable-instance?processInstanceId=" + fase.getId(), "admin", password);
        assertThat(JSON.readTree(storiaPerLAmministratore.body()).findValuesAsText("name"))
                .as("the same query, by the administrator, finds the case's variables")
                .contains(VariabiliSpecialistico.TIPO_PROGETTO, Variabili.CODICE_FISCALE);
        for (String storia : List.of(
                "/engine-rest/history/variable-instance?processInstanceId=" + fase.getId(),
                "/engine-rest/history/detail?processInstanceId=" + fase.getId(),
                "/engine-rest/history/task?processInstanceId=" + fase.getId(),
                "/engine-rest/history/variable-instance?variableName=" + VariabiliSpecialistico.NOTE_CONDIVISIONE,
                "/engine-rest/history/decision-instance?includeInputs=true")) {
            var risposta = client.get(storia, "partner", password);
            assertThat(risposta.statusCode() == 403
                            || JSON.readTree(risposta.body()).isEmpty())
                    .as("the case's history to the partner, " + storia + ": " + risposta.statusCode() + " "
                            + risposta.body())
                    .isTrue();
        }

        var completamento = client.postJson(
                "/engine-rest/task/" + compito + "/submit-form",
                "partner",
                password,
                """
                {"variables": {
                  "esitoAbbinamento": {"value": "NESSUNA_OFFERTA_IDONEA"},
                  "noteAbbinamento": {"value": "Nessuna offerta di magazzino in zona."}}}
                """);

        assertThat(completamento.statusCode()).isIn(200, 204);
        assertThat(fase).isWaitingAt("Task_AvvioProgetto");
        assertThat(fase)
                .variables()
                .containsEntry(VariabiliSpecialistico.ESITO_ABBINAMENTO, "NESSUNA_OFFERTA_IDONEA")
                .containsEntry(VariabiliSpecialistico.NOTE_ABBINAMENTO, "Nessuna offerta di magazzino in zona.");
    }

    /** Every desk has written its notes into the case before the partner is called. */
    private ProcessInstance casoApprovatoConAbbinamento() {
        var fase = sportelli.inviaAlloSpecialistico(false);
        sportelli.condividiCaso(fase);
        sportelli.orientamentoSpecialistico(fase);
        sportelli.elaboraProposta(fase, "Tirocinio di sei mesi in un magazzino.", "TIROCINIO", true);
        sportelli.decidi(fase, "APPROVATA", "Progetto coerente con le offerte del territorio.");
        assertThat(fase)
                .isWaitingAt("Task_IncontroDomandaOfferta")
                .variables()
                .containsKeys(
                        VariabiliSpecialistico.NOTE_CONDIVISIONE,
                        VariabiliSpecialistico.ESITO_ORIENTAMENTO,
                        VariabiliSpecialistico.PROPOSTA_PROGETTUALE,
                        VariabiliSpecialistico.MOTIVAZIONE_CABINA,
                        Variabili.CODICE_FISCALE,
                        Variabili.OBIETTIVI);
        return fase;
    }

    private static List<String> nomi(JsonNode variabili) {
        var nomi = new ArrayList<String>();
        variabili.fieldNames().forEachRemaining(nomi::add);
        return nomi;
    }
}
