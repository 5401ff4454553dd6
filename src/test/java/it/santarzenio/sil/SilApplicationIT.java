package it.santarzenio.sil;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@ApplicazioneSuPostgres
class SilApplicationIT {

    private final ClientHttp client;
    private final JdbcTemplate jdbc;
    private final Flyway flyway;
    private final String password;

    SilApplicationIT(
            @LocalServerPort int porta,
            JdbcTemplate jdbc,
            Flyway flyway,
            @Value("${sil.demo.password}") String password) {
        this.client = new ClientHttp(porta);
        this.jdbc = jdbc;
        this.flyway = flyway;
        this.password = password;
    }

    @Test
    void avvioSuPostgres_engineCreaLeSueTabelle() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL 16");
        assertThat(jdbc.queryForList(
                        "select table_name from information_schema.tables where table_schema = current_schema()",
                        String.class))
                .contains("act_ru_task", "act_hi_procinst", "act_id_user", "act_ru_authorization", "act_ru_filter");
    }

    @Test
    void migrazioniFlyway_tutteApplicateSuPostgres() {
        assertThat(jdbc.queryForObject(
                        "select count(*) from information_schema.tables where table_name = 'sil_schema_history'",
                        Integer.class))
                .as("Flyway ran and owns its history table")
                .isEqualTo(1);
        var migrazioni = flyway.info();
        assertThat(migrazioni.pending()).as("migrazioni in attesa").isEmpty();
        // A migration skipped by a baseline would show as BELOW_BASELINE or IGNORED, never as SUCCESS.
        assertThat(Arrays.stream(migrazioni.all())
                        .filter(migrazione -> migrazione.getVersion() != null)
                        .filter(migrazione -> !migrazione.getType().isBaseline())
                        .map(migrazione -> migrazione.getVersion() + " " + migrazione.getState()))
                .allMatch(riga -> riga.endsWith("SUCCESS"));
        assertThat(flyway.getConfiguration().getTable()).isEqualTo("sil_schema_history");
    }

    @Test
    void operatoreDemo_leggeLeDefinizioniSuPostgres() {
        assertThat(client.get("/engine-rest/process-definition", "informativo", password)
                        .statusCode())
                .isEqualTo(200);
        assertThat(client.get("/engine-rest/process-definition").statusCode()).isEqualTo(401);
    }
}
