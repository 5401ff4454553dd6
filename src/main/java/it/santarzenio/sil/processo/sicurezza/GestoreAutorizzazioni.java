package it.santarzenio.sil.processo.sicurezza;

import it.santarzenio.sil.processo.ColonneElenco;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.VariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cfg.auth.AuthorizationCommandChecker;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's authorization manager, answering two query shapes differently from the engine's and every other as it
 * does (registered by {@link GestoreAutorizzazioniPlugin}).
 *
 * <p><b>Task queries</b> (lists and counts of Tasklist's filters, {@code GET /task}, ADR 0023). The engine joins every
 * task with the caller's authorization rows on {@code AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*')}, a condition
 * PostgreSQL can only test row by row, and repeats the whole query once per row of the caller that grants READ_TASK:
 * at 100,000 open cases the informative desk's count of its 70,000 tasks takes 134 ms against 76 ms with a filter on
 * the same definitions (ADR 0019). For a caller whose right to read tasks comes only from READ_TASK on named process
 * definitions (no READ on all tasks or on single ones, no grant on every definition) and who has no REVOKE row (the
 * engine weighs revocations only when the caller has one), the tasks it may read are those of the definitions
 * granted: the query loses the join and gets a {@link ControlloPerDefinizioni} with the ids of those definitions'
 * versions, which {@link CompitiDelleDefinizioni} turns into a filter on the task's own definition id (a filter on the
 * definition key would join {@code ACT_RE_PROCDEF} and cost the desk's count of 70,000 tasks a third more). Every
 * other caller (the managers' grant on every definition, a task opened by hand to another group, a revocation) keeps
 * the engine's check.
 *
 * <p><b>The filters' columns</b> reach the groups that may read them, without READ_INSTANCE_VARIABLE (ADR 0016).
 * Tasklist fetches a filter's columns with one variable query by name over the listed tasks' scopes (task,
 * execution, instance). Under {@code enforce-specific-variable-permission} the engine lets that query return a row
 * only with READ_INSTANCE_VARIABLE on the process definition or READ_VARIABLE on the very task: the desks have neither
 * (ADR 0010), so the columns stayed empty. Asked only for {@link ColonneElenco} names (all, or one), by variable scope
 * and not by task id, this manager keeps of the scopes the tasks the caller may read the variables of by the engine's
 * own check ({@code checkReadTaskVariable}: READ_TASK_VARIABLE on the definition or READ_VARIABLE on the task, the
 * rights of {@code /task/{id}/variables}, which returns these locals anyway), and reads by their task ids, which the
 * engine indexes ({@code ACT_IDX_VARIABLE_TASK_NAME_TYPE}). Any other variable query, and this one for a caller who
 * may read none of the tasks, is checked as the engine does.
 *
 * <p><b>Within one HTTP request</b> of the engine's REST API the answers to whether the caller holds a revocation and
 * may read a filter are asked once and kept in {@link DirittiDellaRichiesta} (ADR 0026); a denied filter is asked
 * again. The engine's own checks decide what an answer means, and raise its own exception.
 */
class GestoreAutorizzazioni extends AuthorizationManager {

    @Override
    protected boolean isRevokeAuthCheckEnabled(String utente, List<String> gruppi) {
        var domanda = new DirittiDellaRichiesta.Risposta("revoca", utente, copia(gruppi), null);
        return DirittiDellaRichiesta.risposta(domanda, false, () -> super.isRevokeAuthCheckEnabled(utente, gruppi));
    }

    @Override
    public boolean isAuthorized(String utente, List<String> gruppi, Permission permesso, Resource risorsa, String id) {
        if (id == null
                || risorsa.resourceType() != Resources.FILTER.resourceType()
                || !Permissions.READ.equals(permesso)) {
            return super.isAuthorized(utente, gruppi, permesso, risorsa, id);
        }
        var domanda = new DirittiDellaRichiesta.Risposta("lettura del filtro", utente, copia(gruppi), id);
        return DirittiDellaRichiesta.risposta(
                domanda, true, () -> super.isAuthorized(utente, gruppi, permesso, risorsa, id));
    }

    private static List<String> copia(List<String> gruppi) {
        return gruppi == null ? List.of() : List.copyOf(gruppi);
    }

    @Override
    public void configureTaskQuery(TaskQueryImpl query) {
        super.configureTaskQuery(query);
        var controllo = query.getAuthCheck();
        if (!controllo.isAuthorizationCheckEnabled()
                || controllo.isRevokeAuthorizationCheckEnabled()
                || controllo.getAuthUserId() == null) {
            return;
        }
        versioniDeiCompiti(controllo.getAuthUserId(), controllo.getAuthGroupIds())
                .flatMap(versioni -> ControlloPerDefinizioni.per(controllo, versioni))
                .ifPresent(query::setAuthCheck);
    }

    /**
     * The ids of every deployed version of the process definitions on which the caller (the user, any user, its
     * groups) holds READ_TASK, when they alone decide which tasks it reads: empty if no row grants READ_TASK on a
     * definition, or if a row grants READ on tasks (all, or one) or READ_TASK on every definition. One query, read
     * as the task query runs and without checking the caller's right to read authorizations.
     */
    private Optional<List<String>> versioniDeiCompiti(String utente, List<String> gruppi) {
        int definizione = Resources.PROCESS_DEFINITION.resourceType();
        int compito = Resources.TASK.resourceType();
        var parametri = Map.of(
                "utenti",
                List.of(utente, Authorization.ANY),
                "gruppi",
                gruppi == null ? List.of() : gruppi,
                "definizione",
                definizione,
                "compito",
                compito);
        @SuppressWarnings("unchecked")
        List<DirittoSuiCompiti> righe = getDbEntityManager().selectList(CompitiDelleDefinizioni.DIRITTI, parametri);
        boolean concesse = false;
        var versioni = new TreeSet<String>();
        for (var riga : righe) {
            // As the engine's join (TYPE_ < 2): a caller with a revocation never gets here, the check above.
            if (riga.tipo() == Authorization.AUTH_TYPE_REVOKE) {
                continue;
            }
            if (riga.risorsa() == compito && riga.concede(Permissions.READ.getValue())) {
                return Optional.empty();
            }
            if (riga.risorsa() == definizione && riga.concede(Permissions.READ_TASK.getValue())) {
                if (Authorization.ANY.equals(riga.idRisorsa())) {
                    return Optional.empty();
                }
                concesse = true;
                if (riga.definizione() != null) {
                    versioni.add(riga.definizione());
                }
            }
        }
        return concesse ? Optional.of(List.copyOf(versioni)) : Optional.empty();
    }

    @Override
    protected void configureVariableInstanceQuery(VariableInstanceQueryImpl query) {
        super.configureVariableInstanceQuery(query);
        if (!query.getAuthCheck().isAuthorizationCheckEnabled() || !soloColonne(query)) {
            return;
        }
        List<String> leggibili = compitiLeggibili(query.getVariableScopeIds());
        if (leggibili.isEmpty()) {
            return;
        }
        String[] compiti = leggibili.toArray(String[]::new);
        query.variableScopeIdIn(compiti);
        query.taskIdIn(compiti);
        query.getAuthCheck().setAuthorizationCheckEnabled(false);
    }

    /** Only column names (Tasklist's list, or one name as {@code /variable-instance?variableName=} asks). */
    private static boolean soloColonne(VariableInstanceQueryImpl query) {
        String[] nomi = query.getVariableNames();
        String nome = query.getVariableName();
        String[] ambiti = query.getVariableScopeIds();
        boolean soloNomiDiColonne = nomi != null && nomi.length > 0
                ? Arrays.stream(nomi).allMatch(ColonneElenco.NOMI::contains)
                        && (nome == null || ColonneElenco.NOMI.contains(nome))
                : nome != null && ColonneElenco.NOMI.contains(nome);
        return soloNomiDiColonne
                && query.getVariableNameLike() == null
                && ambiti != null
                && ambiti.length > 0
                && query.getTaskIds() == null;
    }

    /**
     * Of the scope ids, the tasks the caller may see (READ_TASK) and read the variables of. The engine's check of
     * one task is a disjunction: READ_VARIABLE on the task, or READ_TASK_VARIABLE on its process definition (READ
     * and READ_TASK without {@code enforce-specific-variable-permission}); asked task by task it costs a load of
     * the task's execution and an authorization query each, fifteen of both for one page of Tasklist. So the
     * definition's half is asked once per definition of the page, and only the tasks it does not cover (another
     * definition, a task outside a process) go through the engine's check of the single task.
     */
    private static List<String> compitiLeggibili(String[] ambiti) {
        var contesto = Context.getCommandContext();
        var configurazione = contesto.getProcessEngineConfiguration();
        // GestoreAutorizzazioniPlugin installs this manager and CompitiDelleDefinizioni together.
        List<Task> compiti = ((CompitiDelleDefinizioni) contesto.getTaskManager()).compitiVisibili(ambiti);
        var controlli = configurazione.getCommandCheckers();
        var autorizzazioni = contesto.getAuthorizationManager();
        Permission sullaDefinizione = autorizzazioni.isEnsureSpecificVariablePermission()
                ? ProcessDefinitionPermissions.READ_TASK_VARIABLE
                : Permissions.READ_TASK;
        var definizioniLeggibili = new HashMap<String, Boolean>();
        var leggibili = new ArrayList<String>();
        for (Task t : compiti) {
            var compito = (TaskEntity) t;
            boolean perDefinizione = compito.getExecutionId() != null
                    && definizioniLeggibili.computeIfAbsent(compito.getProcessDefinitionId(), id -> {
                        String chiave = configurazione
                                .getDeploymentCache()
                                .findDeployedProcessDefinitionById(id)
                                .getKey();
                        return autorizzazioni.isAuthorized(sullaDefinizione, Resources.PROCESS_DEFINITION, chiave);
                    });
            try {
                // With the definition's right, the engine's other checks (the tenant's) still apply to the task.
                controlli.stream()
                        .filter(controllo -> !perDefinizione || !(controllo instanceof AuthorizationCommandChecker))
                        .forEach(controllo -> controllo.checkReadTaskVariable(compito));
                leggibili.add(compito.getId());
            } catch (AuthorizationException negato) {
                // Not the caller's to read: its columns stay empty, as the engine's check would leave them.
            }
        }
        return leggibili;
    }
}
