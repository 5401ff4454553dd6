package it.santarzenio.sil.processo.sicurezza;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import it.santarzenio.sil.processo.Processi;
import it.santarzenio.sil.processo.Variabili;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the groups of design.md section 2 and their least-privilege authorizations, in every profile. Idempotent:
 * a restart finds what exists and adds only what is missing. The camunda-admin group and its grants are the
 * starter's (camunda.bpm.admin-user).
 *
 * <p>Task rights are grants on the process definitions, one per group ({@link GruppiDeiProcessi}), not rows per task:
 * the engine writes none ({@link AutorizzazioniPerProcesso}), and those an older version left are removed at start
 * (ADR 0010).
 */
@Component
// Before UtentiDemoPlugin, which adds members to these groups.
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class AutorizzazioniPlugin extends AbstractProcessEnginePlugin {

    /**
     * What a group may do with the tasks of its own processes: what Tasklist does with a task. See them, claim,
     * unclaim, complete and submit the form (TASK_WORK), assign, delegate and set the due date (TASK_ASSIGN), read the
     * form's variables (READ_TASK_VARIABLE, as enforce-specific-variable-permission asks) and the variables its task
     * lists show as columns (READ_INSTANCE_VARIABLE: Tasklist reads them with a variable query, which a task's rights
     * do not reach). Its own process's variables only, never another group's process, never history. Not
     * UPDATE_TASK: adding candidate groups or setting variables outside a form is no desk's work.
     */
    static final Permission[] LAVORO_SUI_COMPITI = {
        Permissions.READ_TASK,
        Permissions.TASK_WORK,
        Permissions.TASK_ASSIGN,
        ProcessDefinitionPermissions.READ_TASK_VARIABLE,
        ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE
    };

    @Override
    public void preInit(ProcessEngineConfigurationImpl configurazione) {
        configurazione.setResourceAuthorizationProvider(new AutorizzazioniPerProcesso());
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        var identita = engine.getIdentityService();
        var autorizzazioni = engine.getAuthorizationService();
        for (Gruppo gruppo : Gruppo.values()) {
            if (gruppo != Gruppo.CAMUNDA_ADMIN) {
                creaGruppo(identita, gruppo);
            }
        }
        var grants = new Grants(autorizzazioni);
        for (Gruppo gruppo : Gruppo.values()) {
            if (gruppo.operativo()) {
                grants.grant(gruppo, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
                for (String processo : Processi.TUTTI) {
                    grants.grant(gruppo, Resources.PROCESS_DEFINITION, processo, Permissions.READ);
                }
            }
        }
        GruppiDeiProcessi.tutti()
                .forEach((processo, gruppo) ->
                        grants.grant(gruppo, Resources.PROCESS_DEFINITION, processo, LAVORO_SUI_COMPITI));
        rimuoviAutorizzazioniPerCompito(engine);
        // Only the informative desk opens cases (Tasklist "Avvia processo" with the Accoglienza start form).
        grants.grant(
                Gruppo.SPORTELLO_INFORMATIVO,
                Resources.PROCESS_DEFINITION,
                Processi.PERCORSO_CITTADINO,
                Permissions.READ,
                Permissions.CREATE_INSTANCE);
        grants.grant(Gruppo.SPORTELLO_INFORMATIVO, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        // The profile keeps the version of the decision that suggested the path.
        grants.grant(
                Gruppo.SPORTELLO_INFORMATIVO,
                Resources.DECISION_DEFINITION,
                Variabili.DECISIONE_PROFILAZIONE,
                Permissions.READ);

        // Managers watch the flow in Cockpit and change nothing. They see instances, activities and incidents, not
        // the citizens' data: enforce-specific-variable-permission (application.yaml) makes reading variables need
        // READ_INSTANCE_VARIABLE / READ_HISTORY_VARIABLE / READ_TASK_VARIABLE, which they do not have.
        var responsabili = Gruppo.RESPONSABILI;
        grants.grant(responsabili, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grants.grant(
                responsabili,
                Resources.PROCESS_DEFINITION,
                ANY,
                Permissions.READ,
                Permissions.READ_HISTORY,
                Permissions.READ_INSTANCE,
                Permissions.READ_TASK);
        grants.grant(responsabili, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
        grants.grant(responsabili, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
        // The decision history holds the assessment's inputs (social fragility among them): no longer readable by
        // managers. Databases created before this change lose the grant at the next start.
        grants.revoca(responsabili, Resources.DECISION_DEFINITION, ANY, Permissions.READ_HISTORY);
        grants.grant(responsabili, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
        grants.grant(responsabili, Resources.DEPLOYMENT, ANY, Permissions.READ);
    }

    /**
     * Deletes the rows the engine's default provider wrote for each task (candidate group, assignee, owner, candidate
     * user) where the definition's grant now covers them, and those of tasks that no longer exist. One statement,
     * idempotent: on a database already cleaned it finds nothing. Kept: the rows of a group on a task of another
     * group's process (a model version older than ADR 0010), which that group still needs, and grants on every task
     * ('*').
     */
    static int rimuoviAutorizzazioniPerCompito(ProcessEngine engine) {
        var configurazione = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        String autorizzazioni = configurazione.getDatabaseTablePrefix() + "ACT_RU_AUTHORIZATION";
        String compiti = configurazione.getDatabaseTablePrefix() + "ACT_RU_TASK";
        String definizioni = configurazione.getDatabaseTablePrefix() + "ACT_RE_PROCDEF";
        String perCompito = "DELETE FROM " + autorizzazioni + " WHERE TYPE_ = " + AUTH_TYPE_GRANT
                + " AND RESOURCE_TYPE_ = " + Resources.TASK.resourceType() + " AND RESOURCE_ID_ <> '" + ANY + "'";
        try (var connessione = configurazione.getDataSource().getConnection()) {
            int rimosse = 0;
            try (var utenti = connessione.prepareStatement(
                    perCompito + " AND USER_ID_ IS NOT NULL AND USER_ID_ <> '" + ANY + "'")) {
                rimosse += utenti.executeUpdate();
            }
            try (var chiusi = connessione.prepareStatement(
                    perCompito + " AND RESOURCE_ID_ NOT IN (SELECT ID_ FROM " + compiti + ")")) {
                rimosse += chiusi.executeUpdate();
            }
            try (var coperte = connessione.prepareStatement(perCompito + " AND GROUP_ID_ = ? AND RESOURCE_ID_ IN"
                    + " (SELECT T.ID_ FROM " + compiti + " T JOIN " + definizioni + " D ON D.ID_ = T.PROC_DEF_ID_"
                    + " WHERE D.KEY_ = ?)")) {
                for (Map.Entry<String, Gruppo> titolare :
                        GruppiDeiProcessi.tutti().entrySet()) {
                    coperte.setString(1, titolare.getValue().id());
                    coperte.setString(2, titolare.getKey());
                    rimosse += coperte.executeUpdate();
                }
            }
            return rimosse;
        } catch (SQLException e) {
            throw new IllegalStateException("Rimozione delle autorizzazioni per compito non riuscita", e);
        }
    }

    private static void creaGruppo(IdentityService identita, Gruppo gruppo) {
        if (identita.createGroupQuery().groupId(gruppo.id()).count() == 0) {
            var nuovo = identita.newGroup(gruppo.id());
            nuovo.setName(gruppo.nome());
            nuovo.setType("WORKFLOW");
            identita.saveGroup(nuovo);
        }
    }

    /** Adds a grant unless the group already has one on that resource. */
    record Grants(AuthorizationService service) {

        void grant(Gruppo gruppo, Resource risorsa, String id, Permission... permessi) {
            var esistente = service.createAuthorizationQuery()
                    .groupIdIn(gruppo.id())
                    .resourceType(risorsa)
                    .resourceId(id)
                    .singleResult();
            if (esistente != null && Arrays.stream(permessi).allMatch(esistente::isPermissionGranted)) {
                return;
            }
            var autorizzazione = esistente != null ? esistente : service.createNewAuthorization(AUTH_TYPE_GRANT);
            autorizzazione.setGroupId(gruppo.id());
            autorizzazione.setResource(risorsa);
            autorizzazione.setResourceId(id);
            Arrays.stream(permessi).forEach(autorizzazione::addPermission);
            service.saveAuthorization(autorizzazione);
        }

        /** Removes permissions a group's grant on that resource had, if it had them. */
        void revoca(Gruppo gruppo, Resource risorsa, String id, Permission... permessi) {
            var esistente = service.createAuthorizationQuery()
                    .groupIdIn(gruppo.id())
                    .resourceType(risorsa)
                    .resourceId(id)
                    .singleResult();
            if (esistente != null && Arrays.stream(permessi).anyMatch(esistente::isPermissionGranted)) {
                Arrays.stream(permessi).forEach(esistente::removePermission);
                service.saveAuthorization(esistente);
            }
        }
    }
}
