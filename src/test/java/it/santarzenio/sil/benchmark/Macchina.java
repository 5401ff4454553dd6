package it.santarzenio.sil.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

/** What the report says about where it ran: cores, memory, CPU, Java, PostgreSQL, the commit measured. */
final class Macchina {

    private Macchina() {}

    static String descrizione() {
        return "%d cores (nproc), %s, %s memory; Java %s (%s); %s"
                .formatted(
                        Runtime.getRuntime().availableProcessors(),
                        campo(Path.of("/proc/cpuinfo"), "model name"),
                        memoria(),
                        System.getProperty("java.runtime.version"),
                        System.getProperty("java.vm.name"),
                        System.getProperty("os.name") + " " + System.getProperty("os.version"));
    }

    /** The load average over one minute: the machine is shared, and a loaded one measures slower. */
    static String carico() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    static String postgres(ServerPostgres postgres) throws SQLException {
        try (var connessione = postgres.connessione("postgres");
                var istruzione = connessione.createStatement();
                var righe = istruzione.executeQuery("SELECT version(), current_setting('shared_buffers'),"
                        + " current_setting('random_page_cost'), current_setting('effective_cache_size')")) {
            righe.next();
            return righe.getString(1).replaceAll(" on .*", "") + " (zonky embedded binaries, fsync off, shared_buffers "
                    + righe.getString(2) + ", random_page_cost " + righe.getString(3) + ", effective_cache_size "
                    + righe.getString(4) + ")";
        }
    }

    static String versioneDelCodice(Path radice) {
        String commit = git(radice, "git", "log", "-1", "--format=%h %s");
        String modifiche = git(radice, "git", "status", "--porcelain", "--untracked-files=no");
        return "`" + commit.replace("`", "'") + "`" + (modifiche.isBlank() ? "" : " plus uncommitted changes");
    }

    private static String git(Path radice, String... comando) {
        try {
            var processo = new ProcessBuilder(comando)
                    .directory(radice.toFile())
                    .redirectErrorStream(true)
                    .start();
            String testo = new String(processo.getInputStream().readAllBytes()).trim();
            processo.waitFor(10, TimeUnit.SECONDS);
            return testo;
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static String memoria() {
        String totale = campo(Path.of("/proc/meminfo"), "MemTotal");
        try {
            long kb = Long.parseLong(totale.replaceAll("[^0-9]", ""));
            return "%.1f GB".formatted(kb / 1024.0 / 1024.0);
        } catch (NumberFormatException e) {
            return totale;
        }
    }

    private static String campo(Path file, String nome) {
        try {
            return Files.readAllLines(file).stream()
                    .filter(riga -> riga.startsWith(nome))
                    .map(riga -> riga.substring(riga.indexOf(':') + 1).trim())
                    .findFirst()
                    .orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
