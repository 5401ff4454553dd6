package it.santarzenio.sil.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's PostgreSQL 16: the embedded binaries the tests use, but with a data directory that outlives the
 * run (~/.cache/sil-benchmark by default, -Dbenchmark.dati=...), so that a seeded database is built once and reused
 * while the code it was seeded with does not change. zonky starts the server with fsync off (-F), for the
 * application and the bare engine alike.
 */
final class ServerPostgres implements AutoCloseable {

    static final String UTENTE = "postgres";
    static final String PASSWORD = "postgres";

    private final EmbeddedPostgres server;

    ServerPostgres(Path dati) {
        try {
            Files.createDirectories(dati);
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(dati)
                    .setCleanDataDirectory(false)
                    // As a production server would be sized for a region, not the 128MB default of initdb.
                    .setServerConfig("shared_buffers", "512MB")
                    // The settings docker-compose.yml gives the production server (ADR 0019).
                    .setServerConfig("random_page_cost", "1.1")
                    .setServerConfig("effective_cache_size", "2GB")
                    .setServerConfig("work_mem", "16MB")
                    .setServerConfig("max_connections", "200")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL del benchmark non si avvia", e);
        }
    }

    String url(String database) {
        return server.getJdbcUrl(UTENTE, database);
    }

    Connection connessione(String database) throws SQLException {
        return server.getDatabase(UTENTE, database).getConnection();
    }

    boolean esiste(String database) throws SQLException {
        try (var c = server.getPostgresDatabase().getConnection();
                var s = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            s.setString(1, database);
            try (var r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    List<String> database(String prefisso) throws SQLException {
        var nomi = new ArrayList<String>();
        try (var c = server.getPostgresDatabase().getConnection();
                var s = c.prepareStatement("select datname from pg_database where datname like ?")) {
            s.setString(1, prefisso + "%");
            try (var r = s.executeQuery()) {
                while (r.next()) {
                    nomi.add(r.getString(1));
                }
            }
        }
        return nomi;
    }

    void esegui(String sql) throws SQLException {
        try (var c = server.getPostgresDatabase().getConnection();
                var s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** A copy of {@code modello} (a file copy, much faster than seeding again), or an empty database. */
    void crea(String database, String modello) throws SQLException {
        esegui("DROP DATABASE IF EXISTS \"" + database + "\" WITH (FORCE)");
        esegui("CREATE DATABASE \"" + database + "\"" + (modello == null ? "" : " TEMPLATE \"" + modello + "\""));
    }

    void elimina(String database) throws SQLException {
        esegui("DROP DATABASE IF EXISTS \"" + database + "\" WITH (FORCE)");
    }

    long dimensione(String database) throws SQLException {
        try (var c = server.getPostgresDatabase().getConnection();
                var s = c.prepareStatement("select pg_database_size(?)")) {
            s.setString(1, database);
            try (var r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
