package it.santarzenio.sil.processo.sicurezza;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import it.santarzenio.sil.processo.Processi;
import it.santarzenio.sil.processo.Variabili;
import java.util.Arrays;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the groups of design.md section 2 and their least-privilege authorizations, in every profile. Idempotent:
 * a restart finds what exists and adds only what is missing. The camunda-admin group and its grants are the
 * starter's (camunda.bpm.admin-user).
 */
@Component
// Before UtentiDemoPlugin, which adds members to these groups.
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class AutorizzazioniPlugin extends AbstractProcessEnginePlugin {

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
        // Cockpit's "Compiti utente" counts tasks by group with a task report, which needs READ on every task: without
        // it the page showed the engine's English refusal. Reveals no more than READ_TASK above (no variables).
        grants.grant(responsabili, Resources.TASK, ANY, Permissions.READ);
        grants.grant(responsabili, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
        // The decision history holds the assessment's inputs (social fragility among them): no longer readable by
        // managers. Databases created before this change lose the grant at the next start.
        grants.revoca(responsabili, Resources.DECISION_DEFINITION, ANY, Permissions.READ_HISTORY);
        grants.grant(responsabili, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
        grants.grant(responsabili, Resources.DEPLOYMENT, ANY, Permissions.READ);
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
