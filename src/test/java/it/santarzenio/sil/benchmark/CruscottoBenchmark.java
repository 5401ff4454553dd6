package it.santarzenio.sil.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import it.santarzenio.sil.ClientHttp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestConstructor;
import org.springframework.test.context.TestConstructor.AutowireMode;

/**
 * The Cruscotto at a region's scale: 100,000 closed cases and their rows (about 840,000 domain rows: citizens,
 * accesses, schede utente, assessments and absences, profiles, appointments, specialist activities, proposals and
 * decisions, projects, monitoring, reports) seeded with SQL on the embedded PostgreSQL, then {@code /api/cruscotto}
 * for the last twelve months and its CSV over HTTP, as the Cockpit plugin calls them. Writes its block of
 * docs/benchmark.md. Run by {@code mvn -B -Pbenchmark verify}, never by the normal build.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.main.register-shutdown-hook=false",
            "camunda.bpm.generate-unique-process-engine-name=true",
            "camunda.bpm.job-execution.enabled=false",
            "sil.demo.database-non-incorporato=true"
        })
@ContextConfiguration(initializers = CruscottoBenchmark.DatabaseProprio.class)
@TestConstructor(autowireMode = AutowireMode.ALL)
class CruscottoBenchmark {

    static final int CASI = 100_000;
    static final int RICHIESTE_RAPIDE = 20_000;
    static final int RISCALDAMENTO = 3;
    static final int MISURE = 20;
    static final long LIMITE_API_MS = 1000;
    static final long LIMITE_CSV_MS = 2000;
    static final Path RISULTATI = Path.of("docs/benchmark.md");
    /** Written once the seeding is complete: a database without it is seeded again. */
    static final String SEMINA = "benchmark_semina";

    private static ServerPostgres POSTGRES;
    private static String URL;
    private static boolean SEMINATO;

    private final JdbcTemplate jdbc;
    private final ClientHttp client;
    private final String password;

    CruscottoBenchmark(JdbcTemplate jdbc, @LocalServerPort int porta, @Value("${sil.demo.password}") String password) {
        this.jdbc = jdbc;
        this.client = new ClientHttp(porta);
        this.password = password;
    }

    @Test
    void cruscottoSuCentomilaCasiChiusi() throws IOException, SQLException {
        long righe;
        String semina;
        if (SEMINATO) {
            righe = jdbc.queryForObject("SELECT righe FROM " + SEMINA, Long.class);
            semina = "seeded by an earlier run (%s s), reused"
                    .formatted(jdbc.queryForObject("SELECT secondi FROM " + SEMINA, String.class));
        } else {
            long inizioSemina = System.nanoTime();
            righe = semina();
            double secondi = (System.nanoTime() - inizioSemina) / 1e9;
            jdbc.execute("CREATE TABLE " + SEMINA + " (righe BIGINT, secondi VARCHAR(20))");
            jdbc.update("INSERT INTO " + SEMINA + " VALUES (?, ?)", righe, "%.1f".formatted(secondi));
            semina = "seeded with SQL in %.1f s".formatted(secondi);
        }
        if (Boolean.getBoolean("benchmark.solo-semina")) {
            return;
        }

        LocalDate oggi = LocalDate.now(ZoneId.of("Europe/Rome"));
        String dodiciMesi = "dal=" + oggi.minusYears(1).plusDays(1) + "&al=" + oggi;
        String questoMese = "dal=" + oggi.withDayOfMonth(1) + "&al=" + oggi;
        int annoScorso = oggi.getYear() - 1;
        String unAnno = "dal=" + annoScorso + "-01-01&al=" + annoScorso + "-12-31";
        String caricoPrima = Macchina.carico();
        var misure = new ArrayList<Misura>();
        for (var richiesta : List.of(
                new Richiesta("`GET /api/cruscotto`, last 12 months", "/api/cruscotto?" + dodiciMesi, LIMITE_API_MS),
                new Richiesta(
                        "`GET /api/cruscotto/export.csv`, last 12 months",
                        "/api/cruscotto/export.csv?" + dodiciMesi,
                        LIMITE_CSV_MS),
                new Richiesta(
                        "`GET /api/cruscotto/export.xlsx`, last 12 months",
                        "/api/cruscotto/export.xlsx?" + dodiciMesi,
                        null),
                new Richiesta("`GET /api/cruscotto`, this month", "/api/cruscotto?" + questoMese, null),
                new Richiesta("`GET /api/cruscotto`, year " + annoScorso, "/api/cruscotto?" + unAnno, null))) {
            misure.add(new Misura(richiesta, misura(() -> client.get(richiesta.percorso(), "responsabile", password))));
        }
        String caricoDopo = Macchina.carico();

        var figure = client.get("/api/cruscotto?" + dodiciMesi, "responsabile", password)
                .body();
        long presi = jdbc.queryForObject(
                "SELECT COUNT(*) FROM scheda_utente WHERE aperta_il >= ?::date AND aperta_il < ?::date + 1",
                Long.class,
                oggi.minusYears(1).plusDays(1).toString(),
                oggi.toString());
        assertThat(figure).contains("\"presiInCarico\":" + presi);
        // A target missed is reported in docs/benchmark.md, not hidden and not a failed build (as MotoreBenchmark).
        scrivi(righe, semina, caricoPrima, caricoDopo, misure);
    }

    record Richiesta(String nome, String percorso, Long limiteMs) {}

    record Misura(Richiesta richiesta, List<Long> tempi) {

        long p50() {
            return tempi.get(tempi.size() / 2);
        }

        long p95() {
            return tempi.get((int) Math.ceil(0.95 * tempi.size()) - 1);
        }

        long massimo() {
            return tempi.get(tempi.size() - 1);
        }

        String obiettivo() {
            Long limite = richiesta.limiteMs();
            return limite == null ? "—" : "≤ %d ms: %s".formatted(limite, p95() <= limite ? "met" : "NOT met");
        }
    }

    /** Sorted latencies in ms of {@link #MISURE} calls after {@link #RISCALDAMENTO} unmeasured ones. */
    private static List<Long> misura(Supplier<java.net.http.HttpResponse<String>> chiamata) {
        for (int i = 0; i < RISCALDAMENTO; i++) {
            assertThat(chiamata.get().statusCode()).isEqualTo(200);
        }
        var tempi = new ArrayList<Long>();
        for (int i = 0; i < MISURE; i++) {
            long inizio = System.nanoTime();
            var risposta = chiamata.get();
            tempi.add((System.nanoTime() - inizio) / 1_000_000);
            assertThat(risposta.statusCode()).isEqualTo(200);
        }
        tempi.sort(null);
        return tempi;
    }

    /** Case i opens at t0(i), up to two years ago, and every later step a fixed number of days after it. */
    private long semina() {
        long righe = 0;
        for (String istruzione : istruzioni()) {
            righe += jdbc.update(istruzione);
        }
        // As autovacuum leaves a production database: statistics and the visibility map (index-only scans).
        jdbc.execute("VACUUM ANALYZE");
        return righe;
    }

    /** The seeding SQL: its text is the seeded database's fingerprint, so a change to it seeds again. */
    static List<String> istruzioni() {
        String t0 = "(now() - interval '60 days' - (i % 730) * interval '1 day' - (i % 9) * interval '1 hour')";
        String pratica = "'SIL-2099-' || lpad(i::text, 6, '0')";
        String serie = " FROM generate_series(1, " + CASI + ") AS i";
        List<String> istruzioni = List.of(
                "INSERT INTO cittadino (id, codice_fiscale, nome, cognome, data_nascita, registrato_il, aggiornato_il)"
                        + " SELECT 1000000 + i, lpad(i::text, 6, '0')"
                        + " || lpad((((i * 37) % 60 + 45) % 100)::text, 2, '0')"
                        + " || substr('ABCDEHLMPRST', (i % 12) + 1, 1)"
                        + " || lpad(((i % 28) + 1 + CASE WHEN i % 2 = 0 THEN 40 ELSE 0 END)::text, 2, '0')"
                        + " || 'F839X', 'Nome', 'Cognome', DATE '1980-01-01', " + t0 + ", " + t0 + serie,
                "INSERT INTO accesso (cittadino_id, numero_pratica, registrato_il, operatore, bisogno_espresso,"
                        + " tipo_richiesta, aderisce_orientamento, esito) SELECT 1000000 + i, " + pratica + ", " + t0
                        + ", 'informativo', 'Cerca lavoro.', 'PERCORSO', true, 'PRESA_IN_CARICO'" + serie,
                "INSERT INTO accesso (cittadino_id, numero_pratica, registrato_il, operatore, bisogno_espresso,"
                        + " tipo_richiesta, esito, risposta_fornita) SELECT 1000000 + i,"
                        + " 'SIL-2098-' || lpad(i::text, 6, '0'), " + t0 + " - interval '3 days', 'informativo',"
                        + " 'Informazioni.', 'RISOLVIBILE', 'RICHIESTA_EVASA', 'Portale regionale.'"
                        + " FROM generate_series(1, " + RICHIESTE_RAPIDE + ") AS i",
                "INSERT INTO scheda_utente (numero_pratica, cittadino_id, aperta_il, operatore, chiusa_il,"
                        + " esito_percorso) SELECT " + pratica + ", 1000000 + i, " + t0 + ", 'informativo', "
                        + t0 + " + (10 + i % 50) * interval '1 day', (ARRAY['ABBANDONO', 'ORIENTAMENTO_CONCLUSO',"
                        + " 'PROPOSTA_RESPINTA', 'PROGETTO_CONCLUSO', 'ORIENTAMENTO_CONCLUSO'])[i % 5 + 1]" + serie,
                "INSERT INTO colloquio (numero_pratica, registrato_il, operatore, presenza, titolo_studio,"
                        + " condizione_occupazionale, mesi_senza_lavoro, storia_professionale, ha_curriculum,"
                        + " competenze_digitali, fragilita_sociale) SELECT " + pratica + ", " + t0
                        + " + interval '7 days', 'informativo', 'PRESENTE', 'DIPLOMA', 'DISOCCUPATO', i % 30,"
                        + " 'Magazziniere.', true, 'BASE', false" + serie,
                "INSERT INTO colloquio (numero_pratica, registrato_il, operatore, presenza) SELECT " + pratica
                        + ", " + t0 + " + interval '3 days', 'informativo', 'ASSENTE'"
                        + " FROM generate_series(1, 20000) AS i",
                "INSERT INTO profilo (numero_pratica, registrato_il, operatore, percorso_suggerito,"
                        + " versione_regola, percorso_confermato, obiettivi, esito_primo_livello, progetto_definito)"
                        + " SELECT " + pratica + ", " + t0 + " + interval '8 days', 'informativo',"
                        + " (ARRAY['REINSERIMENTO', 'AGGIORNAMENTO', 'RIQUALIFICAZIONE', 'INCLUSIONE'])[i % 4 + 1],"
                        + " 'Decision_Profilazione:1',"
                        + " (ARRAY['REINSERIMENTO', 'AGGIORNAMENTO', 'RIQUALIFICAZIONE', 'INCLUSIONE'])[i % 4 + 1],"
                        + " 'Obiettivi.', CASE WHEN i % 5 IN (2, 3) THEN 'INVIO_SPECIALISTICO' ELSE 'CONCLUSO' END,"
                        + " CASE WHEN i % 5 = 3 THEN true WHEN i % 5 = 2 THEN false END" + serie,
                "INSERT INTO appuntamento (numero_pratica, cittadino_id, sportello, inizio, fine, operatore, stato,"
                        + " uid_calendario, sequenza_calendario, prenotato_il, aggiornato_il) SELECT " + pratica
                        + ", 1000000 + i, 'INFORMATIVO', " + t0 + " + interval '7 days', " + t0
                        + " + interval '7 days 30 minutes', 'informativo', 'SVOLTO', 'b' || i, 0, " + t0 + ", " + t0
                        + serie,
                "INSERT INTO appuntamento (numero_pratica, cittadino_id, sportello, inizio, fine, operatore, stato,"
                        + " uid_calendario, sequenza_calendario, prenotato_il, aggiornato_il) SELECT " + pratica
                        + ", 1000000 + i, 'INFORMATIVO', " + t0 + " + interval '3 days', " + t0
                        + " + interval '3 days 30 minutes', 'informativo', 'ASSENTE', 'a' || i, 0, " + t0 + ", " + t0
                        + " FROM generate_series(1, 20000) AS i",
                "INSERT INTO attivita_specialistica (numero_pratica, tipo, testo, operatore, registrata_il)"
                        + " SELECT " + pratica + ", 'CONDIVISIONE', 'Condiviso.', 'specialistico', " + t0
                        + " + interval '9 days'" + serie + " WHERE i % 5 IN (2, 3)",
                "INSERT INTO proposta_progettuale (numero_pratica, versione, testo, tipo_progetto,"
                        + " richiede_abbinamento, presentata_da, presentata_il, scadenza_il) SELECT " + pratica
                        + ", v, 'Proposta.', 'TIROCINIO', false, 'specialistico', " + t0
                        + " + (8 + 7 * v) * interval '1 day', " + t0 + " + (23 + 7 * v) * interval '1 day'" + serie
                        + " CROSS JOIN generate_series(1, 2) AS v WHERE i % 5 = 2 AND (v = 1 OR i % 2 = 0)",
                "INSERT INTO decisione_cabina (proposta_id, esito, motivazione, decisa_da, decisa_il)"
                        + " SELECT p.id, CASE WHEN p.versione = 1 AND EXISTS (SELECT 1 FROM proposta_progettuale q"
                        + " WHERE q.numero_pratica = p.numero_pratica AND q.versione = 2) THEN 'DA_RIVEDERE'"
                        + " ELSE 'RESPINTA' END, 'Motivazione.', 'cabina', p.presentata_il + (p.id % 10 + 1)"
                        + " * interval '1 day' FROM proposta_progettuale p WHERE p.numero_pratica LIKE 'SIL-2099-%'",
                "INSERT INTO progetto (numero_pratica, progetto_definito, tipo, richiede_abbinamento, stato,"
                        + " approvato_da, approvato_il, data_avvio, avviato_da, avviato_il, terminato_il)"
                        + " SELECT " + pratica + ", true, (ARRAY['LAVORO', 'TIROCINIO', 'FORMAZIONE', 'AUTOIMPIEGO',"
                        + " 'INCLUSIONE'])[(i / 5) % 5 + 1], false, 'CONCLUSO', 'specialistico', " + t0
                        + " + interval '10 days', CAST(" + t0 + " + interval '12 days' AS DATE), 'specialistico', "
                        + t0 + " + interval '12 days', " + t0 + " + (12 + i % 40) * interval '1 day'" + serie
                        + " WHERE i % 5 = 3",
                "INSERT INTO monitoraggio (progetto_id, numero, stato_progetto, note, operatore, registrato_il)"
                        + " SELECT p.id, n, CASE WHEN n = 2 THEN 'CONCLUSO' ELSE 'IN_CORSO' END, 'Note.',"
                        + " 'specialistico', p.avviato_il + n * interval '5 days' FROM progetto p"
                        + " CROSS JOIN generate_series(1, 2) AS n WHERE p.numero_pratica LIKE 'SIL-2099-%'",
                "INSERT INTO rendicontazione (progetto_id, esito_finale, relazione_finale, operatore, registrata_il)"
                        + " SELECT p.id, (ARRAY['OCCUPATO', 'TIROCINIO_CONCLUSO', 'FORMAZIONE_CONCLUSA', 'INTERROTTO',"
                        + " 'ALTRO'])[p.id % 5 + 1], 'Relazione.', 'specialistico', p.terminato_il FROM progetto p"
                        + " WHERE p.numero_pratica LIKE 'SIL-2099-%'");
        return istruzioni;
    }

    private static void scrivi(long righe, String semina, String caricoPrima, String caricoDopo, List<Misura> misure)
            throws IOException, SQLException {
        var blocco = new StringBuilder("<!-- inizio cruscotto -->\n## Cruscotto (`CruscottoBenchmark`)\n\n");
        blocco.append("Run of %s, on %s; code %s; %s.\n\n"
                .formatted(
                        ZonedDateTime.now(ZoneId.of("Europe/Rome"))
                                .format(DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm z", Locale.ENGLISH)),
                        Macchina.descrizione(),
                        Macchina.versioneDelCodice(Path.of("").toAbsolutePath()),
                        Macchina.postgres(POSTGRES)));
        blocco.append("%,d closed cases, %,d domain rows, %s; then %d calls of each request (after %d unmeasured),"
                .formatted(CASI, righe, semina, MISURE, RISCALDAMENTO));
        blocco.append(
                " one after the other over HTTP with HTTP Basic, as the Cockpit plugin and a download make them.");
        blocco.append(" Load average (1 min) %s before the measurements, %s after them.\n\n"
                .formatted(caricoPrima, caricoDopo));
        blocco.append("| request | p50 | p95 | max | target (p95) |\n|---|---|---|---|---|\n");
        for (var misura : misure) {
            blocco.append("| %s | %d ms | %d ms | %d ms | %s |\n"
                    .formatted(
                            misura.richiesta().nome(),
                            misura.p50(),
                            misura.p95(),
                            misura.massimo(),
                            misura.obiettivo()));
        }
        blocco.append("\nTargets (issue 12) are reported, met or not; the run fails only if it could not measure.")
                .append(" Run: `./mvnw -B -Pbenchmark verify -Dit.test=CruscottoBenchmark`")
                .append(" (`-Dbenchmark.solo-semina=true` seeds without measuring; a later run reuses the seed).\n")
                .append("<!-- fine cruscotto -->");
        String attuale = Files.exists(RISULTATI)
                ? Files.readString(RISULTATI, StandardCharsets.UTF_8)
                : "# Benchmark\n\n<!-- inizio motore -->\n<!-- fine motore -->\n\n<!-- inizio cruscotto -->\n"
                        + "<!-- fine cruscotto -->\n";
        int inizio = attuale.indexOf("<!-- inizio cruscotto -->");
        int fine = attuale.indexOf("<!-- fine cruscotto -->");
        String nuovo = inizio < 0 || fine < 0
                ? attuale + "\n" + blocco + "\n"
                : attuale.substring(0, inizio) + blocco + attuale.substring(fine + "<!-- fine cruscotto -->".length());
        Files.writeString(RISULTATI, nuovo, StandardCharsets.UTF_8);
    }

    /**
     * The benchmark's PostgreSQL with the production settings (ServerPostgres) on a data directory of its own that
     * outlives the run ({@code benchmark.dati}/pg16-cruscotto): a database seeded by the same seeding SQL is reused,
     * one seeded by another or on another day is dropped and seeded again. Flyway brings a reused database to the current schema.
     */
    static class DatabaseProprio implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext contesto) {
            try {
                if (POSTGRES == null) {
                    POSTGRES = new ServerPostgres(Path.of(System.getProperty(
                                    "benchmark.dati",
                                    Path.of(System.getProperty("user.home"), ".cache", "sil-benchmark")
                                            .toString()))
                            .resolve("pg16-cruscotto"));
                    String database = "cruscotto_" + impronta();
                    for (String altro : POSTGRES.database("cruscotto_")) {
                        if (!altro.equals(database)) {
                            POSTGRES.elimina(altro);
                        }
                    }
                    SEMINATO = POSTGRES.esiste(database) && seminato(database);
                    if (!SEMINATO) {
                        POSTGRES.crea(database, null);
                    }
                    URL = POSTGRES.url(database);
                }
            } catch (SQLException | NoSuchAlgorithmException e) {
                throw new IllegalStateException("Database del benchmark del Cruscotto non pronto", e);
            }
            TestPropertyValues.of(
                            "spring.datasource.url=" + URL,
                            "spring.datasource.username=" + ServerPostgres.UTENTE,
                            "spring.datasource.password=" + ServerPostgres.PASSWORD)
                    .applyTo(contesto);
        }

        private static boolean seminato(String database) throws SQLException {
            try (var connessione = POSTGRES.connessione(database);
                    var righe = connessione.getMetaData().getTables(null, null, SEMINA, new String[] {"TABLE"})) {
                return righe.next();
            }
        }

        private static String impronta() throws NoSuchAlgorithmException {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(String.join("\n", istruzioni()).getBytes(StandardCharsets.UTF_8));
            // The seed is relative to its day (now() - n days): reused the same day only, so runs of a day compare.
            digest.update(LocalDate.now(ZoneId.of("Europe/Rome")).toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest()).substring(0, 10);
        }
    }
}
