package it.santarzenio.sil.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The benchmark's results: one table printed and written to docs/benchmark.md between the lines {@code <!-- inizio
 * motore -->} and {@code <!-- fine motore -->}, the rest of the file kept as found. Each target of issue 11 gets its
 * measured value and "met" or "NOT met"; what was not measured says so.
 */
final class Rapporto {

    static final String INIZIO = "<!-- inizio motore -->";
    static final String FINE = "<!-- fine motore -->";
    static final int CENTOMILA = 100_000;

    private record Riga(int dimensione, String utente, String richiesta, String tipo, Map<Variante, Campioni> valori) {}

    private final String inizio =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").format(ZonedDateTime.now(ZoneOffset.UTC));
    private final String comando;
    private final String macchina;
    private final String versione;
    private String postgres = "";
    private final List<String> semine = new ArrayList<>();
    private final Map<String, Riga> righe = new LinkedHashMap<>();
    private final Map<Variante, Map<Integer, Long>> avvii = new EnumMap<>(Variante.class);
    private final Map<Variante, Map<Integer, long[]>> heap = new EnumMap<>(Variante.class);
    private final Map<Variante, Map<Integer, String>> carichi = new EnumMap<>(Variante.class);
    private final Map<Variante, List<PercorsoRest.Esito>> percorsi = new EnumMap<>(Variante.class);
    private final List<String> avvertenze = new ArrayList<>();
    private int ripetizioni = 30;
    private int riscaldamentoSecondi;
    private final Map<String, PrimaSchermata.Tempi> schermate = new LinkedHashMap<>();
    private int dimensioneSchermate;

    Rapporto(String comando, String macchina, String versione) {
        this.comando = comando;
        this.macchina = macchina;
        this.versione = versione;
    }

    void ripetizioni(int ripetizioni) {
        this.ripetizioni = ripetizioni;
    }

    void riscaldamento(int secondi) {
        this.riscaldamentoSecondi = secondi;
    }

    void postgres(String versione) {
        this.postgres = versione;
    }

    void semina(String riga) {
        semine.add(riga);
    }

    void avvertenza(String testo) {
        avvertenze.add(testo);
    }

    void avvio(Variante variante, int dimensione, long millis) {
        avvii.computeIfAbsent(variante, v -> new TreeMap<>()).put(dimensione, millis);
    }

    void heap(Variante variante, int dimensione, long[] mb) {
        heap.computeIfAbsent(variante, v -> new TreeMap<>()).put(dimensione, mb);
    }

    /** The machine's load average while a service was measured: the numbers mean little on a saturated machine. */
    void carico(Variante variante, int dimensione, String carico) {
        carichi.computeIfAbsent(variante, v -> new TreeMap<>()).put(dimensione, carico);
    }

    void percorso(Variante variante, PercorsoRest.Esito esito) {
        percorsi.computeIfAbsent(variante, v -> new ArrayList<>()).add(esito);
    }

    void schermata(int dimensione, String utente, PrimaSchermata.Tempi tempi) {
        dimensioneSchermate = dimensione;
        schermate.put(utente, tempi);
    }

    void misure(int dimensione, Variante variante, List<Interrogazioni.Misura> misure) {
        for (var misura : misure) {
            String chiave = dimensione + "|" + misura.utente() + "|" + misura.richiesta();
            righe.computeIfAbsent(
                            chiave,
                            k -> new Riga(
                                    dimensione,
                                    misura.utente(),
                                    misura.richiesta(),
                                    misura.tipo(),
                                    new EnumMap<>(Variante.class)))
                    .valori()
                    .put(variante, misura.campioni());
        }
    }

    /** The section between the markers. */
    String testo() {
        var t = new StringBuilder();
        t.append("## Engine: the application against a bare Camunda 7.24 (issue 11)\n\n");
        t.append("Written by `MotoreBenchmark` on ")
                .append(inizio)
                .append(". Command: `")
                .append(comando);
        t.append("`. Code: ").append(versione).append(".\n\n");
        t.append("Machine: ").append(macchina).append(". ").append(postgres).append(".\n\n");
        t.append("Each measured service runs in a JVM of its own (`java ")
                .append(Servizio.HEAP_MASSIMO)
                .append(" -jar target/sportello-lavoro-*.jar` in the demo profile; the bare engine `nudo.MotoreNudo`, ")
                .append("the Spring Boot starter with its REST API only) on its own database of the same PostgreSQL ")
                .append("server; every request goes over HTTP to `/engine-rest` with HTTP Basic as the desk's demo ")
                .append("user. Before its measures each service answers every desk's requests, unrecorded, for ")
                .append(riscaldamentoSecondi + " s, so that its JIT is as warm as a server's after its first minutes ")
                .append("(the same for the bare engine). ")
                .append("Latencies in milliseconds, p50 / p95 by nearest rank over up to " + ripetizioni
                        + " samples per request "
                        + "after " + MotoreBenchmark.RISCALDAMENTO + " warm-up calls (at most "
                        + MotoreBenchmark.BUDGET_MILLIS / 1000
                        + " s of samples, at least three); `n=` when fewer samples than ")
                .append("asked (a slow request stops at the time budget); `ERROR` when the request failed (the ")
                .append("database's `statement_timeout` included).\n\n");
        t.append("### Targets\n\n");
        t.append("| target | measured | result |\n|---|---|---|\n");
        obiettivi(t);
        t.append("\n### Results\n\n");
        t.append("| measure | open cases | user | ");
        Variante.TUTTE.forEach(v -> t.append(v.etichetta).append(" | "));
        t.append("target (app, auth on) |\n|---|---|---|");
        Variante.TUTTE.forEach(v -> t.append("---|"));
        t.append("---|\n");
        percorsiRighe(t);
        avviiRighe(t);
        for (var riga : righe.values()) {
            t.append("| ").append(riga.richiesta()).append(" | ").append(migliaia(riga.dimensione()));
            t.append(" | ").append(riga.utente()).append(" | ");
            for (var variante : Variante.TUTTE) {
                t.append(cella(riga.valori().get(variante))).append(" | ");
            }
            t.append(esitoRiga(riga)).append(" |\n");
        }
        t.append("\n### Seeding\n\n");
        semine.forEach(s -> t.append("- ").append(s).append('\n'));
        if (!avvertenze.isEmpty()) {
            t.append("\n### Notes of this run\n\n");
            avvertenze.forEach(a -> t.append("- ").append(a).append('\n'));
        }
        return t.toString();
    }

    private void percorsiRighe(StringBuilder t) {
        for (int clienti : List.of(1, 4)) {
            t.append("| whole defined-project path, ").append(clienti).append(clienti == 1 ? " client" : " clients");
            t.append(": actions/s (p50 / p95 ms) | smallest size | informativo, specialistico | ");
            for (var variante : Variante.TUTTE) {
                var esito = esito(variante, clienti);
                t.append(
                                esito == null
                                        ? "—"
                                        : "%.1f/s (%s / %s)"
                                                .formatted(
                                                        esito.azioniAlSecondo(),
                                                        ms(esito.latenze().percentile(50)),
                                                        ms(esito.latenze().percentile(95))))
                        .append(" | ");
            }
            t.append("app/bare ≥ 0.8 |\n");
        }
    }

    private void avviiRighe(StringBuilder t) {
        var dimensioni = avvii.values().stream()
                .flatMap(m -> m.keySet().stream())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        for (int dimensione : dimensioni) {
            t.append("| start-up to readiness (s) | ")
                    .append(migliaia(dimensione))
                    .append(" | — | ");
            for (var variante : Variante.TUTTE) {
                Long millis = avvii.getOrDefault(variante, Map.of()).get(dimensione);
                t.append(millis == null ? "—" : "%.1f".formatted(millis / 1000.0))
                        .append(" | ");
            }
            Long app = avvii.getOrDefault(Variante.APP_ON, Map.of()).get(dimensione);
            t.append("≤ 20 s: ")
                    .append(app == null ? "—" : app <= 20_000 ? "met" : "NOT met")
                    .append(" |\n");
            t.append("| heap used after the run, MB (after a full GC) | ").append(migliaia(dimensione));
            t.append(" | — | ");
            for (var variante : Variante.TUTTE) {
                long[] mb = heap.getOrDefault(variante, Map.of()).get(dimensione);
                t.append(mb == null ? "—" : mb[0] + " (" + mb[1] + ")").append(" | ");
            }
            t.append("— |\n");
            t.append("| load average (1 min) of the shared machine, start → end of the measurement | ");
            t.append(migliaia(dimensione)).append(" | — | ");
            for (var variante : Variante.TUTTE) {
                String carico = carichi.getOrDefault(variante, Map.of()).get(dimensione);
                t.append(carico == null ? "—" : carico).append(" | ");
            }
            t.append("— |\n");
        }
    }

    private void obiettivi(StringBuilder t) {
        int massima = righe.values().stream().mapToInt(Riga::dimensione).max().orElse(0);
        String dove = massima == CENTOMILA
                ? "at 100,000"
                : massima == 0 ? "not measured" : "at " + migliaia(massima) + " only (100,000 not measured)";
        obiettivoPeggiore(
                t,
                "every filter's list and count p95 ≤ 50 ms at 100,000 open cases (operators, auth on)",
                massima,
                dove,
                riga -> riga.richiesta().startsWith("filtro"),
                50);
        obiettivoPeggiore(
                t,
                "group task query (`GET /task?candidateGroup=…`) list and count p95 ≤ 50 ms at 100,000",
                massima,
                dove,
                riga -> riga.richiesta().contains("candidateGroup"),
                50);
        obiettivoPeggiore(
                t,
                "a case by business key, a citizen by codice fiscale p95 ≤ 20 ms at 100,000",
                massima,
                dove,
                riga -> riga.tipo().equals("chiave"),
                20);
        for (int clienti : List.of(1, 4)) {
            var app = esito(Variante.APP_ON, clienti);
            var nudo = esito(Variante.NUDO_ON, clienti);
            t.append("| whole-path throughput ≥ 0.8 × bare engine, auth on, ").append(clienti);
            t.append(clienti == 1 ? " client" : " clients").append(" | ");
            if (app == null || nudo == null) {
                t.append("not measured | NOT met (not measured) |\n");
            } else {
                double rapporto = app.azioniAlSecondo() / nudo.azioniAlSecondo();
                t.append("%.1f / %.1f actions/s = %.2f"
                        .formatted(app.azioniAlSecondo(), nudo.azioniAlSecondo(), rapporto));
                t.append(" | ").append(rapporto >= 0.8 ? "met" : "NOT met").append(" |\n");
            }
        }
        var avviiApp = avvii.getOrDefault(Variante.APP_ON, Map.of());
        t.append("| start-up to readiness ≤ 20 s (app, auth on) | ");
        if (avviiApp.isEmpty()) {
            t.append("not measured | NOT met (not measured) |\n");
        } else {
            long peggiore =
                    avviiApp.values().stream().mapToLong(Long::longValue).max().orElseThrow();
            t.append(avviiApp.entrySet().stream()
                    .map(e -> "%.1f s at %s".formatted(e.getValue() / 1000.0, migliaia(e.getKey())))
                    .collect(Collectors.joining(", ")));
            t.append(" | ").append(peggiore <= 20_000 ? "met" : "NOT met").append(" |\n");
        }
        crescita(t);
        t.append("| Tasklist of each desk on its first screen (\"Compiti del mio gruppo\" rows) < 2 s after login,"
                + " headless Chromium, at 100,000 | ");
        if (schermate.isEmpty()) {
            t.append("not measured | NOT met (not measured) |\n");
        } else {
            boolean tutte = true;
            var misure = new ArrayList<String>();
            for (var voce : schermate.entrySet()) {
                var tempi = voce.getValue();
                if (tempi == null) {
                    tutte = false;
                    misure.add(voce.getKey() + " failed");
                } else {
                    double totale = tempi.accessoMillis() + tempi.primeRigheMillis();
                    tutte &= totale < 2_000;
                    misure.add("%s %.1f s (login %.1f + filter %.1f)"
                            .formatted(
                                    voce.getKey(),
                                    totale / 1000,
                                    tempi.accessoMillis() / 1000,
                                    tempi.primeRigheMillis() / 1000));
                }
            }
            t.append("at ").append(migliaia(dimensioneSchermate)).append(": ").append(String.join(", ", misure));
            t.append(" | ").append(tutte && dimensioneSchermate == CENTOMILA ? "met" : "NOT met");
            if (tutte && dimensioneSchermate != CENTOMILA) {
                t.append(" (100,000 not measured)");
            }
            t.append(" |\n");
        }
    }

    /** Cost per list and per count at most linear: p50 at the larger size over p50 at the smaller ≤ size ratio. */
    private void crescita(StringBuilder t) {
        var perRichiesta = new LinkedHashMap<String, TreeMap<Integer, Campioni>>();
        for (var riga : righe.values()) {
            if (riga.tipo().equals("lista") || riga.tipo().equals("conteggio")) {
                var campioni = riga.valori().get(Variante.APP_ON);
                if (campioni != null) {
                    perRichiesta
                            .computeIfAbsent(riga.utente() + " " + riga.richiesta(), k -> new TreeMap<>())
                            .put(riga.dimensione(), campioni);
                }
            }
        }
        double peggiore = 0;
        String quale = null;
        boolean errori = false;
        int confronti = 0;
        for (var voce : perRichiesta.entrySet()) {
            Integer prima = null;
            for (var misura : voce.getValue().entrySet()) {
                if (prima != null) {
                    var a = voce.getValue().get(prima);
                    var b = misura.getValue();
                    if (a.errori() > 0 || b.errori() > 0) {
                        errori = true;
                    } else {
                        double eccesso = (b.percentile(50) / a.percentile(50)) / ((double) misura.getKey() / prima);
                        confronti++;
                        if (eccesso > peggiore) {
                            peggiore = eccesso;
                            quale = "%s, %s → %s: ×%.1f for ×%d cases"
                                    .formatted(
                                            voce.getKey(),
                                            migliaia(prima),
                                            migliaia(misura.getKey()),
                                            b.percentile(50) / a.percentile(50),
                                            misura.getKey() / prima);
                        }
                    }
                }
                prima = misura.getKey();
            }
        }
        t.append("| cost per list and per count grows at most linearly (p50, app, auth on) | ");
        if (confronti == 0 && !errori) {
            t.append("fewer than two sizes measured | NOT met (not measured) |\n");
            return;
        }
        t.append(quale == null ? "" : "steepest: " + quale.replace("|", "\\|"));
        if (errori) {
            t.append("; some requests failed at a size");
        }
        t.append(" | ").append(!errori && peggiore <= 1.0 ? "met" : "NOT met").append(" |\n");
    }

    private void obiettivoPeggiore(
            StringBuilder t,
            String obiettivo,
            int massima,
            String dove,
            java.util.function.Predicate<Riga> quali,
            double limite) {
        t.append("| ").append(obiettivo).append(" | ");
        Riga peggiore = null;
        double p95 = -1;
        boolean errore = false;
        for (var riga : righe.values()) {
            if (riga.dimensione() != massima || !quali.test(riga)) {
                continue;
            }
            var campioni = riga.valori().get(Variante.APP_ON);
            if (campioni == null) {
                continue;
            }
            if (campioni.errori() > 0) {
                errore = true;
                peggiore = riga;
                p95 = Double.POSITIVE_INFINITY;
            } else if (campioni.percentile(95) > p95) {
                p95 = campioni.percentile(95);
                peggiore = riga;
            }
        }
        if (peggiore == null) {
            t.append("not measured | NOT met (not measured) |\n");
            return;
        }
        t.append(dove).append(", worst: ").append(peggiore.utente()).append(" ");
        t.append(peggiore.richiesta().replace("|", "\\|")).append(" ");
        t.append(errore ? "ERROR" : "p95 " + ms(p95) + " ms").append(" | ");
        boolean rispettato = !errore && p95 <= limite && massima == CENTOMILA;
        t.append(rispettato ? "met" : massima == CENTOMILA ? "NOT met" : "NOT met (100,000 not measured)");
        t.append(" |\n");
    }

    private String esitoRiga(Riga riga) {
        var campioni = riga.valori().get(Variante.APP_ON);
        if (campioni == null) {
            return "—";
        }
        double limite = riga.tipo().equals("chiave") ? 20 : 50;
        boolean rispettato = campioni.errori() == 0 && campioni.percentile(95) <= limite;
        return "p95 ≤ " + (int) limite + " ms: " + (rispettato ? "met" : "NOT met");
    }

    private PercorsoRest.Esito esito(Variante variante, int clienti) {
        return percorsi.getOrDefault(variante, List.of()).stream()
                .filter(e -> e.clienti() == clienti)
                .findFirst()
                .orElse(null);
    }

    private String cella(Campioni campioni) {
        if (campioni == null) {
            return "—";
        }
        if (campioni.errori() > 0) {
            String errore = campioni.primoErrore().replace("|", "/").replaceAll("\\s+", " ");
            return "ERROR " + errore.substring(0, Math.min(60, errore.length()));
        }
        String testo = ms(campioni.percentile(50)) + " / " + ms(campioni.percentile(95));
        return campioni.numero() < ripetizioni ? testo + " (n=" + campioni.numero() + ")" : testo;
    }

    static String ms(double millis) {
        if (Double.isNaN(millis)) {
            return "—";
        }
        return millis >= 100 ? String.format(Locale.ROOT, "%,.0f", millis) : String.format(Locale.ROOT, "%.1f", millis);
    }

    static String migliaia(long numero) {
        return String.format(Locale.ROOT, "%,d", numero);
    }

    /** Replaces the section between the markers, creating the file (with both sections' markers) if missing. */
    void scrivi(Path file) throws IOException {
        String esistente = Files.exists(file)
                ? Files.readString(file, StandardCharsets.UTF_8)
                : "# Benchmark\n\nWritten by the benchmark classes of `src/test/java/it/santarzenio/sil/benchmark` "
                        + "(`mvn -B -Pbenchmark verify`, see README \"Benchmark\"); each writes only its own section.\n\n"
                        + INIZIO + "\n" + FINE + "\n\n<!-- inizio cruscotto -->\n<!-- fine cruscotto -->\n";
        int a = esistente.indexOf(INIZIO);
        int b = esistente.indexOf(FINE);
        if (a < 0 || b < a) {
            esistente = esistente + "\n" + INIZIO + "\n" + FINE + "\n";
            a = esistente.indexOf(INIZIO);
            b = esistente.indexOf(FINE);
        }
        String nuovo = esistente.substring(0, a + INIZIO.length()) + "\n" + testo() + esistente.substring(b);
        Files.createDirectories(file.getParent());
        Files.writeString(file, nuovo, StandardCharsets.UTF_8);
    }
}
