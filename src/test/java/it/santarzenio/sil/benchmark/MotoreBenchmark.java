package it.santarzenio.sil.benchmark;

import it.santarzenio.sil.AppuntamentoIniziato;
import it.santarzenio.sil.processo.sicurezza.ContatoriEsatti;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Issue 11's benchmark: this application against a bare Camunda 7.24 engine, authorizations on and off, on one
 * PostgreSQL server: the whole defined-project path through the REST API with 1 and 4 clients, then every Tasklist
 * request of every desk at each number of open cases, start-up and heap. Run with {@code mvn -B -Pbenchmark verify}
 * (never part of the normal build); options as system properties, e.g. {@code -Dbenchmark.dimensioni=1000,10000}.
 * Writes docs/benchmark.md. Targets are reported there, met or not; the run fails only if it could not measure.
 */
class MotoreBenchmark {

    private static final String SEMINA = "benchmark_semina";
    static final int RISCALDAMENTO = 3;
    // Per request: a fast one reaches its repetitions well before, a slow one stops here (at least three samples).
    static final long BUDGET_MILLIS = 4_000;

    private final Path radice = Path.of("").toAbsolutePath();
    private final List<Integer> dimensioni = Arrays.stream(
                    System.getProperty("benchmark.dimensioni", "1000,10000,100000")
                            .split(","))
            .map(String::trim)
            .map(Integer::parseInt)
            .sorted()
            .toList();
    private final Path dati = Path.of(System.getProperty(
            "benchmark.dati",
            Path.of(System.getProperty("user.home"), ".cache", "sil-benchmark").toString()));
    private final int ripetizioni = Integer.getInteger("benchmark.ripetizioni", 20);
    /**
     * Seconds of every desk's requests, unrecorded, before a service's measures: a profile of Tasklist's list at
     * 100,000 open cases went from 44 to 27 ms p50 over its first two thousand requests, as the JIT compiled them.
     */
    private final int riscaldamentoSecondi = Integer.getInteger("benchmark.riscaldamento-secondi", 45);

    private final int thread = Integer.getInteger("benchmark.thread", 3);
    private final int percorsi = Integer.getInteger("benchmark.percorsi", 2);
    private final String timeout = System.getProperty("benchmark.statement-timeout", "10s");
    private final Path log = radice.resolve("target/benchmark");
    // Sizes measured with authorizations on only, to keep a run within the time a shared machine allows.
    private final List<Integer> soloAutorizzazioni = Arrays.stream(
                    System.getProperty("benchmark.dimensioni-solo-autorizzazioni", "")
                            .split(","))
            .map(String::trim)
            .filter(valore -> !valore.isEmpty())
            .map(Integer::parseInt)
            .toList();
    private final List<Variante> varianti =
            varianti(System.getProperty("benchmark.varianti", "APP_ON,APP_OFF,NUDO_ON,NUDO_OFF"));
    /**
     * The variants measured at one size: {@code -Dbenchmark.varianti.100000=APP_ON,NUDO_OFF} leaves out, at that size
     * only, a variant whose every request would wait for the statement timeout.
     */
    private List<Variante> variantiDi(int dimensione) {
        String proprieta = System.getProperty("benchmark.varianti." + dimensione);
        return proprieta == null ? varianti : varianti(proprieta);
    }

    private static List<Variante> varianti(String elenco) {
        return Arrays.stream(elenco.split(","))
                .map(String::trim)
                .map(Variante::valueOf)
                .toList();
    }

    // Cases seeded through the engine's API; larger sizes copy them (ADR 0011) unless benchmark.semina=api.
    private final int base = Integer.getInteger("benchmark.base", 1000);
    private final boolean semineSoloApi = "api".equals(System.getProperty("benchmark.semina"));
    // Builds the databases of the sizes asked and measures nothing: a later run reuses them.
    private final boolean soloSemina = Boolean.getBoolean("benchmark.solo-semina");

    @Test
    void applicazioneControMotoreNudo() throws Exception {
        var rapporto = new Rapporto(comando(), Macchina.descrizione(), Macchina.versioneDelCodice(radice));
        var documento = radice.resolve("docs/benchmark.md");
        Servizio.jarApplicazione(radice);
        String caricoIniziale = Macchina.carico();
        rapporto.ripetizioni(ripetizioni);
        rapporto.riscaldamento(riscaldamentoSecondi);
        try (var postgres = new ServerPostgres(dati.resolve("pg16"))) {
            rapporto.postgres(Macchina.postgres(postgres));
            String improntaApp = impronta(
                    "processes",
                    "forms",
                    "src/main",
                    "pom.xml",
                    fonte("SeminaApplicazione"),
                    fonte("Lotti"),
                    fonte("Casi"),
                    fonte("CopieDiCasi"));
            String improntaNudo = impronta(
                    "src/test/resources/benchmark",
                    "src/test/resources/motore-nudo.yaml",
                    fonte("nudo/MotoreNudo"),
                    fonte("SeminaNuda"),
                    fonte("Lotti"),
                    fonte("Casi"),
                    fonte("CopieDiCasi"));
            pulisci(postgres, "app_", improntaApp);
            pulisci(postgres, "nudo_", improntaNudo);

            for (int dimensione : dimensioni) {
                String app = varianti.stream().anyMatch(v -> !v.nudo)
                        ? prepara(postgres, rapporto, "app_" + improntaApp, dimensione, false)
                        : null;
                String nudo = varianti.stream().anyMatch(v -> v.nudo)
                        ? prepara(postgres, rapporto, "nudo_" + improntaNudo, dimensione, true)
                        : null;
                if (soloSemina) {
                    continue;
                }
                for (var variante : varianti) {
                    if (!variante.autorizzazioni && soloAutorizzazioni.contains(dimensione)
                            || !variantiDi(dimensione).contains(variante)) {
                        continue;
                    }
                    String database = variante.nudo ? nudo : app;
                    var campioni = Campionario.di(postgres, database);
                    try (var servizio = avvia(postgres, variante, database, String.valueOf(dimensione))) {
                        rapporto.avvio(variante, dimensione, servizio.avvioMillis);
                        String caricoAllInizio = Macchina.carico();
                        var rest = new Rest(servizio.porta);
                        var interrogazioni = new Interrogazioni(rest, ripetizioni, RISCALDAMENTO, BUDGET_MILLIS);
                        riscalda(rest, campioni, variante, dimensione);
                        for (var operatore : Operatori.TUTTI) {
                            var misure = interrogazioni.misura(
                                    operatore,
                                    campioni.chiavi(operatore.gruppo()),
                                    campioni.codiciFiscali(operatore.gruppo()));
                            rapporto.misure(dimensione, variante, misure);
                            traccia("%s, %d casi, %s: %d richieste misurate"
                                    .formatted(variante.etichetta, dimensione, operatore.utente(), misure.size()));
                        }
                        if (variante == Variante.APP_ON
                                && dimensione == dimensioni.get(dimensioni.size() - 1)
                                && !Boolean.getBoolean("benchmark.senza-browser")) {
                            schermate(rapporto, servizio, dimensione);
                        }
                        // The whole path after the lists, in the same JVM: its cases end, the open ones stay.
                        if (dimensione == dimensioni.get(0)) {
                            percorso(rapporto, variante, servizio, interrogazioni, postgres.url(database));
                        }
                        rapporto.carico(variante, dimensione, caricoAllInizio + " → " + Macchina.carico());
                        rapporto.heap(variante, dimensione, servizio.heapUsatoMb());
                    }
                    rapporto.scrivi(documento);
                }
            }
        }
        if (soloSemina) {
            traccia("solo semina: nessuna misura, docs/benchmark.md invariato");
            return;
        }
        rapporto.avvertenza("Load average (1 min) of the shared machine: " + caricoIniziale + " at the start, "
                + Macchina.carico() + " at the end (" + Runtime.getRuntime().availableProcessors() + " cores).");
        rapporto.scrivi(documento);
        System.out.println(rapporto.testo());
    }

    /** Every desk's requests, one sample each and not recorded, until {@link #riscaldamentoSecondi} have passed. */
    private void riscalda(Rest rest, Campionario campioni, Variante variante, int dimensione) {
        var prova = new Interrogazioni(rest, 1, 0, BUDGET_MILLIS);
        long fine = System.nanoTime() + TimeUnit.SECONDS.toNanos(riscaldamentoSecondi);
        int giri = 0;
        while (System.nanoTime() < fine) {
            for (var operatore : Operatori.TUTTI) {
                prova.misura(
                        operatore, campioni.chiavi(operatore.gruppo()), campioni.codiciFiscali(operatore.gruppo()));
            }
            giri++;
        }
        traccia("%s, %d casi: riscaldamento di %d giri".formatted(variante.etichetta, dimensione, giri));
    }

    private void percorso(
            Rapporto rapporto, Variante variante, Servizio servizio, Interrogazioni interrogazioni, String url)
            throws Exception {
        var jdbc = new JdbcTemplate(new DriverManagerDataSource(url, ServerPostgres.UTENTE, ServerPostgres.PASSWORD));
        // The database outlives the run: the shifts start from this run's second, never one an earlier run used.
        var spostamenti = new AtomicLong(System.currentTimeMillis() / 1000 % 100_000_000);
        Consumer<String> giornoDelColloquio = variante.nudo
                ? numeroPratica -> {}
                : numeroPratica -> AppuntamentoIniziato.per(
                        jdbc, numeroPratica, Duration.ofDays(3650).plusSeconds(spostamenti.incrementAndGet()));
        var percorso = new PercorsoRest(new Rest(servizio.porta), variante.nudo, interrogazioni, giornoDelColloquio);
        percorso.esegui(1, 1);
        for (int clienti : List.of(1, 4)) {
            var esito = percorso.esegui(clienti, percorsi);
            traccia("%s, %d clienti: %d azioni in %.1f s = %.1f/s, p50 %s ms, p95 %s ms"
                    .formatted(
                            variante.etichetta,
                            clienti,
                            esito.azioni(),
                            esito.secondi(),
                            esito.azioniAlSecondo(),
                            Rapporto.ms(esito.latenze().percentile(50)),
                            Rapporto.ms(esito.latenze().percentile(95))));
            rapporto.percorso(variante, esito);
        }
    }

    /** Tasklist in headless Chromium, as each desk's user, at the largest size. */
    private static void schermate(Rapporto rapporto, Servizio servizio, int dimensione) {
        if (!PrimaSchermata.disponibile()) {
            rapporto.avvertenza("Chromium or chromedriver missing: the Tasklist first screen was not measured.");
            return;
        }
        for (var operatore : Operatori.TUTTI) {
            try {
                var tempi = PrimaSchermata.misura(servizio.porta, operatore.utente());
                traccia("Tasklist di %s: filtri in %.0f ms, prime righe in %.0f ms"
                        .formatted(operatore.utente(), tempi.accessoMillis(), tempi.primeRigheMillis()));
                rapporto.schermata(dimensione, operatore.utente(), tempi);
            } catch (RuntimeException e) {
                traccia("Tasklist di " + operatore.utente() + " non misurata: " + e);
                rapporto.schermata(dimensione, operatore.utente(), null);
            }
        }
    }

    private Servizio avvia(ServerPostgres postgres, Variante variante, String database, String etichetta)
            throws SQLException {
        // A hopeless query fails after this long instead of holding the shared machine for minutes.
        postgres.esegui("ALTER DATABASE \"" + database + "\" SET statement_timeout = '" + timeout + "'");
        var file = log.resolve(variante.name().toLowerCase() + "-" + etichetta + ".log");
        traccia("avvio " + variante.etichetta + " su " + database);
        var servizio = variante.nudo
                ? Servizio.motoreNudo(postgres.url(database), variante.autorizzazioni, file)
                : Servizio.applicazione(
                        Servizio.jarApplicazione(radice), postgres.url(database), variante.autorizzazioni, file);
        traccia("%s pronto in %.1f s".formatted(variante.etichetta, servizio.avvioMillis / 1000.0));
        return servizio;
    }

    /**
     * The database of {@code dimensione} open cases seeded by the current code: reused if a run built it, else copied
     * from the largest smaller one and topped up, else seeded from empty.
     */
    private String prepara(ServerPostgres postgres, Rapporto rapporto, String prefisso, int dimensione, boolean nudo)
            throws Exception {
        String nome = prefisso + "_" + dimensione;
        if (postgres.esiste(nome)) {
            double[] semina = semina(postgres, nome);
            if (semina != null && semina[0] == dimensione) {
                rapporto.semina("%s: %s open cases reused, seeded in an earlier run in %.0f s (%,d MB)"
                        .formatted(nome, Rapporto.migliaia(dimensione), semina[1], postgres.dimensione(nome) >> 20));
                return nome;
            }
        }
        if (dimensione > base && !semineSoloApi) {
            return copie(postgres, rapporto, prefisso, dimensione, nudo);
        }
        String modello = null;
        long da = 0;
        double secondiPrima = 0;
        for (int minore : dimensioni) {
            String candidato = prefisso + "_" + minore;
            if (minore < dimensione && postgres.esiste(candidato)) {
                double[] semina = semina(postgres, candidato);
                if (semina != null && semina[0] == minore) {
                    modello = candidato;
                    da = minore;
                    secondiPrima = semina[1];
                }
            }
        }
        traccia("semina di %s: da %d a %d casi%s"
                .formatted(nome, da, dimensione, modello == null ? "" : " (copia di " + modello + ")"));
        long inizio = System.nanoTime();
        postgres.crea(nome, modello);
        if (nudo) {
            SeminaNuda.semina(postgres.url(nome), da, dimensione, thread, MotoreBenchmark::traccia);
        } else {
            SeminaApplicazione.semina(postgres.url(nome), da, dimensione, thread, MotoreBenchmark::traccia);
        }
        try (var connessione = postgres.connessione(nome);
                var istruzione = connessione.createStatement()) {
            istruzione.execute("VACUUM ANALYZE");
            if (!nudo) {
                contatoriEsatti(istruzione, nome);
            }
        }
        double secondi = (System.nanoTime() - inizio) / 1e9;
        segna(postgres, nome, dimensione, secondiPrima + secondi);
        rapporto.semina(
                "%s: %s open cases seeded in this run in %.0f s (%s → %s, %d threads, then VACUUM ANALYZE; %,d MB)"
                        .formatted(
                                nome,
                                Rapporto.migliaia(dimensione),
                                secondi,
                                Rapporto.migliaia(da),
                                Rapporto.migliaia(dimensione),
                                thread,
                                postgres.dimensione(nome) >> 20));
        return nome;
    }

    /**
     * A size above the base: the nearest smaller database (at least the base, seeded through the API), copied, and
     * its original cases multiplied by CopieDiCasi up to {@code dimensione}.
     */
    private String copie(ServerPostgres postgres, Rapporto rapporto, String prefisso, int dimensione, boolean nudo)
            throws Exception {
        if (dimensione % base != 0) {
            throw new IllegalArgumentException(
                    "benchmark.dimensioni: " + dimensione + " non è multiplo della base " + base);
        }
        String nome = prefisso + "_" + dimensione;
        if (postgres.esiste(nome)) {
            double[] semina = semina(postgres, nome);
            if (semina != null && semina[0] == dimensione) {
                rapporto.semina("%s: %s open cases reused, built in an earlier run in %.0f s (%,d MB)"
                        .formatted(nome, Rapporto.migliaia(dimensione), semina[1], postgres.dimensione(nome) >> 20));
                return nome;
            }
        }
        String modello = prepara(postgres, rapporto, prefisso, base, nudo);
        int casiModello = base;
        for (int minore : dimensioni) {
            String candidato = prefisso + "_" + minore;
            if (minore > casiModello && minore < dimensione && minore % base == 0 && postgres.esiste(candidato)) {
                double[] semina = semina(postgres, candidato);
                if (semina != null && semina[0] == minore) {
                    modello = candidato;
                    casiModello = minore;
                }
            }
        }
        double secondiPrima = semina(postgres, modello)[1];
        int daCopia = casiModello / base;
        int aCopia = dimensione / base - 1;
        traccia("copie di %s: da %d a %d casi (copie %d-%d dei %d casi originali)"
                .formatted(nome, casiModello, dimensione, daCopia, aCopia, base));
        long inizio = System.nanoTime();
        postgres.crea(nome, modello);
        try (var connessione = postgres.connessione(nome)) {
            CopieDiCasi.copia(connessione, daCopia, aCopia);
        }
        try (var connessione = postgres.connessione(nome);
                var istruzione = connessione.createStatement()) {
            istruzione.execute("VACUUM ANALYZE");
            if (!nudo) {
                contatoriEsatti(istruzione, nome);
            }
        }
        double secondi = (System.nanoTime() - inizio) / 1e9;
        segna(postgres, nome, dimensione, secondiPrima + secondi);
        rapporto.semina(("%s: %s open cases built in this run in %.0f s: a copy of %s, whose %s original cases (seeded"
                        + " through the engine's API) were copied %d more times at the SQL level (CopieDiCasi), then"
                        + " VACUUM ANALYZE; %,d MB")
                .formatted(
                        nome,
                        Rapporto.migliaia(dimensione),
                        secondi,
                        modello,
                        Rapporto.migliaia(base),
                        aCopia - daCopia + 1,
                        postgres.dimensione(nome) >> 20));
        return nome;
    }

    /** The task counters (ADR 0024) of a seeded database hold what its tables give, or the run stops. */
    private static void contatoriEsatti(Statement istruzione, String database) throws SQLException {
        var differenze = new ArrayList<String>();
        try (var righe = istruzione.executeQuery(ContatoriEsatti.DIFFERENZE)) {
            while (righe.next()) {
                differenze.add(righe.getString(1));
            }
        }
        if (!differenze.isEmpty()) {
            throw new IllegalStateException("Contatori dei compiti errati in " + database + ": " + differenze);
        }
    }

    private static void segna(ServerPostgres postgres, String database, int casi, double secondi) throws SQLException {
        try (var connessione = postgres.connessione(database);
                var istruzione = connessione.createStatement()) {
            istruzione.execute("CREATE TABLE IF NOT EXISTS " + SEMINA + " (casi BIGINT, secondi DOUBLE PRECISION)");
            istruzione.execute("DELETE FROM " + SEMINA);
            istruzione.execute("INSERT INTO " + SEMINA + " VALUES (" + casi + ", " + secondi + ")");
        }
    }

    private static double[] semina(ServerPostgres postgres, String database) throws SQLException {
        try (var connessione = postgres.connessione(database);
                var istruzione = connessione.createStatement();
                var righe = istruzione.executeQuery("SELECT casi, secondi FROM " + SEMINA)) {
            return righe.next() ? new double[] {righe.getLong(1), righe.getDouble(2)} : null;
        } catch (SQLException e) {
            return null;
        }
    }

    /** Databases seeded by other versions of the code are dropped: they would only fill the disk. */
    private static void pulisci(ServerPostgres postgres, String prefisso, String impronta) throws SQLException {
        for (String nome : postgres.database(prefisso)) {
            if (!nome.startsWith(prefisso + impronta)) {
                traccia("elimino " + nome + ", seminato da un'altra versione del codice");
                postgres.elimina(nome);
            }
        }
    }

    /** What the seeded state depends on: a change to any of these files seeds again. */
    private String impronta(String... percorsi) throws Exception {
        var digest = MessageDigest.getInstance("SHA-256");
        var file = new ArrayList<Path>();
        for (String percorso : percorsi) {
            try (Stream<Path> tutti = Files.walk(radice.resolve(percorso))) {
                tutti.filter(Files::isRegularFile).forEach(file::add);
            }
        }
        file.sort(null);
        for (Path f : file) {
            digest.update(radice.relativize(f).toString().getBytes());
            digest.update(Files.readAllBytes(f));
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 10);
    }

    private static String fonte(String classe) {
        return "src/test/java/it/santarzenio/sil/benchmark/" + classe + ".java";
    }

    private String comando() {
        var comando = new StringBuilder("mvn -B -Pbenchmark verify");
        for (String proprieta : List.of(
                "benchmark.dimensioni",
                "benchmark.ripetizioni",
                "benchmark.thread",
                "benchmark.base",
                "benchmark.varianti",
                "benchmark.dimensioni-solo-autorizzazioni",
                "benchmark.solo-semina",
                "benchmark.semina",
                "benchmark.percorsi",
                "benchmark.statement-timeout",
                "benchmark.dati")) {
            if (System.getProperty(proprieta) != null) {
                comando.append(" -D").append(proprieta).append('=').append(System.getProperty(proprieta));
            }
        }
        for (int dimensione : dimensioni) {
            String proprieta = "benchmark.varianti." + dimensione;
            if (System.getProperty(proprieta) != null) {
                comando.append(" -D").append(proprieta).append('=').append(System.getProperty(proprieta));
            }
        }
        return comando.toString();
    }

    static void traccia(String messaggio) {
        System.out.println(
                "[benchmark " + LocalTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS) + "] " + messaggio);
    }
}
