package it.santarzenio.sil.processo.sicurezza;

import static org.assertj.core.api.Assertions.assertThat;

import it.santarzenio.sil.ApplicazioneSuH2;
import it.santarzenio.sil.agenda.AgendaService;
import it.santarzenio.sil.fascicolo.PraticaDiProva;
import it.santarzenio.sil.processo.SportelliFaseSpecialistica;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * Task queries without the engine's authorization join (ADR 0023): for a desk whose task rights are READ_TASK on its
 * processes, the query is filtered by those processes instead; the managers' grant on every process, a task opened by
 * hand to the desk and a REVOKE of the caller's keep the engine's check, and what each caller lists and counts is the
 * same either way (the cells of {@code MatriceAutorizzazioniTest} for the rest).
 */
@ApplicazioneSuH2
class GestoreAutorizzazioniTest {

    private final ProcessEngine engine;
    private final AgendaService agenda;
    private final SportelliFaseSpecialistica sportelli;

    GestoreAutorizzazioniTest(ProcessEngine engine, AgendaService agenda) {
        this.engine = engine;
        this.agenda = agenda;
        this.sportelli = new SportelliFaseSpecialistica(engine);
    }

    @Test
    void loSportelloInformativoFiltraPerISuoiProcessiSenzaIlJoin() {
        var interrogazione = configurata("informativo");

        assertThat(interrogazione.getAuthCheck().isAuthorizationCheckEnabled()).isFalse();
        assertThat(interrogazione.getQueries()).hasSize(1);
        assertThat(interrogazione.getAuthCheck())
                .isInstanceOfSatisfying(
                        ControlloPerDefinizioni.class, controllo -> assertThat(controllo.getDefinizioni())
                                .containsExactlyInAnyOrderElementsOf(engine
                                        .getRepositoryService()
                                        .createProcessDefinitionQuery()
                                        .processDefinitionKeyIn("PercorsoCittadinoProcess", "VerificaEsitiProcess")
                                        .list()
                                        .stream()
                                        .map(ProcessDefinition::getId)
                                        .toList()));
    }

    @Test
    void iResponsabiliVedonoOgniProcesso_ilControlloDelMotore() {
        assertThat(configurata("responsabile").getAuthCheck().isAuthorizationCheckEnabled())
                .isTrue();
    }

    @Test
    void unCompitoApertoAManoAlloSportello_ilControlloDelMotoreLoTrova() {
        var fase = sportelli.inviaAlloSpecialistico(false);
        String compito = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(fase.getId())
                .singleResult()
                .getId();
        try {
            engine.getTaskService().addCandidateGroup(compito, Gruppo.SPORTELLO_INFORMATIVO.id());

            assertThat(configurata("informativo").getAuthCheck().isAuthorizationCheckEnabled())
                    .isTrue();
            assertThat(comeUtente("informativo", () -> engine.getTaskService()
                            .createTaskQuery()
                            .taskCandidateGroup(Gruppo.SPORTELLO_INFORMATIVO.id())
                            .taskId(compito)
                            .count()))
                    .isOne();
        } finally {
            engine.getRuntimeService().deleteProcessInstance(fase.getId(), "fine del test");
        }
        assertThat(configurata("informativo").getAuthCheck().isAuthorizationCheckEnabled())
                .as("the task's row went with the task")
                .isFalse();
    }

    @Test
    void unaRevocaDelGruppo_ilControlloDelMotore() {
        var autorizzazioni = engine.getAuthorizationService();
        var revoca = autorizzazioni.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
        revoca.setGroupId(Gruppo.SPORTELLO_INFORMATIVO.id());
        revoca.setResource(Resources.PROCESS_DEFINITION);
        revoca.setResourceId("ChiusuraPraticaProcess");
        revoca.removePermission(Permissions.READ_TASK);
        autorizzazioni.saveAuthorization(revoca);
        try {
            assertThat(configurata("informativo").getAuthCheck().isAuthorizationCheckEnabled())
                    .isTrue();
            assertThat(configurata("specialistico").getAuthCheck().isAuthorizationCheckEnabled())
                    .as("the engine weighs only the caller's revocations")
                    .isFalse();
        } finally {
            autorizzazioni.deleteAuthorization(revoca.getId());
        }
    }

    /**
     * Each user counts and lists with and without the rewrite the same tasks, in the same order and pages: none of
     * another desk's.
     */
    @Test
    void ogniUtenteContaEdElencaGliStessiCompitiConESenzaIlJoin() {
        new PraticaDiProva(engine, agenda).accoglienza("Anna", "Ferri", "Cerca un impiego part-time.");
        new PraticaDiProva(engine, agenda).richiestaRapida("Marco", "Galli", "Chiede gli orari dei corsi.");
        sportelli.inviaAlloSpecialistico(false);
        sportelli.inviaAlloSpecialistico(true);
        List<Supplier<TaskQueryImpl>> interrogazioni = List.of(
                () -> (TaskQueryImpl) engine.getTaskService().createTaskQuery(),
                () -> (TaskQueryImpl) engine.getTaskService()
                        .createTaskQuery()
                        .orderByTaskCreateTime()
                        .desc()
                        .orderByTaskId()
                        .asc(),
                () -> (TaskQueryImpl) engine.getTaskService()
                        .createTaskQuery()
                        .taskCandidateGroup(Gruppo.SPORTELLO_SPECIALISTICO.id())
                        .orderByTaskId()
                        .asc(),
                () -> (TaskQueryImpl) engine.getTaskService()
                        .createTaskQuery()
                        .or()
                        .taskCandidateGroup(Gruppo.SOCIETA_PARTNER.id())
                        .taskAssignee("specialistico")
                        .endOr()
                        .orderByTaskId()
                        .desc());
        for (String utente : List.of("informativo", "specialistico", "partner", "cabina", "responsabile")) {
            for (var interrogazione : interrogazioni) {
                assertThat(comeUtente(utente, () -> interrogazione.get().count()))
                        .as(utente)
                        .isEqualTo(delMotore(utente, interrogazione, "selectTaskCountByQueryCriteria"));
                for (int pagina = 0; pagina < 3; pagina++) {
                    int prima = pagina * 2;
                    assertThat(comeUtente(utente, () -> id(interrogazione.get().listPage(prima, 2))))
                            .as(utente + ", page " + pagina)
                            .isEqualTo(id(delMotore(
                                    utente,
                                    () -> {
                                        var q = interrogazione.get();
                                        q.setFirstResult(prima);
                                        q.setMaxResults(2);
                                        return q;
                                    },
                                    "selectTaskByQueryCriteria")));
                }
            }
        }
    }

    /** What the engine's own statement, checked by the engine's own manager, answers to {@code utente}. */
    @SuppressWarnings("unchecked")
    private <T> T delMotore(String utente, Supplier<TaskQueryImpl> interrogazione, String istruzione) {
        return comeUtente(utente, () -> ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired()
                .execute(contesto -> {
                    var q = interrogazione.get();
                    new AuthorizationManager().configureTaskQuery(q);
                    contesto.getTenantManager().configureQuery(q);
                    return istruzione.contains("Count")
                            ? (T) contesto.getDbEntityManager().selectOne(istruzione, q)
                            : (T) contesto.getDbEntityManager().selectList(istruzione, q);
                }));
    }

    private static List<String> id(List<? extends Task> compiti) {
        return compiti.stream().map(Task::getId).toList();
    }

    /** A task query of {@code utente} as the engine configures it before running it. */
    private TaskQueryImpl configurata(String utente) {
        return comeUtente(utente, () -> ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired()
                .execute(contesto -> {
                    var interrogazione = new TaskQueryImpl();
                    contesto.getAuthorizationManager().configureTaskQuery(interrogazione);
                    return interrogazione;
                }));
    }

    private <T> T comeUtente(String utente, Supplier<T> azione) {
        var gruppi = engine.getIdentityService().createGroupQuery().groupMember(utente).list().stream()
                .map(Group::getId)
                .toList();
        engine.getIdentityService().setAuthentication(utente, gruppi);
        try {
            return azione.get();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }
}
