package it.santarzenio.sil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The backup of README "Affidabilità": {@code pg_dump -Fc} of a running service's database, {@code pg_restore} into a
 * fresh database, a node started on the copy, and the case opened before the backup continued from the task it was
 * waiting at.
 *
 * <p>Needs a {@code pg_dump} and {@code pg_restore} of PostgreSQL 16 or later (a client older than the server
 * refuses to dump it): from {@code -Dpg.bin=/usr/lib/postgresql/16/bin}, or on the PATH. Without one the test is
 * skipped, saying so; Debian 12 ships version 15 only.
 */
class BackupRipristinoIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void dumpERipristinoInUnDatabaseNuovo_laPraticaProsegueDaDovEra() throws Exception {
        String bin = System.getProperty("pg.bin", "");
        String pgDump = bin.isBlank() ? "pg_dump" : Path.of(bin, "pg_dump").toString();
        String pgRestore =
                bin.isBlank() ? "pg_restore" : Path.of(bin, "pg_restore").toString();
        int versione = versione(pgDump);
        assumeTrue(
                versione >= 16,
                "pg_dump di PostgreSQL 16 o successivo non trovato (trovato: " + versione
                        + "): indicarlo con -Dpg.bin=...");

        String origine = PostgresEmbedded.url("backup_origine");
        Casi.Caso caso;
        try (var nodo = NodoSeparato.demoSuPostgres("backup-origine", origine, Map.of())) {
            caso = Casi.avviaEPrenota(nodo.client());
        }
        var copia = Path.of("target", "backup", "sil.dump").toAbsolutePath();
        Files.createDirectories(copia.getParent());
        var indirizzo = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/").matcher(origine);
        assertThat(indirizzo.find()).isTrue();
        esegui(List.of(
                pgDump,
                "-Fc",
                "-h",
                indirizzo.group(1),
                "-p",
                indirizzo.group(2),
                "-U",
                PostgresEmbedded.UTENTE,
                "-f",
                copia.toString(),
                "backup_origine"));
        String ripristino = PostgresEmbedded.url("backup_ripristino");
        esegui(List.of(
                pgRestore,
                "--no-owner",
                "-h",
                indirizzo.group(1),
                "-p",
                indirizzo.group(2),
                "-U",
                PostgresEmbedded.UTENTE,
                "-d",
                "backup_ripristino",
                copia.toString()));

        try (var nodo = NodoSeparato.demoSuPostgres("backup-ripristino", ripristino, Map.of())) {
            var client = nodo.client();
            var compiti = JSON.readTree(
                    client.get("/engine-rest/task?processInstanceId=" + caso.istanza(), "informativo", "demo")
                            .body());
            assertThat(compiti.get(0).path("taskDefinitionKey").asText()).isEqualTo("Task_ColloquioAssessment");
            try (var db = DriverManager.getConnection(ripristino, PostgresEmbedded.UTENTE, PostgresEmbedded.PASSWORD);
                    var righe = db.createStatement()
                            .executeQuery("select count(*) from appuntamento where stato = 'PRENOTATO' and"
                                    + " numero_pratica = '" + caso.numeroPratica() + "'")) {
                righe.next();
                assertThat(righe.getInt(1)).isOne();
            }
            // The case goes on from the restored copy: a new case too.
            Casi.avviaEPrenota(client);
        }
    }

    private static int versione(String pgDump) {
        try {
            var processo = new ProcessBuilder(pgDump, "--version")
                    .redirectErrorStream(true)
                    .start();
            String uscita = new String(processo.getInputStream().readAllBytes());
            processo.waitFor(30, TimeUnit.SECONDS);
            var numero = Pattern.compile("(\\d+)\\.").matcher(uscita);
            return numero.find() ? Integer.parseInt(numero.group(1)) : 0;
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private static void esegui(List<String> comando) throws IOException, InterruptedException {
        var processo = new ProcessBuilder(comando).redirectErrorStream(true).start();
        String uscita = new String(processo.getInputStream().readAllBytes());
        assertThat(processo.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(processo.exitValue())
                .as(String.join(" ", comando) + ": " + uscita)
                .isZero();
    }
}
