package it.santarzenio.sil;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One real PostgreSQL server per test JVM, from the binaries that Maven brings (no Docker). Each caller asks for a
 * database by name, so tests that must start from an empty schema take their own and nothing leaks between them.
 *
 * <p>As root, zonky runs initdb and postgres through {@code unshare -U} (PostgreSQL refuses uid 0), so CI needs
 * nothing installed.
 */
public final class PostgresEmbedded {

    public static final String UTENTE = "postgres";
    // The server trusts local connections; a password is still set because the prod profile requires one.
    public static final String PASSWORD = "postgres";

    private static EmbeddedPostgres server;
    private static final Set<String> DATABASE = new HashSet<>();

    private PostgresEmbedded() {}

    /** The JDBC URL of database {@code nome}, created empty on first request. */
    public static synchronized String url(String nome) {
        if (server == null) {
            try {
                // zonky stops the server from its own JVM shutdown hook.
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("PostgreSQL embedded non si avvia", e);
            }
        }
        if (DATABASE.add(nome)) {
            try (var connessione = server.getPostgresDatabase().getConnection();
                    var istruzione = connessione.createStatement()) {
                istruzione.execute("CREATE DATABASE \"" + nome + "\"");
            } catch (SQLException e) {
                throw new IllegalStateException("Database " + nome + " non creato", e);
            }
        }
        return server.getJdbcUrl(UTENTE, nome);
    }

    /** Points the Spring context at database {@code sil} of the shared server; see {@link ApplicazioneSuPostgres}. */
    static class Inizializzatore implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext contesto) {
            TestPropertyValues.of(
                            "spring.datasource.url=" + url("sil"),
                            "spring.datasource.username=" + UTENTE,
                            "spring.datasource.password=" + PASSWORD)
                    .applyTo(contesto);
        }
    }
}
