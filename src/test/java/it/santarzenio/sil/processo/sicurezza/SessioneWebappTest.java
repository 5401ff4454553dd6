package it.santarzenio.sil.processo.sicurezza;

import static org.assertj.core.api.Assertions.assertThat;

import it.santarzenio.sil.ApplicazioneSuH2;
import it.santarzenio.sil.ClientHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * /api in the webapps' session (SessioneWebappFilter), as the Fascicolo plugin calls it from Tasklist: no second
 * login, the user's groups decide as for Basic, and a change needs the session's CSRF token.
 */
@ApplicazioneSuH2
class SessioneWebappTest {

    private static final String PRATICA = "/api/pratiche/SIL-2099-999998";

    private final int porta;
    private final String password;

    SessioneWebappTest(@LocalServerPort int porta, @Value("${sil.demo.password}") String password) {
        this.porta = porta;
        this.password = password;
    }

    @Test
    void sessioneDiTasklist_valePerApiSenzaSecondoLogin() {
        var client = new ClientHttp(porta);
        assertThat(client.get(PRATICA + "/fascicolo").statusCode()).isEqualTo(401);

        assertThat(client.loginWebapp("tasklist", "informativo", password).statusCode())
                .isEqualTo(200);

        // Past the door, to a case that does not exist.
        assertThat(client.get(PRATICA + "/fascicolo").statusCode()).isEqualTo(404);
        assertThat(client.get("/api/cittadini?q=zz").statusCode()).isEqualTo(200);
    }

    @Test
    void unaModificaNellaSessione_senzaTokenCsrf403_colToken_passa() {
        var client = new ClientHttp(porta);
        client.loginWebapp("tasklist", "specialistico", password);
        // The login gives the session a new id and token, which the next page of Tasklist brings to the cookie.
        client.get("/camunda/api/admin/auth/user/default");
        String nota = "{\"testo\": \"Nota dalla sessione\"}";

        var senzaToken =
                client.inviaNellaSessione("POST", PRATICA + "/cartella-sociale/note", "application/json", nota, false);
        var colToken =
                client.inviaNellaSessione("POST", PRATICA + "/cartella-sociale/note", "application/json", nota, true);

        assertThat(senzaToken.statusCode()).isEqualTo(403);
        assertThat(senzaToken.body()).contains("codice di sicurezza della sessione");
        assertThat(colToken.statusCode()).as(colToken.body()).isEqualTo(404);
        assertThat(colToken.body()).contains("SIL-2099-999998");
    }

    @Test
    void laSessioneNonDaPiuDirittiDelGruppo() {
        var partner = new ClientHttp(porta);
        partner.loginWebapp("tasklist", "partner", password);
        var cabina = new ClientHttp(porta);
        cabina.loginWebapp("tasklist", "cabina", password);
        cabina.get("/camunda/api/admin/auth/user/default");

        assertThat(partner.get(PRATICA + "/fascicolo").statusCode()).isEqualTo(403);
        assertThat(cabina.get(PRATICA + "/fascicolo").statusCode()).isEqualTo(404);
        assertThat(cabina.get("/api/cittadini?q=zz").statusCode()).isEqualTo(403);
        assertThat(cabina.inviaNellaSessione(
                                "POST",
                                PRATICA + "/cartella-sociale/note",
                                "application/json",
                                "{\"testo\": \"x\"}",
                                true)
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void unaRichiestaCheIlBrowserSegnaDaUnAltroSito_nonUsaLaSessione() {
        var client = new ClientHttp(porta);
        client.loginWebapp("tasklist", "informativo", password);

        assertThat(client.get(PRATICA + "/fascicolo", java.util.Map.of("Sec-Fetch-Site", "same-origin"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(client.get(PRATICA + "/fascicolo", java.util.Map.of("Sec-Fetch-Site", "cross-site"))
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void dopoIlLogout_401() {
        var client = new ClientHttp(porta);
        client.loginWebapp("tasklist", "informativo", password);
        client.inviaNellaSessione("POST", "/camunda/api/admin/auth/user/default/logout", null, null, true);

        assertThat(client.get(PRATICA + "/fascicolo").statusCode()).isEqualTo(401);
    }
}
