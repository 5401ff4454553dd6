package it.santarzenio.sil.benchmark;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The application or the bare engine as a JVM of its own, started as production starts it (the application with
 * {@code java -jar}), so that start-up to readiness and heap are those of a fresh process and nothing of the
 * benchmark's JVM is shared.
 */
final class Servizio implements AutoCloseable {

    static final String HEAP_MASSIMO = "-Xmx2g";
    private static final Pattern HEAP = Pattern.compile("total (\\d+)K, used (\\d+)K");

    final String nome;
    final int porta;
    final long avvioMillis;
    private final Process processo;

    private Servizio(String nome, int porta, long avvioMillis, Process processo) {
        this.nome = nome;
        this.porta = porta;
        this.avvioMillis = avvioMillis;
        this.processo = processo;
    }

    /** The application's jar on {@code url}, authorizations on or off. */
    static Servizio applicazione(Path jar, String url, boolean autorizzazioni, Path log) {
        var avvio = new ArrayList<>(List.of(java(), HEAP_MASSIMO));
        avvio.addAll(registrazione("applicazione-" + (autorizzazioni ? "on" : "off")));
        avvio.addAll(List.of("-jar", jar.toString()));
        return applicazione("applicazione", avvio, url, log, "--camunda.bpm.authorization.enabled=" + autorizzazioni);
    }

    /**
     * The application as {@code avvio} launches it (the java command, its options and {@code -jar …}: the jar, or the
     * extracted jar with its CDS archive), in the demo profile on {@code url}: an H2 file database or, with the
     * benchmark's user, PostgreSQL; {@code altri}, more of the application's arguments.
     */
    static Servizio applicazione(String nome, List<String> avvio, String url, Path log, String... altri) {
        int porta = portaLibera();
        var comando = new ArrayList<>(avvio);
        comando.addAll(List.of("--spring.profiles.active=demo", "--spring.datasource.url=" + url));
        if (url.startsWith("jdbc:postgresql:")) {
            comando.addAll(List.of(
                    // The demo users on the benchmark's PostgreSQL: the demo profile accepts it only when told.
                    "--sil.demo.database-non-incorporato=true",
                    "--spring.datasource.username=" + ServerPostgres.UTENTE,
                    "--spring.datasource.password=" + ServerPostgres.PASSWORD));
        }
        comando.add("--server.port=" + porta);
        comando.addAll(List.of(altri));
        return avvia(nome, comando, porta, log);
    }

    /** The bare engine (nudo.MotoreNudo) with this JVM's class path. */
    static Servizio motoreNudo(String url, boolean autorizzazioni, Path log) {
        int porta = portaLibera();
        var comando = new ArrayList<>(List.of(java(), HEAP_MASSIMO));
        comando.addAll(registrazione("nudo-" + (autorizzazioni ? "on" : "off")));
        comando.addAll(List.of(
                "-Duser.timezone=Europe/Rome",
                "-cp",
                System.getProperty("java.class.path"),
                "it.santarzenio.sil.benchmark.nudo.MotoreNudo"));
        comando.addAll(List.of(
                "--spring.config.name=motore-nudo",
                // The test class path holds the application's guard of the demo users' database.
                "--sil.demo.database-non-incorporato=true",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + ServerPostgres.UTENTE,
                "--spring.datasource.password=" + ServerPostgres.PASSWORD,
                "--server.port=" + porta,
                "--camunda.bpm.authorization.enabled=" + autorizzazioni));
        return avvia("motore nudo", comando, porta, log);
    }

    /**
     * With {@code -Dbenchmark.jfr=<folder>}, a JFR recording (settings "profile") of the service's whole life into
     * {@code <folder>/<name>.jfr}, to read where its time goes; none by default, since recording costs a little.
     */
    private static List<String> registrazione(String nome) {
        String cartella = System.getProperty("benchmark.jfr", "");
        if (cartella.isBlank()) {
            return List.of();
        }
        new File(cartella).mkdirs();
        return List.of(
                "-XX:FlightRecorderOptions:stackdepth=256",
                "-XX:StartFlightRecording=settings=profile,filename="
                        + Path.of(cartella, nome + ".jfr").toAbsolutePath());
    }

    private static Servizio avvia(String nome, List<String> comando, int porta, Path log) {
        try {
            log.getParent().toFile().mkdirs();
            long inizio = System.nanoTime();
            var processo = new ProcessBuilder(comando)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            var http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(2))
                    .build();
            var pronto = HttpRequest.newBuilder(URI.create("http://localhost:" + porta + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(5))
                    .build();
            long limite = inizio + TimeUnit.MINUTES.toNanos(5);
            while (System.nanoTime() < limite) {
                if (!processo.isAlive()) {
                    throw new IllegalStateException(nome + " terminato all'avvio, vedi " + log);
                }
                try {
                    if (http.send(pronto, BodyHandlers.discarding()).statusCode() == 200) {
                        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - inizio);
                        return new Servizio(nome, porta, millis, processo);
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
            processo.destroyForcibly();
            throw new IllegalStateException(nome + " non pronto in 5 minuti, vedi " + log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Heap used in MB, as jcmd reports it: now, and after a full collection (what the run left alive). */
    long[] heapUsatoMb() {
        long prima = heap(false);
        long dopo = heap(true);
        return new long[] {prima, dopo};
    }

    private long heap(boolean dopoGc) {
        try {
            String pid = String.valueOf(processo.pid());
            String jcmd =
                    Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
            if (dopoGc) {
                new ProcessBuilder(jcmd, pid, "GC.run").start().waitFor(60, TimeUnit.SECONDS);
            }
            var info = new ProcessBuilder(jcmd, pid, "GC.heap_info")
                    .redirectErrorStream(true)
                    .start();
            String testo = new String(info.getInputStream().readAllBytes());
            info.waitFor(60, TimeUnit.SECONDS);
            var m = HEAP.matcher(testo);
            return m.find() ? Long.parseLong(m.group(2)) / 1024 : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Override
    public void close() {
        processo.destroy();
        try {
            if (!processo.waitFor(60, TimeUnit.SECONDS)) {
                processo.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            processo.destroyForcibly();
        }
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int portaLibera() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path jarApplicazione(Path radice) {
        File[] jar = radice.resolve("target")
                .toFile()
                .listFiles((cartella, nome) -> nome.startsWith("sportello-lavoro-") && nome.endsWith(".jar"));
        if (jar == null || jar.length == 0) {
            throw new IllegalStateException("Manca target/sportello-lavoro-*.jar: eseguire mvn -Pbenchmark verify");
        }
        return jar[0].toPath();
    }
}
