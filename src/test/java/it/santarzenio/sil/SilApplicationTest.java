package it.santarzenio.sil;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@ApplicazioneSuH2
class SilApplicationTest {

    private final ClientHttp client;
    private final JdbcTemplate jdbc;
    private final ProcessEngine engine;

    SilApplicationTest(@LocalServerPort int porta, DataSource dataSource, ProcessEngine engine) {
        this.client = new ClientHttp(porta);
        this.jdbc = new JdbcTemplate(dataSource);
        this.engine = engine;
    }

    @Test
    void avvioSuH2_prontoConEngineSullaStessaBase() throws Exception {
        try (var connessione = jdbc.getDataSource().getConnection()) {
            assertThat(connessione.getMetaData().getDatabaseProductName()).isEqualTo("H2");
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from information_schema.tables where upper(table_name) = 'ACT_RU_TASK'",
                        Integer.class))
                .isEqualTo(1);
        assertThat(engine.getIdentityService()
                        .createUserQuery()
                        .userId("informativo")
                        .count())
                .isEqualTo(1);
    }

    @Test
    void sondeActuator_rispondonoUpSenzaAutenticazione() {
        for (String sonda :
                new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            var risposta = client.get(sonda);
            assertThat(risposta.statusCode()).as(sonda).isEqualTo(200);
            assertThat(risposta.body()).as(sonda).contains("\"status\":\"UP\"");
        }
    }

    @Test
    void altriEndpointActuator_negati() {
        assertThat(client.get("/actuator/env").statusCode()).isEqualTo(403);
    }
}
