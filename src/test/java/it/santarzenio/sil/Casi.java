package it.santarzenio.sil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.santarzenio.sil.accesso.CodiciFiscaliDiProva;
import it.santarzenio.sil.processo.Variabili;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Cases opened and moved on over HTTP only, as the informative desk does from Tasklist: for tests that drive a node
 * running in another process ({@link NodoSeparato}), where there is no engine object to call.
 */
public final class Casi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Casi() {}

    /** A case opened at the Sportello Informativo: its process instance id and business key. */
    public record Caso(String istanza, String numeroPratica) {}

    public static Caso avvia(ClientHttp client) {
        return avvia(client, CodiciFiscaliDiProva.nuovoCodiceFiscale());
    }

    public static Caso avvia(ClientHttp client, String codiceFiscale) {
        return avvia(client, codiceFiscale, "lucia.esposito@example.org");
    }

    /** A case whose citizen receives the agenda's e-mails at {@code email}. */
    public static Caso avvia(ClientHttp client, String codiceFiscale, String email) {
        var scheda = new HashMap<String, Object>();
        scheda.put(Variabili.CODICE_FISCALE, codiceFiscale);
        scheda.put(Variabili.NOME, "Lucia");
        scheda.put(Variabili.COGNOME, "Esposito");
        scheda.put(Variabili.DATA_NASCITA, "1988-04-21");
        scheda.put(Variabili.TELEFONO, "+39 333 1234567");
        scheda.put(Variabili.EMAIL, email);
        scheda.put(Variabili.INFORMATIVA_PRIVACY, true);
        scheda.put(Variabili.BISOGNO_ESPRESSO, "Cerca lavoro dopo la chiusura del negozio in cui lavorava.");
        scheda.put(Variabili.TIPO_RICHIESTA, "PERCORSO");
        scheda.put(Variabili.ADERISCE_ORIENTAMENTO, true);
        var risposta = client.postJson(
                "/engine-rest/process-definition/key/PercorsoCittadinoProcess/submit-form",
                "informativo",
                "demo",
                variabili(scheda));
        var corpo = leggi(verifica(risposta, 200));
        return new Caso(corpo.path("id").asText(), corpo.path("businessKey").asText());
    }

    /** Books the next free slot of the informative desk for the case, completing Task_ConcordaAppuntamento. */
    public static void prenota(ClientHttp client, Caso caso) {
        prenota(client, caso, "");
    }

    /** Books the informative desk's first free slot on day {@code dal} (Europe/Rome) or later. */
    public static void prenota(ClientHttp client, Caso caso, LocalDate dal) {
        prenota(client, caso, "&dal=" + dal);
    }

    private static void prenota(ClientHttp client, Caso caso, String dal) {
        String compito = compito(client, caso);
        var slot = leggi(verifica(
                client.get("/api/agenda/slot-liberi?sportello=INFORMATIVO&quanti=1" + dal, "informativo", "demo"),
                200));
        verifica(
                client.postJson(
                        "/engine-rest/task/" + compito + "/submit-form",
                        "informativo",
                        "demo",
                        variabili(Map.of(
                                Variabili.OBIETTIVI_PROSSIMO_COLLOQUIO,
                                "Bilancio delle competenze",
                                Variabili.DATA_APPUNTAMENTO,
                                slot.get(0).path("valore").asText()))),
                204);
    }

    /**
     * Records the assessment interview (Task_ColloquioAssessment) of a case whose appointment has begun: the citizen
     * came, and the desk fills in the form as Tasklist would send it.
     */
    public static void colloquio(ClientHttp client, Caso caso) {
        verifica(
                client.postJson(
                        "/engine-rest/task/" + compito(client, caso) + "/submit-form",
                        "informativo",
                        "demo",
                        variabili(Map.of(
                                Variabili.PRESENZA,
                                "PRESENTE",
                                Variabili.TITOLO_STUDIO,
                                "DIPLOMA",
                                Variabili.CONDIZIONE_OCCUPAZIONALE,
                                "DISOCCUPATO",
                                Variabili.MESI_SENZA_LAVORO,
                                8,
                                Variabili.STORIA_PROFESSIONALE,
                                "Commessa per dieci anni in un negozio di abbigliamento.",
                                Variabili.HA_CURRICULUM,
                                "true",
                                Variabili.COMPETENZE_DIGITALI,
                                "BASE",
                                Variabili.FRAGILITA_SOCIALE,
                                "false"))),
                204);
    }

    /** The task the case waits at now, by its definition key (Task_...), or "" when none. */
    public static String compitoInAttesa(ClientHttp client, Caso caso) {
        var compiti = leggi(verifica(
                client.get("/engine-rest/task?processInstanceId=" + caso.istanza(), "informativo", "demo"), 200));
        return compiti.isEmpty() ? "" : compiti.get(0).path("taskDefinitionKey").asText();
    }

    private static String compito(ClientHttp client, Caso caso) {
        var compiti = leggi(verifica(
                client.get("/engine-rest/task?processInstanceId=" + caso.istanza(), "informativo", "demo"), 200));
        return compiti.get(0).path("id").asText();
    }

    /** A quick request (RISOLVIBILE) answered at once: the case opens and closes. */
    public static Caso richiestaEvasa(ClientHttp client, String codiceFiscale) {
        var scheda = new HashMap<String, Object>();
        scheda.put(Variabili.CODICE_FISCALE, codiceFiscale);
        scheda.put(Variabili.NOME, "Lucia");
        scheda.put(Variabili.COGNOME, "Esposito");
        scheda.put(Variabili.DATA_NASCITA, "1988-04-21");
        scheda.put(Variabili.INFORMATIVA_PRIVACY, true);
        scheda.put(Variabili.BISOGNO_ESPRESSO, "Chiede gli orari del centro per l'impiego.");
        scheda.put(Variabili.TIPO_RICHIESTA, "RISOLVIBILE");
        var corpo = leggi(verifica(
                client.postJson(
                        "/engine-rest/process-definition/key/PercorsoCittadinoProcess/submit-form",
                        "informativo",
                        "demo",
                        variabili(scheda)),
                200));
        var caso = new Caso(corpo.path("id").asText(), corpo.path("businessKey").asText());
        var compiti = leggi(verifica(
                client.get("/engine-rest/task?processInstanceId=" + caso.istanza(), "informativo", "demo"), 200));
        verifica(
                client.postJson(
                        "/engine-rest/task/" + compiti.get(0).path("id").asText() + "/submit-form",
                        "informativo",
                        "demo",
                        variabili(Map.of(Variabili.RISPOSTA_FORNITA, "Orari consegnati a voce."))),
                204);
        return caso;
    }

    /**
     * Deploys, as the demo administrator, a process of one timer (ISO-8601 {@code durata}) between start and end:
     * the job executor's work made visible, whatever the models of the service.
     */
    public static void deployProcessoConTimer(ClientHttp admin, String chiave, String durata) {
        String modello =
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://prova">
                  <process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <startEvent id="StartEvent_Avvio"/>
                    <sequenceFlow id="SequenceFlow_1" sourceRef="StartEvent_Avvio" targetRef="Timer_Attesa"/>
                    <intermediateCatchEvent id="Timer_Attesa">
                      <timerEventDefinition><timeDuration>%s</timeDuration></timerEventDefinition>
                    </intermediateCatchEvent>
                    <sequenceFlow id="SequenceFlow_2" sourceRef="Timer_Attesa" targetRef="EndEvent_Fine"/>
                    <endEvent id="EndEvent_Fine"/>
                  </process>
                </definitions>
                """
                        .formatted(chiave, durata);
        String confine = "----confine" + System.nanoTime();
        String corpo = "--" + confine + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n"
                + chiave + "\r\n--" + confine + "\r\nContent-Disposition: form-data; name=\"" + chiave
                + ".bpmn\"; filename=\"" + chiave + ".bpmn\"\r\nContent-Type: application/xml\r\n\r\n" + modello
                + "\r\n--" + confine + "--\r\n";
        verifica(
                admin.invia(
                        "POST",
                        "/engine-rest/deployment/create",
                        "admin",
                        "demo",
                        "multipart/form-data; boundary=" + confine,
                        corpo.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                200);
    }

    public static Caso avviaEPrenota(ClientHttp client) {
        var caso = avvia(client);
        prenota(client, caso);
        return caso;
    }

    /** The engine REST API's form shape: {@code {"variables": {"name": {"value": ...}}}}. */
    public static String variabili(Map<String, Object> valori) {
        var variabili = new HashMap<String, Object>();
        valori.forEach((nome, valore) -> variabili.put(nome, Map.of("value", valore)));
        try {
            return JSON.writeValueAsString(Map.of("variables", variabili));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HttpResponse<String> verifica(HttpResponse<String> risposta, int atteso) {
        if (risposta.statusCode() != atteso) {
            throw new IllegalStateException(
                    risposta.request().uri() + " ha risposto " + risposta.statusCode() + ": " + risposta.body());
        }
        return risposta;
    }

    static JsonNode leggi(HttpResponse<String> risposta) {
        try {
            return JSON.readTree(risposta.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
