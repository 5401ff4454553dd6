package it.santarzenio.sil.audit;

import static it.santarzenio.sil.accesso.CodiciFiscaliDiProva.nuovoCodiceFiscale;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.santarzenio.sil.ApplicazioneSuH2;
import it.santarzenio.sil.ClientHttp;
import it.santarzenio.sil.accesso.AccessoService;
import it.santarzenio.sil.accesso.SchedaAccesso;
import it.santarzenio.sil.accesso.TipoRichiesta;
import it.santarzenio.sil.audit.internal.RigaAudit;
import it.santarzenio.sil.audit.internal.RigaAuditRepository;
import java.lang.reflect.Method;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.Immutable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The audit trail written for reads and changes of personal data, and read back by the administrators. */
@ApplicazioneSuH2
class AuditTest {

    private final int porta;
    private final ClientHttp client;
    private final String password;
    private final AccessoService accessi;
    private final ObjectMapper json = new ObjectMapper();

    AuditTest(@LocalServerPort int porta, @Value("${sil.demo.password}") String password, AccessoService accessi) {
        this.porta = porta;
        this.client = new ClientHttp(porta);
        this.password = password;
        this.accessi = accessi;
    }

    @Test
    void nuovoCittadinoDaTasklistORest_rigaCreazioneConUtenteEIndirizzo_poiModificaAlRitorno() throws Exception {
        String codice = nuovoCodiceFiscale();
        assertThat(avvia(codice).statusCode()).isEqualTo(200);
        assertThat(avvia(codice).statusCode()).isEqualTo(200);

        JsonNode righe = audit("?utente=informativo&cittadino=" + codice);

        assertThat(righe).hasSize(2);
        var modifica = righe.get(0);
        var creazione = righe.get(1);
        assertThat(creazione.path("azione").asText()).isEqualTo("CREAZIONE");
        assertThat(modifica.path("azione").asText()).isEqualTo("MODIFICA");
        assertThat(creazione.path("utente").asText()).isEqualTo("informativo");
        assertThat(creazione.path("entita").asText()).isEqualTo("cittadino");
        assertThat(creazione.path("entitaId").asText())
                .isEqualTo(creazione.path("cittadinoId").asText());
        assertThat(creazione.path("indirizzo").asText()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(creazione.path("registratoIl").asText()).isNotBlank();
        assertThat(righe.toString()).as("no personal data in the trail").doesNotContain(codice, "Lucia");
    }

    @Test
    void letturaDellAgenda_rigaLettura() throws Exception {
        assertThat(client.get("/api/agenda?sportello=INFORMATIVO&dal=2031-03-03", "informativo", password)
                        .statusCode())
                .isEqualTo(200);

        JsonNode righe = audit("?utente=informativo&dal=" + LocalDate.now().minusDays(1));

        assertThat(righe.findValuesAsText("entitaId")).contains("INFORMATIVO 2031-03-03/2031-03-09");
    }

    @Test
    void cartellaSociale_letturaENuoviNoteEDocumenti_unaRigaCiascunoColCittadino() throws Exception {
        String codice = nuovoCodiceFiscale();
        String pratica = praticaPresaInCarico(codice);
        String cartella = "/api/pratiche/" + pratica + "/cartella-sociale";
        var nota = client.postJson(cartella + "/note", "specialistico", password, "{\"testo\": \"Nota riservata\"}");
        assertThat(nota.statusCode()).as(nota.body()).isEqualTo(201);
        var documento = client.invia(
                "POST",
                cartella + "/documenti",
                "informativo",
                password,
                "multipart/form-data; boundary=confine",
                ("--confine\r\nContent-Disposition: form-data; name=\"file\"; filename=\"nota.txt\"\r\n"
                                + "Content-Type: text/plain\r\n\r\nRelazione dei servizi\r\n--confine--\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(documento.statusCode()).as(documento.body()).isEqualTo(201);
        String idDocumento = json.readTree(documento.body()).path("id").asText();
        assertThat(client.get(cartella, "cabina", password).statusCode()).isEqualTo(200);
        assertThat(client.get(cartella + "/documenti/" + idDocumento, "specialistico", password)
                        .statusCode())
                .isEqualTo(200);
        var negata = client.postJson(cartella + "/note", "informativo", password, "{\"testo\": \" \"}");
        assertThat(negata.statusCode()).isEqualTo(400);

        JsonNode righe = audit("?cittadino=" + codice);

        assertThat(righe(righe, "CREAZIONE"))
                .containsExactlyInAnyOrder(
                        "specialistico nota cartella sociale "
                                + json.readTree(nota.body()).path("id").asText(),
                        "informativo documento cartella sociale " + idDocumento);
        assertThat(righe(righe, "LETTURA"))
                .containsExactlyInAnyOrder(
                        "cabina cartella sociale " + pratica,
                        "specialistico documento cartella sociale " + idDocumento);
        assertThat(righe.findValuesAsText("indirizzo")).allMatch(indirizzo -> !indirizzo.isBlank());
        assertThat(righe.toString()).as("no personal data in the trail").doesNotContain(codice, "Nota riservata");
    }

    @Test
    void abbinamento_letturaDelProfiloEDelleSegnalazioniEScritture_unaRigaCiascuna() throws Exception {
        String codice = nuovoCodiceFiscale();
        String pratica = praticaPresaInCarico(codice);
        String base = "/api/pratiche/" + pratica;
        var desiderate = client.invia(
                "PUT",
                base + "/professioni-desiderate",
                "specialistico",
                password,
                "application/json",
                "{\"professioniDesiderate\": [\"8.1.3\"]}".getBytes(StandardCharsets.UTF_8));
        assertThat(desiderate.statusCode()).as(desiderate.body()).isEqualTo(200);
        var offerta = client.postJson("/api/offerte", "partner", password, offerta());
        assertThat(offerta.statusCode()).as(offerta.body()).isEqualTo(201);
        var segnalazione = client.postJson(
                base + "/segnalazioni",
                "partner",
                password,
                "{\"offertaId\": %s, \"data\": \"%s\", \"esito\": \"COLLOQUIO_FISSATO\"}"
                        .formatted(json.readTree(offerta.body()).path("id"), LocalDate.now()));
        assertThat(segnalazione.statusCode()).as(segnalazione.body()).isEqualTo(201);
        assertThat(client.get(base + "/abbinamento", "partner", password).statusCode())
                .isEqualTo(200);
        assertThat(client.get(base + "/segnalazioni", "informativo", password).statusCode())
                .isEqualTo(200);
        assertThat(client.get(base + "/abbinamento", "cabina", password).statusCode())
                .isEqualTo(403);

        JsonNode righe = audit("?cittadino=" + codice);

        assertThat(righe(righe, "MODIFICA")).containsExactly("specialistico professioni desiderate " + pratica);
        assertThat(righe(righe, "CREAZIONE"))
                .containsExactly("partner segnalazione "
                        + json.readTree(segnalazione.body()).path("id").asText());
        assertThat(righe(righe, "LETTURA"))
                .containsExactlyInAnyOrder(
                        "partner profilo di abbinamento " + pratica, "informativo segnalazioni " + pratica);
    }

    /**
     * Opening a task in Tasklist loads its form variables through the webapp's engine API; REST clients read them
     * through /engine-rest. Each allowed read is one row naming the case and its citizen; a refused one none.
     */
    @Test
    void variabiliLetteDaTasklistODaRest_unaRigaPerLetturaAmmessa() throws Exception {
        String codice = nuovoCodiceFiscale();
        var avvio = json.readTree(avvia(codice).body());
        String pratica = avvio.path("businessKey").asText();
        String istanza = avvio.path("id").asText();
        var compiti = client.get("/engine-rest/task?processInstanceId=" + istanza, "informativo", password);
        String compito = json.readTree(compiti.body()).get(0).path("id").asText();
        String moduloDelCompito = "/task/" + compito + "/form-variables";

        assertThat(client.get("/engine-rest" + moduloDelCompito, "informativo", password)
                        .statusCode())
                .isEqualTo(200);
        assertThat(client.get("/engine-rest" + moduloDelCompito, "specialistico", password)
                        .statusCode())
                .isEqualTo(403);
        assertThat(client.get("/engine-rest/process-instance/" + istanza + "/variables", "admin", password)
                        .statusCode())
                .isEqualTo(200);
        assertThat(client.get("/engine-rest/process-instance/" + istanza + "/variables", "informativo", password)
                        .statusCode())
                .isEqualTo(403);
        assertThat(client.get("/engine-rest/task/" + compito + "/variables/nome", "informativo", password)
                        .statusCode())
                .isEqualTo(200);
        assertThat(client.get("/engine-rest/history/variable-instance?processInstanceId=" + istanza, "admin", password)
                        .statusCode())
                .isEqualTo(200);
        assertThat(client.postJson(
                                "/engine-rest/variable-instance",
                                "admin",
                                password,
                                "{\"processInstanceIdIn\": [\"" + istanza + "\"]}")
                        .statusCode())
                .isEqualTo(200);
        var variabili = json.readTree(client.get(
                        "/engine-rest/variable-instance?processInstanceIdIn=" + istanza + "&variableName=nome",
                        "admin",
                        password)
                .body());
        assertThat(client.get(
                                "/engine-rest/variable-instance/"
                                        + variabili.get(0).path("id").asText(),
                                "admin",
                                password)
                        .statusCode())
                .isEqualTo(200);
        var tasklist = new ClientHttp(porta);
        assertThat(tasklist.loginWebapp("tasklist", "informativo", password).statusCode())
                .isEqualTo(200);
        assertThat(tasklist.get("/camunda/api/engine/engine/default" + moduloDelCompito)
                        .statusCode())
                .isEqualTo(200);

        JsonNode righe = audit("?cittadino=" + codice);

        var letture = new ArrayList<String>();
        righe.forEach(riga -> {
            if (riga.path("azione").asText().equals("LETTURA")) {
                letture.add(
                        riga.path("utente").asText() + " " + riga.path("entita").asText() + " "
                                + riga.path("entitaId").asText() + ": "
                                + riga.path("dettaglio").asText());
                assertThat(riga.path("cittadinoId").isIntegralNumber()).isTrue();
                assertThat(riga.path("indirizzo").asText()).isNotBlank();
            }
        });
        assertThat(letture)
                .containsExactlyInAnyOrder(
                        "informativo pratica " + pratica
                                + ": dati del modulo del compito Task_RispostaRichiesta (REST)",
                        "admin pratica " + pratica + ": variabili del processo PercorsoCittadinoProcess (REST)",
                        "informativo pratica " + pratica + ": variabili del compito Task_RispostaRichiesta (REST)",
                        "informativo pratica " + pratica
                                + ": dati del modulo del compito Task_RispostaRichiesta (Tasklist/Cockpit)",
                        "admin pratica " + pratica + ": variabili nella consultazione history/variable-instance (REST)",
                        "admin pratica " + pratica + ": variabili nella consultazione variable-instance (REST)",
                        "admin pratica " + pratica + ": variabili nella consultazione variable-instance (REST)",
                        "admin pratica " + pratica + ": variabile nome (REST)");
    }

    @Test
    void filtriSbagliati_400ConMessaggioItaliano() throws Exception {
        var risposta = client.get("/api/audit?dal=ieri", "admin", password);

        assertThat(risposta.statusCode()).isEqualTo(400);
        assertThat(json.readTree(risposta.body()).path("detail").asText())
                .isEqualTo("Il giorno 'dal' deve essere una data nella forma 2026-12-07, non 'ieri'.");
    }

    /** The application has no path that changes or deletes a row: the repository has none, the entity is immutable. */
    @Test
    void registroSoloInAggiunta() {
        assertThat(Arrays.stream(RigaAuditRepository.class.getMethods()).map(Method::getName))
                .containsOnly("save", "cerca");
        assertThat(RigaAudit.class).hasAnnotation(Immutable.class);
        assertThat(Arrays.stream(RigaAudit.class.getDeclaredMethods()).map(Method::getName))
                .noneMatch(nome -> nome.startsWith("set"));
    }

    /** "utente entita entitaId" of the rows with this action, but the scheda d'accesso's that opened the case. */
    private static List<String> righe(JsonNode righe, String azione) {
        var scelte = new ArrayList<String>();
        righe.forEach(riga -> {
            if (riga.path("azione").asText().equals(azione)
                    && !riga.path("entita").asText().equals("cittadino")) {
                scelte.add(
                        riga.path("utente").asText() + " " + riga.path("entita").asText() + " "
                                + riga.path("entitaId").asText());
            }
        });
        return scelte;
    }

    private String praticaPresaInCarico(String codice) {
        String pratica = accessi.nuovoNumeroPratica();
        var registrato = accessi.registra(
                new SchedaAccesso(
                        codice,
                        "Lucia",
                        "Esposito",
                        LocalDate.of(1988, 4, 21),
                        null,
                        null,
                        true,
                        "Cerca lavoro.",
                        TipoRichiesta.PERCORSO,
                        true,
                        null),
                pratica,
                "informativo");
        accessi.apriSchedaUtente(pratica, registrato.cittadinoId(), "informativo");
        return pratica;
    }

    private static String offerta() {
        return """
                {"datoreLavoro": "Logistica Arzenese Srl", "titolo": "Magazziniere", "codiceProfessione": "8.1.3",
                 "comune": "Sant'Arzenio", "tipoContratto": "TEMPO_DETERMINATO", "oreSettimanali": 38,
                 "validaDal": "%s", "validaAl": "%s"}"""
                .formatted(LocalDate.now().minusDays(1), LocalDate.now().plusMonths(1));
    }

    private JsonNode audit(String filtri) throws Exception {
        var risposta = client.get("/api/audit" + filtri, "admin", password);
        assertThat(risposta.statusCode()).as(risposta.body()).isEqualTo(200);
        return json.readTree(risposta.body());
    }

    private HttpResponse<String> avvia(String codice) throws Exception {
        var variabili = new LinkedHashMap<String, Object>();
        Map.of(
                        "codiceFiscale", codice,
                        "nome", "Lucia",
                        "cognome", "Esposito",
                        "dataNascita", "1988-04-21",
                        "informativaPrivacy", true,
                        "bisognoEspresso", "Cerca lavoro.",
                        "tipoRichiesta", "RISOLVIBILE")
                .forEach((nome, valore) -> variabili.put(nome, Map.of("value", valore)));
        return client.invia(
                "POST",
                "/engine-rest/process-definition/key/PercorsoCittadinoProcess/submit-form",
                "informativo",
                password,
                "application/json",
                json.writeValueAsString(Map.of("variables", variabili)).getBytes(StandardCharsets.UTF_8));
    }
}
