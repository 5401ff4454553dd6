package it.santarzenio.sil.processo.sicurezza;

import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's default authorizations, without the rows it writes for every task. The default provider grants the
 * candidate group, each candidate user, the assignee and the owner a row of {@code ACT_RU_AUTHORIZATION} on each task;
 * the task query joins those rows with {@code RESOURCE_ID_ IN (task id, definition key, '*')}, which no index serves,
 * so a list costs open tasks times rows: quadratic (ADR 0010). Here a group works the tasks of its own process
 * definitions through one grant on the definition ({@link AutorizzazioniPlugin}); a row per task is written only for
 * a group that is not the owner of the task's definition (a task of a model version older than this design), so that
 * such a task keeps its rights.
 */
class AutorizzazioniPerProcesso extends DefaultAuthorizationProvider {

    @Override
    public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
        // The assignee belongs to the group that works the task: the group's grant covers them.
        return null;
    }

    @Override
    public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
        return null;
    }

    @Override
    public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
        // Our models name candidate groups only.
        return null;
    }

    @Override
    public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
        return coperto(task, groupId) ? null : super.newTaskGroupIdentityLink(task, groupId, type);
    }

    /** Whether {@code groupId} already works {@code task} through its grant on the task's process definition. */
    static boolean coperto(Task task, String groupId) {
        if (task.getProcessDefinitionId() == null) {
            return false;
        }
        var definizione = Context.getProcessEngineConfiguration()
                .getDeploymentCache()
                .findDeployedProcessDefinitionById(task.getProcessDefinitionId());
        return GruppiDeiProcessi.titolare(definizione.getKey())
                .map(gruppo -> gruppo.id().equals(groupId))
                .orElse(false);
    }
}
