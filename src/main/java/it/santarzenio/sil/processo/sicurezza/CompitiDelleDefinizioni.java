package it.santarzenio.sil.processo.sicurezza;

import java.util.List;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskManager;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's task manager, running a task query that {@link GestoreAutorizzazioni} gave a
 * {@link ControlloPerDefinizioni} as the engine's own statement plus a filter on the task's {@code PROC_DEF_ID_}
 * (mapping {@code CompitiDelleDefinizioni.xml}, which includes the engine's criteria): a column of the task, which
 * PostgreSQL tests inside the index scan, where the definition key of the engine's task query needs a join with
 * {@code ACT_RE_PROCDEF} that breaks the order of the scan (ADR 0023). Every other query runs the engine's statement.
 */
class CompitiDelleDefinizioni extends TaskManager {

    static final String MAPPATURA = "it/santarzenio/sil/processo/sicurezza/CompitiDelleDefinizioni.xml";
    private static final String SPAZIO = "it.santarzenio.sil.processo.sicurezza.CompitiDelleDefinizioni.";
    static final String ELENCO = SPAZIO + "selectCompitiDelleDefinizioni";
    static final String CONTEGGIO = SPAZIO + "selectConteggioDeiCompitiDelleDefinizioni";
    static final String DIRITTI = SPAZIO + "selectDirittiSuiCompiti";
    static final String PER_ID = SPAZIO + "selectCompitiPerIdDelleDefinizioni";
    static final String DAI_CONTATORI = SPAZIO + "selectConteggioDaiContatori";

    private final BooleanSupplier contatori;

    /** {@code contatori}: whether the counters are installed on this engine's database. */
    CompitiDelleDefinizioni(BooleanSupplier contatori) {
        this.contatori = contatori;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Task> findTasksByQueryCriteria(TaskQueryImpl query) {
        configureQuery(query);
        return getDbEntityManager().selectList(perDefinizioni(query) ? ELENCO : "selectTaskByQueryCriteria", query);
    }

    /**
     * The tasks of these ids that the caller may see, as a task query with {@code taskIdIn} alone finds them, and
     * with a statement of its own for a caller of {@link ControlloPerDefinizioni} (it reads the task's columns by
     * their primary key, with the tenant and the definitions' checks).
     */
    @SuppressWarnings("unchecked")
    List<Task> compitiVisibili(String[] id) {
        var query = new TaskQueryImpl().taskIdIn(id);
        configureQuery(query);
        return getDbEntityManager().selectList(perDefinizioni(query) ? PER_ID : "selectTaskByQueryCriteria", query);
    }

    @Override
    public long findTaskCountByQueryCriteria(TaskQueryImpl query) {
        configureQuery(query);
        String istruzione = !perDefinizioni(query)
                ? "selectTaskCountByQueryCriteria"
                : contatori.getAsBoolean() && ConteggioDaiContatori.ammesso(query) ? DAI_CONTATORI : CONTEGGIO;
        return (Long) getDbEntityManager().selectOne(istruzione, query);
    }

    /**
     * Run a second time, a query's check is configured again on the same object: if the engine's join came back on
     * (the caller's rights changed meanwhile), the engine's statement alone is right.
     */
    private static boolean perDefinizioni(TaskQueryImpl query) {
        return query.getAuthCheck() instanceof ControlloPerDefinizioni controllo
                && !controllo.isAuthorizationCheckEnabled();
    }
}
