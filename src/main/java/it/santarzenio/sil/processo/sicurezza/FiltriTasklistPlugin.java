package it.santarzenio.sil.processo.sicurezza;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import it.santarzenio.sil.processo.ColonneElenco;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The saved Tasklist filters, each readable only by the groups it serves. Created once, found by name afterwards.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 5)
class FiltriTasklistPlugin extends AbstractProcessEnginePlugin {

    /**
     * The task-local copies every task gets at creation (ADR 0016): the process variables of the same meaning never
     * reach a group's variable query (ADR 0010).
     */
    private static final List<Map<String, String>> COLONNE = List.of(
            Map.of("name", ColonneElenco.PRATICA, "label", "Pratica"),
            Map.of("name", ColonneElenco.COGNOME, "label", "Cognome"),
            Map.of("name", ColonneElenco.NOME, "label", "Nome"),
            Map.of("name", ColonneElenco.APPUNTAMENTO, "label", "Appuntamento"));

    private final String proprietario;

    FiltriTasklistPlugin(@Value("${sil.admin.utente}") String proprietario) {
        this.proprietario = proprietario;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        var compiti = engine.getTaskService();
        var operativi = List.of(
                Gruppo.SPORTELLO_INFORMATIVO, Gruppo.SPORTELLO_SPECIALISTICO,
                Gruppo.SOCIETA_PARTNER, Gruppo.CABINA_DI_REGIA);
        crea(
                engine,
                "I miei compiti",
                "Compiti assegnati a me",
                -10,
                compiti.createTaskQuery().taskAssigneeExpression("${currentUser()}"),
                operativi);
        crea(
                engine,
                "Compiti del mio gruppo",
                "Compiti dei miei gruppi, da prendere in carico",
                -5,
                compiti.createTaskQuery()
                        .taskCandidateGroupInExpression("${currentUserGroups()}")
                        .taskUnassigned(),
                operativi);
        for (Gruppo gruppo : operativi) {
            crea(
                    engine,
                    gruppo.nome(),
                    "Tutti i compiti di " + gruppo.nome(),
                    0,
                    compiti.createTaskQuery().taskCandidateGroup(gruppo.id()).includeAssignedTasks(),
                    List.of(gruppo));
        }
        // The assessment task is due at its appointment: the desk's appointments of the day are its tasks due today.
        for (Gruppo sportello : List.of(Gruppo.SPORTELLO_INFORMATIVO, Gruppo.SPORTELLO_SPECIALISTICO)) {
            crea(
                    engine,
                    "Colloqui di oggi - " + sportello.nome(),
                    "Compiti in scadenza oggi: i colloqui fissati per oggi",
                    -8,
                    compiti.createTaskQuery()
                            .taskCandidateGroup(sportello.id())
                            .includeAssignedTasks()
                            .dueAfterExpression("${dateTime().withTimeAtStartOfDay().minusMillis(1)}")
                            .dueBeforeExpression("${dateTime().plusDays(1).withTimeAtStartOfDay()}"),
                    List.of(sportello));
        }
    }

    private void crea(
            ProcessEngine engine, String nome, String descrizione, int priorita, TaskQuery query, List<Gruppo> gruppi) {
        var filtri = engine.getFilterService();
        var filtro = filtri.createFilterQuery().filterName(nome).singleResult();
        if (filtro == null) {
            filtro = filtri.newTaskFilter(nome)
                    .setOwner(proprietario)
                    .setQuery(query)
                    .setProperties(Map.of(
                            "description", descrizione,
                            "priority", priorita,
                            "refresh", true,
                            "variables", COLONNE));
            filtri.saveFilter(filtro);
        } else if (!COLONNE.equals(filtro.getProperties().get("variables"))) {
            // A database of an earlier version: its filters pointed at process variables no group may query.
            var proprieta = new HashMap<>(filtro.getProperties());
            proprieta.put("variables", COLONNE);
            filtri.saveFilter(filtro.setProperties(proprieta));
        }
        var autorizzazioni = engine.getAuthorizationService();
        for (Gruppo gruppo : gruppi) {
            boolean presente = autorizzazioni
                            .createAuthorizationQuery()
                            .groupIdIn(gruppo.id())
                            .resourceType(Resources.FILTER)
                            .resourceId(filtro.getId())
                            .count()
                    > 0;
            if (!presente) {
                var lettura = autorizzazioni.createNewAuthorization(AUTH_TYPE_GRANT);
                lettura.setGroupId(gruppo.id());
                lettura.setResource(Resources.FILTER);
                lettura.setResourceId(filtro.getId());
                lettura.addPermission(Permissions.READ);
                autorizzazioni.saveAuthorization(lettura);
            }
        }
    }
}
