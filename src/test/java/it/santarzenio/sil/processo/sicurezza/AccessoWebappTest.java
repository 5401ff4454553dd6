package it.santarzenio.sil.processo.sicurezza;

import static org.assertj.core.api.Assertions.assertThat;

import it.santarzenio.sil.ApplicazioneSuH2;
import it.santarzenio.sil.ClientHttp;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each demo user logs into exactly the webapps of its group (design.md section 2), through the login the webapps'
 * own page uses, CSRF token included.
 */
@ApplicazioneSuH2
class AccessoWebappTest {

    private final int porta;
    private final String password;
    private final IdentityService identita;

    AccessoWebappTest(
            @LocalServerPort int porta, @Value("${sil.demo.password}") String password, IdentityService identita) {
        this.porta = porta;
        this.password = password;
        this.identita = identita;
    }

    /** A wrong password locks the account for a few seconds (engine brute-force delay): other tests need it. */
    @AfterEach
    void sbloccaInformativo() {
        identita.unlockUser("informativo");
    }

    @ParameterizedTest(name = "{0}: tasklist {1}, cockpit {2}, admin {3}")
    @CsvSource({
        "informativo,   200, 403, 403",
        "specialistico, 200, 403, 403",
        "partner,       200, 403, 403",
        "cabina,        200, 403, 403",
        "responsabile,  403, 200, 403",
        "admin,         200, 200, 200"
    })
    void utenteDemo_entraSoloNelleWebappDelSuoGruppo(String utente, int tasklist, int cockpit, int admin) {
        assertThat(login("tasklist", utente)).as("tasklist").isEqualTo(tasklist);
        assertThat(login("cockpit", utente)).as("cockpit").isEqualTo(cockpit);
        assertThat(login("admin", utente)).as("admin").isEqualTo(admin);
    }

    @Test
    void loginRiuscito_sessioneDellOperatoreConLeSueApp() {
        var sessione = new ClientHttp(porta);
        assertThat(sessione.loginWebapp("tasklist", "informativo", password).statusCode())
                .isEqualTo(200);

        var utente = sessione.get("/camunda/api/admin/auth/user/default");

        assertThat(utente.statusCode()).isEqualTo(200);
        assertThat(utente.body()).contains("\"userId\":\"informativo\"").contains("\"tasklist\"");
        assertThat(utente.body()).doesNotContain("\"cockpit\"");
    }

    @Test
    void passwordSbagliata_401() {
        assertThat(new ClientHttp(porta)
                        .loginWebapp("tasklist", "informativo", password + "x")
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void loginSenzaTokenCsrf_respinto() {
        var sessione = new ClientHttp(porta);

        var risposta = sessione.loginWebappSenzaToken("tasklist", "informativo", password);

        assertThat(sessione.tokenCsrf()).as("the GET handed out a token").isPresent();
        assertThat(risposta.statusCode()).isEqualTo(403);
    }

    @Test
    void cookieDiSessione_httpOnlyESameSite() {
        var risposta = new ClientHttp(porta).get("/camunda/app/tasklist/default/");

        assertThat(ClientHttp.attributiCookie(risposta, "JSESSIONID"))
                .contains("httponly", "samesite=lax")
                .as("plain HTTP in the demo profile")
                .doesNotContain("secure");
    }

    private int login(String app, String utente) {
        return new ClientHttp(porta).loginWebapp(app, utente, password).statusCode();
    }
}
