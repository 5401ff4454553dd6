package it.santarzenio.sil.configurazione;

import static org.assertj.core.api.Assertions.assertThat;

import it.santarzenio.sil.AvvioSeparato;
import it.santarzenio.sil.ClientHttp;
import it.santarzenio.sil.PostgresEmbedded;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerApplicationContext;

/** The prod profile on a real PostgreSQL, configured only through the variables of the README. */
class ProfiloProduzioneIT {

    private static final String AMMINISTRATORE = "amministratore";
    private static final String PASSWORD = "Cambiami-2026!";

    @Test
    void variabiliImpostate_siAvviaSenzaUtentiDemo() {
        var variabili = Map.of(
                "SIL_DB_URL",
                PostgresEmbedded.url("sil_prod"),
                "SIL_DB_USER",
                PostgresEmbedded.UTENTE,
                "SIL_DB_PASSWORD",
                PostgresEmbedded.PASSWORD,
                "SIL_ADMIN_USER",
                AMMINISTRATORE,
                "SIL_ADMIN_PASSWORD",
                PASSWORD);
        try (var contesto = AvvioSeparato.avvia("prod", variabili)) {
            var identita = contesto.getBean(ProcessEngine.class).getIdentityService();

            assertThat(identita.createUserQuery().list())
                    .extracting(User::getId)
                    .containsExactly(AMMINISTRATORE);
            assertThat(identita.checkPassword(AMMINISTRATORE, PASSWORD)).isTrue();
            assertThat(identita.createUserQuery().memberOfGroup("camunda-admin").count())
                    .isEqualTo(1);
            assertThat(identita.createGroupQuery().count()).isEqualTo(6);

            int porta = ((WebServerApplicationContext) contesto).getWebServer().getPort();
            var client = new ClientHttp(porta);
            assertThat(client.get("/actuator/health/readiness").body()).contains("\"status\":\"UP\"");
            assertThat(ClientHttp.attributiCookie(client.get("/camunda/app/tasklist/default/"), "JSESSIONID"))
                    .contains("secure", "httponly", "samesite=lax");
        }
    }
}
