package it.santarzenio.sil.processo.sicurezza;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.impl.TaskQueryImpl;

/**
 * Which task counts {@link ContatoriDeiCompiti} can answer (ADR 0024): the candidate groups' counts of Tasklist's
 * group filters and of {@code GET /task/count?candidateGroup=}, whatever the caller reads decided by its definitions
 * ({@link ControlloPerDefinizioni}). The count of such a query is the number of tasks of those definitions that have a
 * candidate link to one of the groups, unassigned ones only unless the query includes the assigned, within the
 * caller's tenants: the sum of the counters' rows that match.
 *
 * <p>Every other criterion of the query must be as a new query has it. The check goes over all the fields of the
 * query object, so a criterion that a Camunda upgrade adds, set, sends the count back to the engine's statement
 * instead of being ignored. Allowed to differ: the candidate groups and whether assigned tasks count (the criteria
 * answered); the sorting, the page and what the list fetches besides the tasks (nothing a count reads); the
 * authorization and tenant checks (answered); the expressions (evaluated into the fields by then) and the query's
 * plumbing.
 */
final class ConteggioDaiContatori {

    private static final Set<String> AMMESSI = Set.of(
            // answered by the counters
            "candidateGroup",
            "candidateGroups",
            "includeAssignedTasks",
            "unassigned",
            "authCheck",
            "tenantCheck",
            // derived from the above by the engine
            "cachedCandidateGroups",
            "cachedUserGroups",
            // the list's page, order and extras: a count reads none of them
            "orderingProperties",
            "maxResults",
            "firstResult",
            "initializeFormKeys",
            "withCommentAttachmentInfo",
            "taskNameCaseInsensitive",
            // the query's plumbing; "queries" is checked apart
            "expressions",
            "validators",
            "resultType",
            "maxResultsLimitEnabled",
            "parameter",
            "databaseType",
            "queries");

    private static final List<Field> CAMPI = campi();
    private static final TaskQueryImpl NUOVA = new TaskQueryImpl();

    private ConteggioDaiContatori() {}

    /** Whether the counters answer this count; the caller has checked that its check is by definitions. */
    static boolean ammesso(TaskQueryImpl query) {
        List<String> gruppi = query.getCandidateGroups();
        if (gruppi == null || gruppi.isEmpty() || gruppi.stream().anyMatch(Objects::isNull)) {
            return false;
        }
        if (query.getQueries().size() != 1 || query.getQueries().get(0) != query || query.isOrQueryActive()) {
            return false;
        }
        for (Field campo : CAMPI) {
            if (!AMMESSI.contains(campo.getName()) && !uguali(valore(campo, query), valore(campo, NUOVA))) {
                return false;
            }
        }
        return true;
    }

    /** The fields a query holds, its superclasses' too, without the static and transient ones. */
    private static List<Field> campi() {
        var campi = new ArrayList<Field>();
        for (Class<?> classe = TaskQueryImpl.class; classe != Object.class; classe = classe.getSuperclass()) {
            for (Field campo : classe.getDeclaredFields()) {
                int modificatori = campo.getModifiers();
                if (!Modifier.isStatic(modificatori) && !Modifier.isTransient(modificatori)) {
                    campo.setAccessible(true);
                    campi.add(campo);
                }
            }
        }
        return List.copyOf(campi);
    }

    private static Object valore(Field campo, TaskQueryImpl query) {
        try {
            return campo.get(query);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Equal, counting as one "not set": null, false, an empty array, collection or map. */
    static boolean uguali(Object uno, Object altro) {
        if (assente(uno) || assente(altro)) {
            return assente(uno) && assente(altro);
        }
        return Objects.deepEquals(uno, altro);
    }

    private static boolean assente(Object valore) {
        return valore == null
                || Boolean.FALSE.equals(valore)
                || (valore.getClass().isArray() && Array.getLength(valore) == 0)
                || (valore instanceof Collection<?> insieme && insieme.isEmpty())
                || (valore instanceof Map<?, ?> mappa && mappa.isEmpty());
    }
}
