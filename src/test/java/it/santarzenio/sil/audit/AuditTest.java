package it.santarzenio.sil.audit;

import static it.santarzenio.sil.accesso.CodiciFiscaliDiProva.nuovoCodiceFiscale;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.santarzenio.sil.ApplicazioneSuH2;
import it.santarzenio.sil.ClientHttp;
import it.santarzenio.sil.audit.internal.RigaAudit;
import it.santarzenio.sil.audit.internal.RigaAuditRepository;
import java.lang.reflect.Method;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.annotations.Immutable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The audit trail written for reads and changes of personal data, and read back by the administrators. */
@ApplicazioneSuH2
class AuditTest {

    private final ClientHttp client;
    private final String password;
    private final ObjectMapper json = new ObjectMapper();

    AuditTest(@LocalServerPort int porta, @Value("${sil.demo.password}") String password) {
        this.client = new ClientHttp(porta);
        this.password = password;
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
