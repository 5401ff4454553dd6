package it.santarzenio.sil;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
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
        var migrazioni = Arrays.stream(flyway.info().all())
                .filter(migrazione -> migrazione.getVersion() != null)
                .toList();

        assertThat(flyway.getConfiguration().getTable()).isEqualTo("sil_schema_history");
        // A migration skipped by a baseline shows as BELOW_BASELINE or IGNORED, and a baseline row is no script.
        assertThat(migrazioni).as("db/migration").isNotEmpty().allSatisfy(migrazione -> assertThat(
                        migrazione.getState())
                .as(migrazione.getScript())
                .isEqualTo(MigrationState.SUCCESS));
        assertThat(jdbc.queryForObject(
                        "select count(*) from sil_schema_history where success and version is not null", Integer.class))
                .isEqualTo(migrazioni.size());
        assertThat(jdbc.queryForList(
                        "select table_name from information_schema.tables where table_schema = current_schema()"
                                + " and table_name not like 'act\\_%' and table_name <> 'sil_schema_history'",
                        String.class))
                .as("domain tables")
                .isNotEmpty();
    }

    @Test
    void operatoreDemo_leggeLeDefinizioniSuPostgres() {
        assertThat(client.get("/engine-rest/process-definition", "informativo", password)
                        .statusCode())
                .isEqualTo(200);
        assertThat(client.get("/engine-rest/process-definition").statusCode()).isEqualTo(401);
    }
}
