package it.santarzenio.sil.processo.sicurezza;

import static org.assertj.core.api.Assertions.assertThat;

import it.santarzenio.sil.ApplicazioneSuH2;
import it.santarzenio.sil.ClientHttp;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The doors of SicurezzaWebConfig, seen from outside: who gets in, who is told who they are, who is refused. */
@ApplicazioneSuH2
class SicurezzaWebConfigTest {

    private static final String DEFINIZIONI = "/engine-rest/process-definition";

    private final ClientHttp client;
    private final String password;
    private final IdentityService identita;

    SicurezzaWebConfigTest(
            @LocalServerPort int porta, @Value("${sil.demo.password}") String password, IdentityService identita) {
        this.client = new ClientHttp(porta);
        this.password = password;
        this.identita = identita;
    }

    /** A wrong password locks the account for a few seconds (engine brute-force delay): other tests need it. */
    @AfterEach
    void sbloccaInformativo() {
        identita.unlockUser("informativo");
    }

    @Test
    void engineRestAnonimo_401ConSfidaBasic() {
        var risposta = client.get(DEFINIZIONI);

        assertThat(risposta.statusCode()).isEqualTo(401);
        assertThat(risposta.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(sfida -> assertThat(sfida).startsWith("Basic"));
    }

    @Test
    void engineRestUtenteDemo_200() {
        assertThat(client.get(DEFINIZIONI, "informativo", password).statusCode())
                .isEqualTo(200);
    }

    @Test
    void engineRestPasswordSbagliata_401() {
        assertThat(client.get(DEFINIZIONI, "informativo", password + "-sbagliata")
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void engineRestUtenteInesistente_401() {
        assertThat(client.get(DEFINIZIONI, "sconosciuto", password).statusCode())
                .isEqualTo(401);
    }

    @Test
    void partnerCreaUnUtente_403DalleAutorizzazioniEngine() {
        var risposta = client.postJson(
                "/engine-rest/user/create",
                "partner",
                password,
                """
                {"profile": {"id": "intruso", "firstName": "In", "lastName": "Truso"},
                 "credentials": {"password": "intruso-1234"}}
                """);

        assertThat(risposta.statusCode()).isEqualTo(403);
        assertThat(client.get("/engine-rest/user/count?id=intruso", "admin", password)
                        .body())
                .contains("\"count\":0");
    }

    @Test
    void responsabileLeggeMaNonModifica_403SuCreazioneGruppo() {
        var risposta = client.postJson(
                "/engine-rest/group/create", "responsabile", password, "{\"id\": \"abusivi\", \"name\": \"Abusivi\"}");

        assertThat(risposta.statusCode()).isEqualTo(403);
    }

    @Test
    void apiAnonima_401() {
        var risposta = client.get("/api/cittadini");

        assertThat(risposta.statusCode()).isEqualTo(401);
        assertThat(risposta.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(sfida -> assertThat(sfida).startsWith("Basic"));
    }

    @Test
    void apiPasswordSbagliata_401() {
        assertThat(client.get("/api/cittadini", "informativo", "sbagliata").statusCode())
                .isEqualTo(401);
    }

    @Test
    void apiAutenticataPercorsoInesistente_404() {
        assertThat(client.get("/api/percorso-che-non-esiste", "informativo", password)
                        .statusCode())
                .isEqualTo(404);
    }
}
