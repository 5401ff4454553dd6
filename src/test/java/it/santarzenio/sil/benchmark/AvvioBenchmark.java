package it.santarzenio.sil.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * Start-up to readiness only, without seeding (ADR 0021): the packaged jar, optionally another jar to compare with
 * ({@code -Dbenchmark.avvio.confronto=…}, e.g. main's) and the same jar extracted with its CDS archive as
 * deploy/avvio-cds.sh builds it for the image ({@code -Dbenchmark.avvio.cds=true}), each on H2 (the default run's
 * file database) and on PostgreSQL, beside the bare engine, in rounds that alternate the launches so that the load of
 * the shared machine falls on all of them. Each database is created by a first start that is not counted: what is
 * measured is a restart, as production restarts. Run with
 * {@code mvn -B -Pbenchmark verify -Dit.test=AvvioBenchmark}; writes its own section of docs/benchmark.md.
 */
class AvvioBenchmark {

    static final String INIZIO = "<!-- inizio avvio -->";
    static final String FINE = "<!-- fine avvio -->";

    private final Path radice = Path.of("").toAbsolutePath();
    private final Path lavoro = radice.resolve("target/avvio");
    private final int ripetizioni = Integer.getInteger("benchmark.avvio.ripetizioni", 5);
    private final String confronto = System.getProperty("benchmark.avvio.confronto");
    private final boolean cds = Boolean.getBoolean("benchmark.avvio.cds");

    record Lancio(String nome, List<String> comando) {}

    @Test
    void avvioFinoAllaProntezza() throws Exception {
        FileSystemUtils.deleteRecursively(lavoro);
        Files.createDirectories(lavoro);
        String caricoIniziale = Macchina.carico();
        var lanci = lanci();
        var tempi = new LinkedHashMap<String, List<Long>>();
        var primi = new LinkedHashMap<String, Long>();
        var carichi = new ArrayList<String>();
        String postgresDescritto;
        try (var postgres = new ServerPostgres(lavoro.resolve("pg16"))) {
            postgresDescritto = Macchina.postgres(postgres);
            var basi = new LinkedHashMap<String, String>();
            for (int i = 0; i < lanci.size(); i++) {
                postgres.crea("avvio_" + i, null);
                basi.put(
                        lanci.get(i).nome() + "|H2",
                        "jdbc:h2:file:" + lavoro.resolve("h2-" + i + "/sil") + ";DB_CLOSE_ON_EXIT=FALSE");
                basi.put(lanci.get(i).nome() + "|PostgreSQL", postgres.url("avvio_" + i));
            }
            postgres.crea("avvio_nudo", null);
            String nudo = postgres.url("avvio_nudo");
            // First starts: schema, deployment, demo users and filters; not counted.
            for (int i = 0; i <= ripetizioni; i++) {
                int giro = i;
                for (var lancio : lanci) {
                    for (String database : List.of("H2", "PostgreSQL")) {
                        String chiave = lancio.nome() + "|" + database;
                        carichi.add(Macchina.carico());
                        long millis = misura(
                                chiave,
                                giro,
                                () -> Servizio.applicazione(
                                        lancio.nome(), lancio.comando(), basi.get(chiave), log(chiave, giro)));
                        registra(giro, chiave, millis, tempi, primi);
                    }
                }
                String chiave = "bare Camunda 7.24 engine (MotoreNudo)|PostgreSQL";
                carichi.add(Macchina.carico());
                long millis = misura(chiave, giro, () -> Servizio.motoreNudo(nudo, true, log(chiave, giro)));
                registra(giro, chiave, millis, tempi, primi);
            }
        }
        scrivi(tempi, primi, caricoIniziale, Macchina.carico(), carichi, postgresDescritto);
    }

    private List<Lancio> lanci() throws IOException, InterruptedException {
        var lanci = new ArrayList<Lancio>();
        String jar = Servizio.jarApplicazione(radice).toString();
        lanci.add(new Lancio("`java -jar` (this build)", List.of(Servizio.java(), Servizio.HEAP_MASSIMO, "-jar", jar)));
        if (confronto != null) {
            lanci.add(new Lancio(
                    "`java -jar` (" + Path.of(confronto).getFileName() + ")",
                    List.of(Servizio.java(), Servizio.HEAP_MASSIMO, "-jar", confronto)));
        }
        if (cds) {
            Path cartella = lavoro.resolve("cds");
            traccia("deploy/avvio-cds.sh: estrazione e archivio CDS in " + cartella);
            var script = new ProcessBuilder("sh", "deploy/avvio-cds.sh", jar, cartella.toString())
                    .directory(radice.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(lavoro.resolve("avvio-cds.log").toFile());
            // The script runs the JVM the benchmark measures with.
            script.environment().put("JAVA", Servizio.java());
            var processo = script.start();
            if (!processo.waitFor(10, TimeUnit.MINUTES) || processo.exitValue() != 0) {
                throw new IllegalStateException("deploy/avvio-cds.sh fallito, vedi " + lavoro.resolve("avvio-cds.log"));
            }
            lanci.add(new Lancio(
                    "extracted jar + CDS archive (deploy/avvio-cds.sh)",
                    List.of(
                            Servizio.java(),
                            Servizio.HEAP_MASSIMO,
                            "-XX:SharedArchiveFile=" + cartella.resolve("sportello-lavoro.jsa"),
                            "-jar",
                            cartella.resolve("sportello-lavoro.jar").toString())));
        }
        return lanci;
    }

    interface Avvio {
        Servizio avvia();
    }

    private static long misura(String chiave, int giro, Avvio avvio) {
        try (var servizio = avvio.avvia()) {
            traccia("%s, %s: pronto in %.1f s"
                    .formatted(
                            chiave.replace('|', ' '),
                            giro == 0 ? "primo avvio" : "giro " + giro,
                            servizio.avvioMillis / 1000.0));
            return servizio.avvioMillis;
        }
    }

    private static void registra(
            int giro, String chiave, long millis, Map<String, List<Long>> tempi, Map<String, Long> primi) {
        if (giro == 0) {
            primi.put(chiave, millis);
        } else {
            tempi.computeIfAbsent(chiave, k -> new ArrayList<>()).add(millis);
        }
    }

    private Path log(String chiave, int giro) {
        return lavoro.resolve("log/" + chiave.replaceAll("[^A-Za-z0-9]+", "-") + "-" + giro + ".log");
    }

    private void scrivi(
            Map<String, List<Long>> tempi,
            Map<String, Long> primi,
            String caricoIniziale,
            String caricoFinale,
            List<String> carichi,
            String postgres)
            throws IOException {
        var testo = new StringBuilder(INIZIO).append('\n');
        testo.append("## Avvio: start-up to readiness (`AvvioBenchmark`, ADR 0021)\n\n");
        testo.append("Written by `AvvioBenchmark` on ")
                .append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
                .append(" UTC. Command: `")
                .append(comando())
                .append("`. Code: ")
                .append(Macchina.versioneDelCodice(radice))
                .append(".\n\n");
        testo.append("Machine: ")
                .append(Macchina.descrizione())
                .append(". ")
                .append(postgres)
                .append(".\n\n");
        testo.append("Each start is a new JVM (`")
                .append(Servizio.HEAP_MASSIMO)
                .append("`, demo profile, authorizations on) on a database that a first start of the same launch"
                        + " created (not counted): a restart, as production restarts. Time from process launch to"
                        + " `/actuator/health/readiness` answering 200. ")
                .append(ripetizioni)
                .append(" rounds; in each, every launch once, in the order of the table. The bare engine runs from"
                        + " the test class path (no nested jars).\n\n");
        testo.append("| launch | database | median (s) | min – max (s) | median / bare engine | first start, empty"
                + " database (s) |\n|---|---|---|---|---|---|\n");
        double nudo = mediana(tempi.get("bare Camunda 7.24 engine (MotoreNudo)|PostgreSQL"));
        for (var voce : tempi.entrySet()) {
            var valori = voce.getValue();
            String[] parti = voce.getKey().split("\\|");
            double m = mediana(valori);
            testo.append("| %s | %s | %.1f | %.1f – %.1f | %.2f | %.1f |\n"
                    .formatted(
                            parti[0],
                            parti[1],
                            m / 1000,
                            valori.stream().mapToLong(Long::longValue).min().orElse(0) / 1000.0,
                            valori.stream().mapToLong(Long::longValue).max().orElse(0) / 1000.0,
                            m / nudo,
                            primi.get(voce.getKey()) / 1000.0));
        }
        testo.append("\nLoad average (1 min) of the shared machine: ")
                .append(caricoIniziale)
                .append(" at the start, ")
                .append(caricoFinale)
                .append(" at the end; before each start: ")
                .append(String.join(", ", carichi))
                .append(".\n");
        testo.append(FINE).append('\n');

        Path documento = radice.resolve("docs/benchmark.md");
        String attuale = Files.readString(documento);
        int inizio = attuale.indexOf(INIZIO);
        int fine = attuale.indexOf(FINE);
        String nuovo = inizio >= 0 && fine > inizio
                ? attuale.substring(0, inizio) + testo + attuale.substring(fine + FINE.length() + 1)
                : attuale.stripTrailing() + "\n\n" + testo;
        Files.writeString(documento, nuovo);
        System.out.println(testo);
    }

    private static double mediana(List<Long> valori) {
        var ordinati = valori.stream().sorted().toList();
        int n = ordinati.size();
        return n % 2 == 1 ? ordinati.get(n / 2) : (ordinati.get(n / 2 - 1) + ordinati.get(n / 2)) / 2.0;
    }

    private String comando() {
        var comando = new StringBuilder("mvn -B -Pbenchmark verify -Dit.test=AvvioBenchmark");
        for (String proprieta :
                List.of("benchmark.avvio.ripetizioni", "benchmark.avvio.confronto", "benchmark.avvio.cds")) {
            if (System.getProperty(proprieta) != null) {
                comando.append(" -D").append(proprieta).append('=').append(System.getProperty(proprieta));
            }
        }
        return comando.toString();
    }

    private static void traccia(String messaggio) {
        MotoreBenchmark.traccia(messaggio);
    }
}
