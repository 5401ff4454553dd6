package it.santarzenio.sil.processo.sicurezza;

import static org.assertj.core.api.Assertions.assertThat;

import it.santarzenio.sil.ApplicazioneSuH2;
import it.santarzenio.sil.ClientHttp;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Hardening seen from outside: security headers on the APIs, and error bodies that say nothing of the internals. */
@ApplicazioneSuH2
class IntestazioniEErroriTest {

    private static final String AVVIO = "/engine-rest/process-definition/key/PercorsoCittadinoProcess/submit-form";

    private final ClientHttp client;
    private final String password;
    private final IdentityService identita;

    IntestazioniEErroriTest(
            @LocalServerPort int porta, @Value("${sil.demo.password}") String password, IdentityService identita) {
        this.client = new ClientHttp(porta);
        this.password = password;
        this.identita = identita;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/agenda?sportello=INFORMATIVO", "/engine-rest/process-definition", "/api/nessuno"})
    void apiEdEngineRest_intestazioniDiSicurezza(String percorso) {
        var risposta = client.get(percorso, "informativo", password);

        var intestazioni = risposta.headers();
        assertThat(intestazioni.firstValue("X-Content-Type-Options"))
                .as(intestazioni.map().toString())
                .hasValue("nosniff");
        assertThat(intestazioni.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(intestazioni.firstValue("Content-Security-Policy"))
                .hasValue("default-src 'none'; frame-ancestors 'none'");
        assertThat(intestazioni.firstValue("Cache-Control"))
                .hasValueSatisfying(valore -> assertThat(valore).contains("no-store"));
        assertThat(intestazioni.firstValue("Referrer-Policy")).hasValue("no-referrer");
    }

    @Test
    void rispostaAnonima401_ancheConIntestazioni() {
        var risposta = client.get("/api/audit");

        assertThat(risposta.statusCode()).isEqualTo(401);
        assertThat(risposta.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    /** The engine's parser names its DTO class in the message (docs/security.md, known gaps): no trace, no SQL. */
    @Test
    void jsonMalformato_400SenzaTracciaNeSql() {
        var risposta = post(AVVIO, "admin", "{\"variables\": {\"nome\": ");

        assertThat(risposta.statusCode()).isEqualTo(400);
        assertNienteDiInterno(risposta);
        assertThat(risposta.body())
                .contains("Il corpo della richiesta non è un JSON leggibile")
                .doesNotContain("Source:", "org.glassfish", "Dto");
    }

    @Test
    void jsonDiFormaInattesa_400SenzaNomiDiClassi() {
        var risposta = post(AVVIO, "admin", "{\"variables\": [1, 2]}");

        assertThat(risposta.statusCode()).isEqualTo(400);
        assertNienteDiInterno(risposta);
        assertThat(risposta.body())
                .contains("Il corpo della richiesta non è un JSON leggibile")
                .doesNotContain("org.camunda", "java.util", "Dto");
    }

    @Test
    void valoreFuoriEnumerazione_400ConMessaggioItaliano() {
        var risposta = post(
                AVVIO,
                "informativo",
                """
                {"variables": {"codiceFiscale": {"value": "RSSMRA80A01H501U"}, "nome": {"value": "Mario"},
                 "cognome": {"value": "Rossi"}, "dataNascita": {"value": "1980-01-01"},
                 "informativaPrivacy": {"value": true}, "bisognoEspresso": {"value": "Lavoro"},
                 "tipoRichiesta": {"value": "URGENTE"}}}
                """);

        assertThat(risposta.statusCode()).isEqualTo(400);
        assertThat(risposta.body()).contains("Il valore «URGENTE» non è ammesso per il campo «tipoRichiesta»");
        assertNienteDiInterno(risposta);
    }

    /** A second grant of the same resource to the same group violates a unique index of ACT_RU_AUTHORIZATION. */
    @Test
    void violazioneDiUnVincoloDelDatabase_senzaSqlNelCorpo() {
        var risposta = post(
                "/engine-rest/authorization/create",
                "admin",
                """
                {"type": 1, "permissions": ["ACCESS"], "groupId": "sportello-informativo",
                 "resourceType": 0, "resourceId": "tasklist"}
                """);

        assertThat(risposta.statusCode()).isGreaterThanOrEqualTo(400);
        assertNienteDiInterno(risposta);
    }

    @Test
    void erroreDiUnaApiNostra_problemDetailSenzaTraccia() {
        var risposta = client.get("/api/agenda?sportello=INFORMATIVO&dal=ieri", "informativo", password);

        assertThat(risposta.statusCode()).isEqualTo(400);
        assertNienteDiInterno(risposta);
    }

    /** After a wrong password the engine refuses even the right one for a while, at every door. */
    @Test
    void passwordSbagliata_ancheQuellaGiustaRespintaPerQualcheSecondo() {
        String utente = "tentativi-" + System.nanoTime();
        var nuovo = identita.newUser(utente);
        nuovo.setPassword("una-password-lunga-123");
        identita.saveUser(nuovo);
        try {
            assertThat(client.get("/api/agenda?sportello=INFORMATIVO", utente, "sbagliata")
                            .statusCode())
                    .isEqualTo(401);

            assertThat(client.get("/engine-rest/process-definition", utente, "una-password-lunga-123")
                            .statusCode())
                    .isEqualTo(401);
            identita.unlockUser(utente);
            assertThat(client.get("/engine-rest/process-definition", utente, "una-password-lunga-123")
                            .statusCode())
                    .isEqualTo(200);
        } finally {
            identita.deleteUser(utente);
        }
    }

    private HttpResponse<String> post(String percorso, String utente, String corpo) {
        return client.invia(
                "POST", percorso, utente, password, "application/json", corpo.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertNienteDiInterno(HttpResponse<String> risposta) {
        assertThat(risposta.body())
                .as(risposta.body())
                .doesNotContain("\tat ", "at org.", "at java.", ".java:")
                .doesNotContainIgnoringCase("insert into")
                .doesNotContainIgnoringCase("select ")
                .doesNotContain("ACT_", "SQL", "org.hibernate", "org.springframework", "org.postgresql", "org.h2");
    }
}
