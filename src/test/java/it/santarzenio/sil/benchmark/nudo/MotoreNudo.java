package it.santarzenio.sil.benchmark.nudo;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * The bare Camunda 7.24 engine the benchmark compares the application with: the Spring Boot starter with its REST API
 * and nothing else (configuration motore-nudo.yaml), Camunda's own HTTP Basic filter on /engine-rest, the demo users
 * in the same groups, the same Tasklist filters, and Camunda's default authorizations (a row per task for its
 * candidate group, made by the engine's default provider). Started with {@code --spring.config.name=motore-nudo}.
 *
 * <p>Not a {@code @Configuration}: the application's component scan reaches the test class path when the benchmark
 * seeds it in the same JVM, and must not find this class there.
 */
@EnableAutoConfiguration
public class MotoreNudo {

    static final String PASSWORD = "demo";
    static final List<String[]> UTENTI = List.of(
            new String[] {"informativo", "sportello-informativo", "Sportello Informativo di Orientamento al Lavoro"},
            new String[] {"specialistico", "sportello-specialistico", "Sportello di Orientamento Specialistico"},
            new String[] {"partner", "societa-partner", "Società partner (incontro domanda/offerta)"},
            new String[] {"cabina", "cabina-di-regia", "Cabina di Regia"});
    private static final List<Map<String, String>> COLONNE = List.of(
            Map.of("name", "numeroPratica", "label", "Pratica"),
            Map.of("name", "cognome", "label", "Cognome"),
            Map.of("name", "nome", "label", "Nome"));

    public static void main(String[] args) {
        SpringApplication.run(MotoreNudo.class, args);
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> autenticazioneEngineRest() {
        var registrazione = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registrazione.addInitParameter(
                ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registrazione.addUrlPatterns("/engine-rest/*");
        return registrazione;
    }

    @Bean
    ProcessEnginePlugin utentiEFiltri() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void postProcessEngineBuild(ProcessEngine engine) {
                prepara(engine);
            }
        };
    }

    /** Idempotent, like the application's plugins: a restart on a seeded database adds nothing. */
    static void prepara(ProcessEngine engine) {
        var identita = engine.getIdentityService();
        for (String[] utente : UTENTI) {
            if (identita.createGroupQuery().groupId(utente[1]).count() == 0) {
                var gruppo = identita.newGroup(utente[1]);
                gruppo.setName(utente[2]);
                gruppo.setType("WORKFLOW");
                identita.saveGroup(gruppo);
            }
            if (identita.createUserQuery().userId(utente[0]).count() == 0) {
                var nuovo = identita.newUser(utente[0]);
                nuovo.setFirstName(utente[0]);
                nuovo.setLastName(utente[2]);
                nuovo.setPassword(PASSWORD);
                identita.saveUser(nuovo);
                identita.createMembership(utente[0], utente[1]);
            }
        }
        // As the application grants: every group reads the process definitions (Tasklist shows their names)...
        for (String[] utente : UTENTI) {
            concedi(engine, utente[1], Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
        }
        // ...and only the informative desk starts cases.
        concedi(
                engine,
                "sportello-informativo",
                Resources.PROCESS_DEFINITION,
                "PercorsoNudoProcess",
                Permissions.READ,
                Permissions.CREATE_INSTANCE);
        concedi(engine, "sportello-informativo", Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);

        var compiti = engine.getTaskService();
        var operativi = UTENTI.stream().map(utente -> utente[1]).toList();
        filtro(
                engine,
                "I miei compiti",
                compiti.createTaskQuery().taskAssigneeExpression("${currentUser()}"),
                operativi);
        filtro(
                engine,
                "Compiti del mio gruppo",
                compiti.createTaskQuery()
                        .taskCandidateGroupInExpression("${currentUserGroups()}")
                        .taskUnassigned(),
                operativi);
        for (String[] utente : UTENTI) {
            filtro(
                    engine,
                    utente[2],
                    compiti.createTaskQuery().taskCandidateGroup(utente[1]).includeAssignedTasks(),
                    List.of(utente[1]));
        }
        for (String[] utente : UTENTI.subList(0, 2)) {
            filtro(
                    engine,
                    "Colloqui di oggi - " + utente[2],
                    compiti.createTaskQuery()
                            .taskCandidateGroup(utente[1])
                            .includeAssignedTasks()
                            .dueAfterExpression("${dateTime().withTimeAtStartOfDay().minusMillis(1)}")
                            .dueBeforeExpression("${dateTime().plusDays(1).withTimeAtStartOfDay()}"),
                    List.of(utente[1]));
        }
    }

    private static void filtro(ProcessEngine engine, String nome, TaskQuery query, List<String> gruppi) {
        var filtri = engine.getFilterService();
        var filtro = filtri.createFilterQuery().filterName(nome).singleResult();
        if (filtro == null) {
            filtro = filtri.newTaskFilter(nome)
                    .setOwner("admin")
                    .setQuery(query)
                    .setProperties(Map.of("refresh", true, "variables", COLONNE));
            filtri.saveFilter(filtro);
        }
        for (String gruppo : gruppi) {
            concedi(engine, gruppo, Resources.FILTER, filtro.getId(), Permissions.READ);
        }
    }

    private static void concedi(
            ProcessEngine engine, String gruppo, Resource risorsa, String id, Permission... permessi) {
        var autorizzazioni = engine.getAuthorizationService();
        boolean presente = autorizzazioni
                        .createAuthorizationQuery()
                        .groupIdIn(gruppo)
                        .resourceType(risorsa)
                        .resourceId(id)
                        .count()
                > 0;
        if (!presente) {
            var autorizzazione = autorizzazioni.createNewAuthorization(AUTH_TYPE_GRANT);
            autorizzazione.setGroupId(gruppo);
            autorizzazione.setResource(risorsa);
            autorizzazione.setResourceId(id);
            for (Permission permesso : permessi) {
                autorizzazione.addPermission(permesso);
            }
            autorizzazioni.saveAuthorization(autorizzazione);
        }
    }
}
