package it.santarzenio.sil;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The backup of README "Affidabilità", run as an operator runs it: {@code deploy/backup.sh} while a node works on the
 * database, {@code deploy/ripristino.sh} of that dump into an empty database, a node started on the copy. The cases
 * open before the backup are where they were, the domain rows are the same, and the work goes on: an appointment is
 * booked, an assessment recorded, a new case opened.
 *
 * <p>The scripts run in their mode without Compose ({@code PGHOST} set), with the {@code pg_dump} and
 * {@code pg_restore} of the PATH (or of {@code -Dpg.bin}). A client older than the server refuses to dump it and
 * Debian 12 ships version 15, so this test's server is a PostgreSQL 15 of its own (zonky's binaries of that version,
 * copied to target/postgres-backup by the build), not the PostgreSQL 16 of the other tests.
 */
class BackupRipristinoIT {

    private static final Path BINARI = Path.of("target", "postgres-backup", "postgres-backup-binari.jar");
    private static final String ORIGINE = "sil";
    private static final String RIPRISTINO = "sil_ripristinato";
    /** Rows that nothing running in the background adds: equal on both sides when the copy is whole. */
    private static final List<String> TABELLE = List.of(
            "cittadino",
            "accesso",
            "scheda_utente",
            "appuntamento where stato = 'PRENOTATO'",
            "act_ru_execution",
            "act_ru_task",
            "act_hi_taskinst",
            "act_re_deployment");

    private static EmbeddedPostgres server;

    @BeforeAll
    static void avviaPostgres15() throws IOException {
        assertThat(BINARI)
                .as("the build copies the PostgreSQL binaries of this test (pom.xml, postgres-per-il-backup)")
                .exists();
        server = EmbeddedPostgres.builder()
                .setPgBinaryResolver(BackupRipristinoIT::binariDelJar)
                .start();
        try (var db = server.getPostgresDatabase().getConnection()) {
            db.createStatement().execute("CREATE DATABASE " + ORIGINE);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void fermaPostgres() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void backupERipristinoConGliScript_lePraticheProseguonoDaDoveErano() throws Exception {
        String client = "pg_dump" + (cartellaClient().isEmpty() ? "" : " di " + cartellaClient());
        int versioneClient = versione();
        int versioneServer = versioneServer();
        assertThat(versioneClient)
                .as(client + " must be of the server's major version or newer (apt-get install postgresql-client)")
                .isGreaterThanOrEqualTo(versioneServer);

        Casi.Caso prenotato;
        Casi.Caso daPrenotare;
        Path dump;
        Map<String, Long> righePrima;
        try (var nodo = NodoSeparato.demoSuPostgres("backup-origine", url(ORIGINE), Map.of())) {
            prenotato = Casi.avviaEPrenota(nodo.client());
            daPrenotare = Casi.avvia(nodo.client());
            Casi.richiestaEvasa(nodo.client(), it.santarzenio.sil.accesso.CodiciFiscaliDiProva.nuovoCodiceFiscale());
            // Taken while the node runs, as the README says: one consistent snapshot.
            dump = Path.of(esegui(
                            List.of(
                                    "deploy/backup.sh",
                                    Path.of("target", "backup").toString()),
                            ORIGINE)
                    .strip());
            righePrima = righe(ORIGINE);
        }
        assertThat(dump.getFileName().toString()).startsWith(ORIGINE + "-").endsWith(".dump");
        assertThat(Files.size(dump)).isPositive();

        esegui(List.of("deploy/ripristino.sh", dump.toString()), RIPRISTINO);
        assertThat(righe(RIPRISTINO)).as("the restored copy's rows").isEqualTo(righePrima);

        try (var nodo = NodoSeparato.demoSuPostgres("backup-ripristino", url(RIPRISTINO), Map.of())) {
            var http = nodo.client();
            assertThat(Casi.compitoInAttesa(http, prenotato)).isEqualTo("Task_ColloquioAssessment");
            assertThat(Casi.compitoInAttesa(http, daPrenotare)).isEqualTo("Task_ConcordaAppuntamento");

            Casi.prenota(http, daPrenotare);
            assertThat(Casi.compitoInAttesa(http, daPrenotare)).isEqualTo("Task_ColloquioAssessment");
            try (var connessione = connessione(RIPRISTINO)) {
                AppuntamentoIniziato.per(
                        new JdbcTemplate(new SingleConnectionDataSource(connessione, true)), prenotato.numeroPratica());
            }
            Casi.colloquio(http, prenotato);
            assertThat(Casi.compitoInAttesa(http, prenotato))
                    .as("the case booked before the backup goes past its assessment on the copy")
                    .isNotIn("", "Task_ColloquioAssessment");
            var nuovo = Casi.avviaEPrenota(http);
            assertThat(nuovo.numeroPratica()).isNotIn(prenotato.numeroPratica(), daPrenotare.numeroPratica());
            System.out.printf(
                    "Backup e ripristino su PostgreSQL %d con pg_dump %d: %s (%d byte), righe uguali %s; sulla copia"
                            + " prenotato un appuntamento, registrato un colloquio, aperta la pratica %s%n",
                    versioneServer,
                    versioneClient,
                    dump.getFileName(),
                    Files.size(dump),
                    righePrima,
                    nuovo.numeroPratica());
        }
    }

    /** Runs a deploy/ script without Compose against this test's server, on database {@code database}; its output. */
    private static String esegui(List<String> comando, String database) throws IOException, InterruptedException {
        var processo = new ProcessBuilder(comando);
        var ambiente = processo.environment();
        var indirizzo = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/").matcher(url(database));
        assertThat(indirizzo.find()).isTrue();
        ambiente.put("PGHOST", indirizzo.group(1));
        ambiente.put("PGPORT", indirizzo.group(2));
        ambiente.put("PGPASSWORD", PostgresEmbedded.PASSWORD);
        ambiente.put("SIL_DB_USER", PostgresEmbedded.UTENTE);
        ambiente.put("SIL_DB_NOME", database);
        if (!cartellaClient().isEmpty()) {
            ambiente.put("PATH", cartellaClient() + java.io.File.pathSeparator + ambiente.get("PATH"));
        }
        var errori = Files.createTempFile("script", ".err");
        var avviato = processo.redirectError(errori.toFile()).start();
        String uscita = new String(avviato.getInputStream().readAllBytes());
        assertThat(avviato.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(avviato.exitValue())
                .as(String.join(" ", comando) + ": " + uscita + Files.readString(errori))
                .isZero();
        Files.delete(errori);
        return uscita;
    }

    private static Map<String, Long> righe(String database) throws SQLException {
        var conteggi = new LinkedHashMap<String, Long>();
        try (var db = connessione(database)) {
            for (String tabella : TABELLE) {
                try (var righe = db.createStatement().executeQuery("select count(*) from " + tabella)) {
                    righe.next();
                    conteggi.put(tabella, righe.getLong(1));
                }
            }
        }
        return conteggi;
    }

    private static String url(String database) {
        return server.getJdbcUrl(PostgresEmbedded.UTENTE, database);
    }

    private static Connection connessione(String database) throws SQLException {
        return DriverManager.getConnection(url(database), PostgresEmbedded.UTENTE, PostgresEmbedded.PASSWORD);
    }

    private static String cartellaClient() {
        return System.getProperty("pg.bin", "").strip();
    }

    private static int versione() throws IOException, InterruptedException {
        String pgDump = cartellaClient().isEmpty()
                ? "pg_dump"
                : Path.of(cartellaClient(), "pg_dump").toString();
        var processo = new ProcessBuilder(pgDump, "--version")
                .redirectErrorStream(true)
                .start();
        String uscita = new String(processo.getInputStream().readAllBytes());
        assertThat(processo.waitFor(30, TimeUnit.SECONDS)).isTrue();
        var numero = Pattern.compile("(\\d+)\\.").matcher(uscita);
        assertThat(numero.find()).as(pgDump + " --version: " + uscita).isTrue();
        return Integer.parseInt(numero.group(1));
    }

    private static int versioneServer() throws SQLException {
        try (var db = connessione(ORIGINE);
                var righe = db.createStatement().executeQuery("show server_version_num")) {
            righe.next();
            return righe.getInt(1) / 10000;
        }
    }

    /** zonky's resolver: the archive inside the binaries' jar that the build copied out of the class path. */
    private static InputStream binariDelJar(String sistema, String architettura) throws IOException {
        var jar = new ZipFile(BINARI.toFile());
        var archivio = jar.stream()
                .filter(voce -> voce.getName().endsWith(".txz"))
                .findFirst()
                .orElseThrow(() -> new IOException("Nessun archivio .txz in " + BINARI));
        return new java.io.FilterInputStream(jar.getInputStream(archivio)) {
            @Override
            public void close() throws IOException {
                super.close();
                jar.close();
            }
        };
    }
}
