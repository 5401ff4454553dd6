package it.santarzenio.sil.processo;

import static it.santarzenio.sil.accesso.CodiciFiscaliDiProva.nuovoCodiceFiscale;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.santarzenio.sil.ApplicazioneSuH2;
import it.santarzenio.sil.Casi;
import it.santarzenio.sil.ClientHttp;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The reads that escaped the audit trail (a task's or an execution's own variables: the partner's match profile is
 * task-local) are rows of it now; the calls that would return a case's variables on the side are refused.
 */
@ApplicazioneSuH2
class LettureVariabiliLocaliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ClientHttp client;

    LettureVariabiliLocaliTest(@LocalServerPort int porta) {
        this.client = new ClientHttp(porta);
    }

    @Test
    void variabiliLocaliDelCompitoEDellEsecuzione_unaRigaDelRegistroCiascuna() throws Exception {
        String codice = nuovoCodiceFiscale();
        var caso = Casi.avvia(client, codice);
        String compito = compito(caso);

        assertThat(client.get("/engine-rest/task/" + compito + "/localVariables", "informativo", "demo")
                        .statusCode())
                .isEqualTo(200);
        assertThat(client.get("/engine-rest/execution/" + caso.istanza() + "/localVariables", "admin", "demo")
                        .statusCode())
                .isEqualTo(200);
        assertThat(client.get("/engine-rest/task/" + compito + "/localVariables", "partner", "demo")
                        .statusCode())
                .as("a refused read writes nothing")
                .isEqualTo(403);

        var letture = new ArrayList<String>();
        JSON.readTree(client.get("/api/audit?cittadino=" + codice, "admin", "demo")
                        .body())
                .forEach(riga -> {
                    if (riga.path("azione").asText().equals("LETTURA")) {
                        letture.add(riga.path("utente").asText() + ": "
                                + riga.path("dettaglio").asText());
                    }
                });
        assertThat(letture)
                .containsExactlyInAnyOrder(
                        "informativo: variabili locali del compito Task_ConcordaAppuntamento (REST)",
                        "admin: variabili del processo PercorsoCittadinoProcess (REST)");
    }

    @Test
    void variabiliInRispostaAUnAltraOperazione_rifiutateEIlCompitoRestaAperto() throws Exception {
        var caso = Casi.avvia(client);
        String compito = compito(caso);

        var completamento = client.postJson(
                "/engine-rest/task/" + compito + "/complete",
                "informativo",
                "demo",
                "{\"variables\": {}, \"withVariablesInReturn\" : true}");
        var elenco = client.get(
                "/engine-rest/task?processInstanceId=" + caso.istanza() + "&withTaskLocalVariablesInReturn=true",
                "informativo",
                "demo");
        var compitiEsterni = client.postJson(
                "/engine-rest/external-task/fetchAndLock",
                "admin",
                "demo",
                "{\"workerId\": \"w\", \"maxTasks\": 10, \"topics\": [{\"topicName\": \"t\", \"lockDuration\": 1000}]}");

        assertThat(completamento.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(completamento.body()).path("message").asText())
                .isEqualTo(LettureVariabiliFilter.MESSAGGIO_VARIABILI_IN_RISPOSTA);
        assertThat(elenco.statusCode()).isEqualTo(400);
        assertThat(compitiEsterni.statusCode()).isEqualTo(403);
        assertThat(compito(caso)).as("the task is still open").isEqualTo(compito);
    }

    private String compito(Casi.Caso caso) throws Exception {
        var compiti = client.get("/engine-rest/task?processInstanceId=" + caso.istanza(), "informativo", "demo");
        return JSON.readTree(compiti.body()).get(0).path("id").asText();
    }
}
