package it.santarzenio.sil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The application as an operating system process of its own ({@code java -jar} of the jar that {@code mvn package}
 * repackaged, present in target/ when failsafe runs): for what a test JVM cannot do to itself, being killed with
 * SIGKILL, or running as two nodes with their own engines on one database. Its log goes to target/nodi/NAME.log.
 */
public final class NodoSeparato implements AutoCloseable {

    private static final Duration AVVIO_MASSIMO = Duration.ofMinutes(4);

    private final String nome;
    private final int porta;
    private final Path registro;
    private final List<String> comando;
    private Process processo;

    private NodoSeparato(String nome, int porta, List<String> comando, Path registro) {
        this.nome = nome;
        this.porta = porta;
        this.comando = comando;
        this.registro = registro;
    }

    /** The demo profile on database {@code url} (the test's embedded PostgreSQL), with {@code proprieta} added. */
    public static NodoSeparato demoSuPostgres(String nome, String url, Map<String, String> proprieta) {
        var tutte = new java.util.LinkedHashMap<String, String>();
        tutte.put("spring.datasource.url", url);
        tutte.put("spring.datasource.username", PostgresEmbedded.UTENTE);
        tutte.put("spring.datasource.password", PostgresEmbedded.PASSWORD);
        tutte.put("sil.demo.database-non-incorporato", "true");
        tutte.putAll(proprieta);
        int porta = portaLibera();
        var comando = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Duser.timezone=Europe/Rome",
                "-jar",
                jar().toString(),
                "--spring.profiles.active=demo",
                "--server.port=" + porta));
        tutte.forEach((chiave, valore) -> comando.add("--" + chiave + "=" + valore));
        var registro = Path.of("target", "nodi", nome + ".log");
        var nodo = new NodoSeparato(nome, porta, comando, registro);
        nodo.avvia();
        return nodo;
    }

    /** Starts the process (again, after {@link #uccidi()}) and waits until it is ready. */
    public void avvia() {
        try {
            Files.createDirectories(registro.getParent());
            processo = new ProcessBuilder(comando)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(registro.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        attendiPronto(AVVIO_MASSIMO);
    }

    /** Waits until readiness answers UP; fails naming the log if the process ends or the time runs out. */
    public Duration attendiPronto(Duration massimo) {
        var inizio = Instant.now();
        var client = new ClientHttp(porta);
        while (Duration.between(inizio, Instant.now()).compareTo(massimo) < 0) {
            if (!processo.isAlive()) {
                throw new IllegalStateException("Il nodo " + nome + " si è fermato (codice " + processo.exitValue()
                        + "): vedere " + registro.toAbsolutePath());
            }
            try {
                if (client.get("/actuator/health/readiness").statusCode() == 200) {
                    return Duration.between(inizio, Instant.now());
                }
            } catch (UncheckedIOException nonAncoraInAscolto) {
                // Not listening yet.
            }
            pausa(Duration.ofMillis(250));
        }
        throw new IllegalStateException(
                "Il nodo " + nome + " non è pronto dopo " + massimo + ": vedere " + registro.toAbsolutePath());
    }

    /** SIGKILL: no shutdown hook, no transaction committed or rolled back by the application. */
    public void uccidi() {
        processo.destroyForcibly();
        attendiFine();
    }

    public int porta() {
        return porta;
    }

    public ClientHttp client() {
        return new ClientHttp(porta);
    }

    public long pid() {
        return processo.pid();
    }

    @Override
    public void close() {
        if (processo != null && processo.isAlive()) {
            processo.destroy();
            attendiFine();
        }
    }

    private void attendiFine() {
        try {
            if (!processo.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                processo.destroyForcibly();
                processo.waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void pausa(Duration durata) {
        if (durata.isNegative()) {
            return;
        }
        try {
            Thread.sleep(durata.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static int portaLibera() {
        try (var presa = new ServerSocket(0)) {
            return presa.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path jar() {
        try (Stream<Path> file = Files.list(Path.of("target"))) {
            return file.filter(percorso -> {
                        String n = percorso.getFileName().toString();
                        return n.startsWith("sportello-lavoro-") && n.endsWith(".jar") && !n.endsWith("-plain.jar");
                    })
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "Nessun jar in target/: i test con nodi separati girano in 'mvn verify' dopo 'package'"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
