package it.santarzenio.sil.cruscotto.internal;

import it.santarzenio.sil.cruscotto.Cruscotto.Capacita;
import it.santarzenio.sil.cruscotto.Cruscotto.Durata;
import it.santarzenio.sil.cruscotto.Cruscotto.IndicatoriGol;
import it.santarzenio.sil.cruscotto.Cruscotto.Quota;
import it.santarzenio.sil.cruscotto.Cruscotto.Ritardo;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The Cruscotto's figures from the domain tables, each one SQL aggregate that the database computes over the
 * covering indexes of V13__cruscotto_indici_coprenti.sql (index-only scans on PostgreSQL): no row is brought into
 * Java to be counted. Portable SQL, for PostgreSQL and H2 alike.
 * A period is the half-open interval [:inizio, :fine).
 */
@Repository
public class FigureDominio {

    private static final String NEL_PERIODO = " >= :inizio AND %s < :fine";

    /**
     * Days between two timestamps, with their fraction, in double precision: PostgreSQL's EXTRACT answers a numeric,
     * whose arithmetic and sorting for the percentiles cost more than the scan of the period.
     */
    private static String giorni(String da, String a) {
        return "(CAST(EXTRACT(EPOCH FROM " + a + ") AS DOUBLE PRECISION) - CAST(EXTRACT(EPOCH FROM " + da
                + ") AS DOUBLE PRECISION)) / 86400.0";
    }

    private static String nelPeriodo(String colonna) {
        return colonna + NEL_PERIODO.formatted(colonna);
    }

    private final NamedParameterJdbcTemplate jdbc;

    FigureDominio(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private volatile Boolean postgres;

    /**
     * Plans for this period's bounds for the rest of the transaction, on PostgreSQL. After five runs of a statement
     * on a connection the driver prepares it on the server, whose generic plan knows no period: it guessed 500 cases
     * where a year holds 40,000 and chose nested loops, about 30% slower for the GOL query (measured with PREPARE on the
     * benchmark's database). Planning costs a few milliseconds against hundreds of the query. Nothing to do on H2.
     */
    public void pianiPerIlPeriodo() {
        if (postgres == null) {
            postgres = jdbc.getJdbcTemplate().execute((ConnectionCallback<Boolean>)
                    connessione -> "PostgreSQL".equals(connessione.getMetaData().getDatabaseProductName()));
        }
        if (postgres) {
            jdbc.getJdbcTemplate().execute("SET LOCAL plan_cache_mode = force_custom_plan");
        }
    }

    /** Rows of the registro accessi, and those answered at once (a request solved in the interview). */
    public long[] accessiERichiesteEvase(Instant inizio, Instant fine) {
        return jdbc.queryForObject(
                "SELECT COUNT(*), COALESCE(SUM(CASE WHEN esito = 'RICHIESTA_EVASA' THEN 1 ELSE 0 END), 0)"
                        + " FROM accesso WHERE " + nelPeriodo("registrato_il"),
                periodo(inizio, fine),
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)});
    }

    /** Schede utente opened: the citizens taken in charge. */
    public long presiInCarico(Instant inizio, Instant fine) {
        return conta("SELECT COUNT(*) FROM scheda_utente WHERE " + nelPeriodo("aperta_il"), inizio, fine);
    }

    public long inviiSpecialistico(Instant inizio, Instant fine) {
        return conta(
                "SELECT COUNT(*) FROM profilo WHERE esito_primo_livello = 'INVIO_SPECIALISTICO' AND "
                        + nelPeriodo("registrato_il"),
                inizio,
                fine);
    }

    /** Proposal versions presented to the Cabina di Regia. */
    public long proposte(Instant inizio, Instant fine) {
        return conta("SELECT COUNT(*) FROM proposta_progettuale WHERE " + nelPeriodo("presentata_il"), inizio, fine);
    }

    public Map<String, Long> decisioniCabina(Instant inizio, Instant fine) {
        return perValore(
                "SELECT esito, COUNT(*) FROM decisione_cabina WHERE " + nelPeriodo("decisa_il") + " GROUP BY esito",
                inizio,
                fine);
    }

    public Map<String, Long> progettiAvviati(Instant inizio, Instant fine) {
        return perValore(
                "SELECT tipo, COUNT(*) FROM progetto WHERE " + nelPeriodo("avviato_il") + " GROUP BY tipo",
                inizio,
                fine);
    }

    public Map<String, Long> progettiConclusi(Instant inizio, Instant fine) {
        return perValore(
                "SELECT esito_finale, COUNT(*) FROM rendicontazione WHERE " + nelPeriodo("registrata_il")
                        + " GROUP BY esito_finale",
                inizio,
                fine);
    }

    /**
     * Closed cases by esitoPercorso: the paths whose scheda utente closed in the period, with whatever outcome is
     * stored, plus the accesses that never opened one (a request answered at once, a citizen who did not adhere),
     * counted on the day of the access.
     */
    public Map<String, Long> casiChiusi(Instant inizio, Instant fine) {
        return perValore(
                "SELECT esito, COUNT(*) FROM ("
                        + " SELECT esito_percorso AS esito FROM scheda_utente WHERE " + nelPeriodo("chiusa_il")
                        + " UNION ALL"
                        + " SELECT esito FROM accesso WHERE esito IN ('RICHIESTA_EVASA', 'NON_ADERISCE') AND "
                        + nelPeriodo("registrato_il")
                        + ") chiusi GROUP BY esito",
                inizio,
                fine);
    }

    /** Outcome checks recorded in the period, by interval ("P6M") and condition. */
    public Map<String, Map<String, Long>> verificheEsiti(Instant inizio, Instant fine) {
        var perIntervallo = new LinkedHashMap<String, Map<String, Long>>();
        jdbc.query(
                "SELECT intervallo, condizione, COUNT(*) FROM verifica_esito WHERE " + nelPeriodo("registrata_il")
                        + " GROUP BY intervallo, condizione",
                periodo(inizio, fine),
                rs -> {
                    perIntervallo
                            .computeIfAbsent(rs.getString(1), intervallo -> new LinkedHashMap<>())
                            .put(rs.getString(2), rs.getLong(3));
                });
        return perIntervallo;
    }

    /**
     * Access to the assessment the citizen attended, for the assessments held in the period. The access of a path is
     * the opening of its scheda utente (one transaction with the registro accessi row), a smaller table to join.
     */
    public Durata accessoAssessment(Instant inizio, Instant fine) {
        return durata(
                "SELECT " + giorni("a.aperta_il", "c.registrato_il") + " AS giorni FROM colloquio c"
                        + " JOIN scheda_utente a ON a.numero_pratica = c.numero_pratica"
                        + " WHERE c.presenza = 'PRESENTE' AND " + nelPeriodo("c.registrato_il"),
                inizio,
                fine);
    }

    /** Scheda utente opened to the hand-over to Fase II, for the hand-overs in the period. */
    public Durata presaInCaricoInvioSpecialistico(Instant inizio, Instant fine) {
        return durata(
                "SELECT " + giorni("s.aperta_il", "p.registrato_il") + " AS giorni FROM profilo p"
                        + " JOIN scheda_utente s ON s.numero_pratica = p.numero_pratica"
                        + " WHERE p.esito_primo_livello = 'INVIO_SPECIALISTICO' AND " + nelPeriodo("p.registrato_il"),
                inizio,
                fine);
    }

    /** Proposal presented to the Cabina's decision, by version, for the decisions taken in the period. */
    public Map<Integer, Durata> propostaDecisionePerVersione(Instant inizio, Instant fine) {
        var perVersione = new TreeMap<Integer, Durata>();
        jdbc.query(
                "SELECT versione, COUNT(*), PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY giorni),"
                        + " PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY giorni) FROM ("
                        + " SELECT p.versione, " + giorni("p.presentata_il", "d.decisa_il") + " AS giorni"
                        + " FROM decisione_cabina d JOIN proposta_progettuale p ON p.id = d.proposta_id"
                        + " WHERE " + nelPeriodo("d.decisa_il") + ") durate GROUP BY versione",
                periodo(inizio, fine),
                rs -> {
                    perVersione.put(rs.getInt(1), durata(rs, 2));
                });
        return perVersione;
    }

    /** Project started to project ended (concluded or interrupted), for the projects ended in the period. */
    public Durata progetto(Instant inizio, Instant fine) {
        return durata(
                "SELECT " + giorni("avviato_il", "terminato_il") + " AS giorni FROM progetto"
                        + " WHERE avviato_il IS NOT NULL AND " + nelPeriodo("terminato_il"),
                inizio,
                fine);
    }

    /** The whole path, scheda utente opened to closed, for the paths closed in the period. */
    public Durata percorso(Instant inizio, Instant fine) {
        return durata(
                "SELECT " + giorni("aperta_il", "chiusa_il") + " AS giorni FROM scheda_utente WHERE "
                        + nelPeriodo("chiusa_il"),
                inizio,
                fine);
    }

    /**
     * The GOL indicators over the citizens taken in charge in the period, in one pass grouped by confirmed path (the
     * few group rows are then added up). Sex and age come from the codice fiscale as it is, at the opening of the
     * scheda utente, which happens with the access in one transaction (16 characters; omocodia decoded with
     * TRANSLATE; day of birth over 40 for women; the century that puts the birth no later than the access): nothing
     * new is stored about the person. A provisional 11-digit code or an anonymised citizen is "not determinable".
     * The activity and unemployment tests are hash joins on distinct case numbers, not a subquery per row.
     */
    public IndicatoriGol indicatoriGol(Instant inizio, Instant fine) {
        var perPercorso = new LinkedHashMap<String, Long>();
        long[] totali = new long[7];
        jdbc.query(
                "SELECT percorso, COUNT(*),"
                        + " SUM(oltre_assessment),"
                        + " SUM(CASE WHEN giorno IS NOT NULL THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN giorno > 40 THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN eta < 30 THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN eta > 55 THEN 1 ELSE 0 END),"
                        + " SUM(lunga_durata)"
                        + " FROM (SELECT percorso, giorno, oltre_assessment, lunga_durata,"
                        + "   (data_accesso - (CASE WHEN 2000 + anno <= anno_accesso THEN 20000000 ELSE 19000000 END"
                        + "     + nascita)) / 10000 AS eta"
                        + "  FROM (SELECT percorso, oltre_assessment, lunga_durata, data_accesso, giorno,"
                        + "     nascita, data_accesso / 10000 AS anno_accesso, nascita / 10000 AS anno"
                        + "   FROM (SELECT COALESCE(p.percorso_confermato, 'NON_PROFILATO') AS percorso,"
                        // yyyymmdd of the access; TO_CHAR costs a third of three EXTRACTs, numerics on PostgreSQL.
                        + "     CAST(TO_CHAR(s.aperta_il, 'YYYYMMDD') AS INTEGER) AS data_accesso,"
                        + "     CASE WHEN " + CF_DETERMINABILE + " THEN CAST(" + cifre(10, 2) + " AS INTEGER) END"
                        + "       AS giorno,"
                        // yymmdd of the birth, the day without the +40 of women.
                        + "     CASE WHEN " + CF_DETERMINABILE + " THEN CAST(" + cifre(7, 2) + " AS INTEGER) * 10000"
                        + "       + " + MESE + " * 100 + MOD(CAST(" + cifre(10, 2) + " AS INTEGER), 40) END AS nascita,"
                        + "     CASE WHEN t.numero_pratica IS NOT NULL OR g.numero_pratica IS NOT NULL THEN 1 ELSE 0 END"
                        + "       AS oltre_assessment,"
                        + "     CASE WHEN c.numero_pratica IS NOT NULL THEN 1 ELSE 0 END AS lunga_durata"
                        + "    FROM scheda_utente s"
                        + "    JOIN cittadino z ON z.id = s.cittadino_id"
                        // A case's profile and assessments come after its opening: read from the period's start
                        // only, so that the cost follows the period, not the years of history (index on registrato_il).
                        + "    LEFT JOIN (SELECT numero_pratica, percorso_confermato FROM profilo"
                        + "      WHERE registrato_il >= :inizio) p ON p.numero_pratica = s.numero_pratica"
                        + "    LEFT JOIN progetto g ON g.numero_pratica = s.numero_pratica"
                        + "    LEFT JOIN (SELECT numero_pratica FROM attivita_specialistica GROUP BY numero_pratica) t"
                        + "      ON t.numero_pratica = s.numero_pratica"
                        + "    LEFT JOIN (SELECT numero_pratica FROM colloquio WHERE registrato_il >= :inizio"
                        + "        AND presenza = 'PRESENTE'"
                        + "        AND mesi_senza_lavoro >= 12"
                        + "        AND condizione_occupazionale IN ('DISOCCUPATO', 'INOCCUPATO')"
                        + "        GROUP BY numero_pratica) c ON c.numero_pratica = s.numero_pratica"
                        + "    WHERE " + nelPeriodo("s.aperta_il")
                        // OFFSET 0 keeps the database from inlining this table, which evaluated the decoding of
                        // the codice fiscale once per use instead of once per row.
                        + "    OFFSET 0 ROWS) decodificati) anni) presi"
                        + " GROUP BY percorso",
                periodo(inizio, fine),
                rs -> {
                    perPercorso.put(rs.getString(1), rs.getLong(2));
                    for (int i = 0; i < totali.length; i++) {
                        totali[i] += rs.getLong(i + 2);
                    }
                });
        long presi = totali[0];
        long determinabili = totali[2];
        return new IndicatoriGol(
                perPercorso,
                Quota.di(totali[1], presi),
                Quota.di(totali[3], determinabili),
                Quota.di(totali[4], determinabili),
                Quota.di(totali[5], determinabili),
                presi - determinabili,
                Quota.di(totali[6], presi));
    }

    private static final String CF = "z.codice_fiscale";
    private static final String CF_DETERMINABILE = "LENGTH(" + CF + ") = 16 AND " + CF + " NOT LIKE 'ANONIMO%'";
    private static final String MESE = "CASE SUBSTRING(" + CF + ", 9, 1) WHEN 'A' THEN 1 WHEN 'B' THEN 2"
            + " WHEN 'C' THEN 3 WHEN 'D' THEN 4 WHEN 'E' THEN 5 WHEN 'H' THEN 6 WHEN 'L' THEN 7 WHEN 'M' THEN 8"
            + " WHEN 'P' THEN 9 WHEN 'R' THEN 10 WHEN 'S' THEN 11 WHEN 'T' THEN 12 END";

    /** The digits of the code from {@code da} (1-based), omocodia letters turned back into digits. */
    private static String cifre(int da, int quante) {
        return "TRANSLATE(SUBSTRING(" + CF + ", " + da + ", " + quante + "), 'LMNPQRSTUV', '0123456789')";
    }

    /** A desk's appointments whose slot falls in the period, by state. */
    public Capacita capacita(String sportello, long slotOfferti, Instant inizio, Instant fine) {
        var parametri = periodo(inizio, fine).addValue("sportello", sportello);
        return jdbc.queryForObject(
                "SELECT"
                        + " COALESCE(SUM(CASE WHEN stato IN ('PRENOTATO', 'SVOLTO', 'ASSENTE') THEN 1 ELSE 0 END), 0),"
                        + " COALESCE(SUM(CASE WHEN stato = 'SVOLTO' THEN 1 ELSE 0 END), 0),"
                        + " COALESCE(SUM(CASE WHEN stato = 'ASSENTE' THEN 1 ELSE 0 END), 0),"
                        + " COALESCE(SUM(CASE WHEN stato = 'RIPROGRAMMATO' THEN 1 ELSE 0 END), 0),"
                        + " COALESCE(SUM(CASE WHEN stato = 'ANNULLATO' THEN 1 ELSE 0 END), 0)"
                        + " FROM appuntamento WHERE sportello = :sportello AND " + nelPeriodo("inizio"),
                parametri,
                (rs, n) -> {
                    long svolti = rs.getLong(2);
                    long assenze = rs.getLong(3);
                    return new Capacita(
                            slotOfferti,
                            rs.getLong(1),
                            svolti,
                            assenze,
                            Quota.di(assenze, svolti + assenze).percentuale(),
                            rs.getLong(4),
                            rs.getLong(5));
                });
    }

    /** Appointments already over with no presence or absence recorded, by desk. */
    public Map<String, Ritardo> appuntamentiSenzaEsito(Instant adesso) {
        var perSportello = new TreeMap<String, Ritardo>();
        jdbc.query(
                "SELECT sportello, COUNT(*), MIN(fine) FROM appuntamento WHERE stato = 'PRENOTATO' AND fine < :adesso"
                        + " GROUP BY sportello",
                new MapSqlParameterSource("adesso", istante(adesso)),
                rs -> {
                    perSportello.put(rs.getString(1), ritardo(rs, 2, adesso));
                });
        return perSportello;
    }

    /**
     * Proposals still undecided past their due date (sil.cabina.scadenza-approvazione after presentation). A proposal
     * withdrawn because its case closed early or was cancelled awaits no decision any more.
     */
    public Ritardo decisioniCabinaOltreScadenza(Instant adesso) {
        return jdbc.queryForObject(
                "SELECT COUNT(*), MIN(p.scadenza_il) FROM proposta_progettuale p WHERE p.scadenza_il < :adesso"
                        + " AND p.ritirata_il IS NULL"
                        + " AND NOT EXISTS (SELECT 1 FROM decisione_cabina d WHERE d.proposta_id = p.id)",
                new MapSqlParameterSource("adesso", istante(adesso)),
                (rs, n) -> ritardo(rs, 1, adesso));
    }

    /** A count at column {@code conteggio}, the oldest due instant right after it. */
    private static Ritardo ritardo(ResultSet rs, int conteggio, Instant adesso) throws SQLException {
        long quanti = rs.getLong(conteggio);
        var piuVecchia = rs.getObject(conteggio + 1, OffsetDateTime.class);
        return quanti == 0 || piuVecchia == null
                ? Ritardo.NESSUNO
                : new Ritardo(
                        quanti, Duration.between(piuVecchia.toInstant(), adesso).toDays());
    }

    private Durata durata(String giorni, Instant inizio, Instant fine) {
        return jdbc.queryForObject(
                "SELECT COUNT(*), PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY giorni),"
                        + " PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY giorni) FROM (" + giorni + ") durate",
                periodo(inizio, fine),
                (rs, n) -> durata(rs, 1));
    }

    private static Durata durata(ResultSet rs, int prima) throws SQLException {
        long casi = rs.getLong(prima);
        return new Durata(casi, arrotonda(rs.getObject(prima + 1)), arrotonda(rs.getObject(prima + 2)));
    }

    private static Double arrotonda(Object giorni) {
        return giorni == null ? null : Math.round(((Number) giorni).doubleValue() * 10) / 10.0;
    }

    private long conta(String sql, Instant inizio, Instant fine) {
        return jdbc.queryForObject(sql, periodo(inizio, fine), Long.class);
    }

    private Map<String, Long> perValore(String sql, Instant inizio, Instant fine) {
        var conteggi = new LinkedHashMap<String, Long>();
        jdbc.query(sql, periodo(inizio, fine), rs -> {
            conteggi.put(rs.getString(1), rs.getLong(2));
        });
        return conteggi;
    }

    private static MapSqlParameterSource periodo(Instant inizio, Instant fine) {
        return new MapSqlParameterSource().addValue("inizio", istante(inizio)).addValue("fine", istante(fine));
    }

    private static OffsetDateTime istante(Instant istante) {
        return istante.atOffset(ZoneOffset.UTC);
    }
}
