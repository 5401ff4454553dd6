package it.santarzenio.sil.processo.sicurezza;

import it.santarzenio.sil.processo.ColonneElenco;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.VariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.AuthorizationCommandChecker;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The filters' columns reach the groups that may read them, without READ_INSTANCE_VARIABLE (ADR 0016).
 *
 * <p>Tasklist fetches a filter's columns with one variable query by name over the listed tasks' scopes (task,
 * execution, instance). Under {@code enforce-specific-variable-permission} the engine lets that query return a row
 * only with READ_INSTANCE_VARIABLE on the process definition or READ_VARIABLE on the very task: the desks have neither
 * (ADR 0010), so the columns stayed empty. This engine's authorization manager answers one query shape differently:
 * asked only for {@link ColonneElenco} names (all, or one), by variable scope and not by task id, it keeps of the scopes the tasks
 * the caller may read the variables of by the engine's own check ({@code checkReadTaskVariable}: READ_TASK_VARIABLE on
 * the definition or READ_VARIABLE on the task, the rights of {@code /task/{id}/variables}, which returns these locals
 * anyway), and reads by their task ids, which the engine indexes ({@code ACT_IDX_VARIABLE_TASK_NAME_TYPE}). Any other
 * variable query, and this one for a caller who may read none of the tasks, is checked as the engine does.
 */
@Component
class ColonneElencoAutorizzate extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configurazione) {
        var fabbriche = configurazione.getCustomSessionFactories() == null
                ? new ArrayList<SessionFactory>()
                : new ArrayList<>(configurazione.getCustomSessionFactories());
        fabbriche.add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }

            @Override
            public Session openSession() {
                return new GestoreAutorizzazioni();
            }
        });
        configurazione.setCustomSessionFactories(fabbriche);
    }

    static final class GestoreAutorizzazioni extends AuthorizationManager {

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
            var visibili = new TaskQueryImpl().taskIdIn(ambiti);
            List<Task> compiti = contesto.getTaskManager().findTasksByQueryCriteria(visibili);
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
}
