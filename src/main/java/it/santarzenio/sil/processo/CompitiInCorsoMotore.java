package it.santarzenio.sil.processo;

import it.santarzenio.sil.cruscotto.CompitiInCorso;
import it.santarzenio.sil.cruscotto.Cruscotto.CompitoInRitardo;
import it.santarzenio.sil.cruscotto.Cruscotto.Ritardo;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The Cruscotto's view of the engine: open cases by a count query, open and late user tasks by aggregates over the
 * engine's runtime tables (the engine's API has no group-by). Run by the /api caller, not a Camunda user, so no
 * authorization filter applies: the figures are the whole service's, for the responsabili only (SicurezzaWebConfig).
 * Due dates are the engine's local timestamps, compared with a {@link Timestamp} in the same zone.
 */
@Component
class CompitiInCorsoMotore implements CompitiInCorso {

    private static final String COMPITI_CON_GRUPPO = " FROM ACT_RU_TASK t LEFT JOIN ACT_RU_IDENTITYLINK l"
            + " ON l.TASK_ID_ = t.ID_ AND l.TYPE_ = 'candidate' AND l.GROUP_ID_ IS NOT NULL";
    private static final String NESSUN_GRUPPO = "nessuno";

    private final RuntimeService runtime;
    private final JdbcTemplate jdbc;

    CompitiInCorsoMotore(RuntimeService runtime, JdbcTemplate jdbc) {
        this.runtime = runtime;
        this.jdbc = jdbc;
    }

    @Override
    public long praticheAperte() {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(Processi.PERCORSO_CITTADINO)
                .rootProcessInstances()
                .count();
    }

    /**
     * Each root instance of the citizen's path once: its instances share its id as ROOT_PROC_INST_ID_, and the
     * newest open task among them is where the case stands. One pass over the open tasks, portable SQL.
     */
    @Override
    public Map<String, Long> pratichePerPasso() {
        return conteggi("SELECT COALESCE(passo.TASK_DEF_KEY_, '" + SENZA_COMPITO + "'), COUNT(*)"
                + " FROM ACT_RU_EXECUTION r JOIN ACT_RE_PROCDEF d ON d.ID_ = r.PROC_DEF_ID_"
                + " LEFT JOIN (SELECT e.ROOT_PROC_INST_ID_ AS RADICE, t.TASK_DEF_KEY_, ROW_NUMBER() OVER"
                + " (PARTITION BY e.ROOT_PROC_INST_ID_ ORDER BY t.CREATE_TIME_ DESC, t.ID_ DESC) AS N"
                + " FROM ACT_RU_TASK t JOIN ACT_RU_EXECUTION e ON e.ID_ = t.PROC_INST_ID_) passo"
                + " ON passo.RADICE = r.ID_ AND passo.N = 1"
                + " WHERE r.ID_ = r.PROC_INST_ID_ AND r.SUPER_EXEC_ IS NULL AND d.KEY_ = '"
                + Processi.PERCORSO_CITTADINO
                + "' GROUP BY COALESCE(passo.TASK_DEF_KEY_, '" + SENZA_COMPITO + "')");
    }

    @Override
    public Map<String, Long> perCompito() {
        return conteggi("SELECT TASK_DEF_KEY_, COUNT(*) FROM ACT_RU_TASK GROUP BY TASK_DEF_KEY_");
    }

    @Override
    public Map<String, Long> perGruppo() {
        return conteggi("SELECT COALESCE(l.GROUP_ID_, '" + NESSUN_GRUPPO + "'), COUNT(*)" + COMPITI_CON_GRUPPO
                + " GROUP BY COALESCE(l.GROUP_ID_, '" + NESSUN_GRUPPO + "')");
    }

    @Override
    public Map<String, Ritardo> scadutiPerGruppo(Instant adesso) {
        var perGruppo = new LinkedHashMap<String, Ritardo>();
        jdbc.query(
                "SELECT COALESCE(l.GROUP_ID_, '" + NESSUN_GRUPPO + "'), COUNT(*), MIN(t.DUE_DATE_)"
                        + COMPITI_CON_GRUPPO + " WHERE t.DUE_DATE_ < ?"
                        + " GROUP BY COALESCE(l.GROUP_ID_, '" + NESSUN_GRUPPO + "')",
                rs -> {
                    perGruppo.put(rs.getString(1), ritardo(rs.getLong(2), rs.getTimestamp(3), adesso));
                },
                Timestamp.from(adesso));
        return perGruppo;
    }

    @Override
    public Ritardo scaduti(String compito, Instant adesso) {
        return jdbc.queryForObject(
                "SELECT COUNT(*), MIN(DUE_DATE_) FROM ACT_RU_TASK WHERE TASK_DEF_KEY_ = ? AND DUE_DATE_ < ?",
                (rs, n) -> ritardo(rs.getLong(1), rs.getTimestamp(2), adesso),
                compito,
                Timestamp.from(adesso));
    }

    @Override
    public List<CompitoInRitardo> piuInRitardo(Instant adesso, int quanti) {
        return jdbc.query(
                "SELECT p.BUSINESS_KEY_, t.TASK_DEF_KEY_, COALESCE(l.GROUP_ID_, '" + NESSUN_GRUPPO + "'), t.DUE_DATE_"
                        + COMPITI_CON_GRUPPO + " JOIN ACT_RU_EXECUTION p ON p.ID_ = t.PROC_INST_ID_"
                        + " WHERE t.DUE_DATE_ < ? ORDER BY t.DUE_DATE_, t.ID_ LIMIT ?",
                (rs, n) -> {
                    var scadenza = rs.getTimestamp(4).toInstant();
                    return new CompitoInRitardo(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            scadenza,
                            Duration.between(scadenza, adesso).toDays());
                },
                Timestamp.from(adesso),
                quanti);
    }

    private static Ritardo ritardo(long quanti, Timestamp piuVecchia, Instant adesso) {
        return quanti == 0 || piuVecchia == null
                ? Ritardo.NESSUNO
                : new Ritardo(
                        quanti, Duration.between(piuVecchia.toInstant(), adesso).toDays());
    }

    private Map<String, Long> conteggi(String sql) {
        var conteggi = new LinkedHashMap<String, Long>();
        jdbc.query(sql, rs -> {
            conteggi.put(rs.getString(1), rs.getLong(2));
        });
        return conteggi;
    }
}
