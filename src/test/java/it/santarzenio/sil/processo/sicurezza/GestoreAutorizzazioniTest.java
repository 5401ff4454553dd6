package it.santarzenio.sil.processo.sicurezza;

import static org.assertj.core.api.Assertions.assertThat;

import it.santarzenio.sil.ApplicazioneSuH2;
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
    private final SportelliFaseSpecialistica sportelli;

    GestoreAutorizzazioniTest(ProcessEngine engine) {
        this.engine = engine;
        this.sportelli = new SportelliFaseSpecialistica(engine);
    }

    @Test
    void loSportelloInformativoFiltraPerISuoiProcessiSenzaIlJoin() {
        var interrogazione = configurata("informativo");

        assertThat(interrogazione.getAuthCheck().isAuthorizationCheckEnabled()).isFalse();
        assertThat(interrogazione.getQueries()).hasSize(2).last().satisfies(filtro -> assertThat(
                        filtro.getProcessDefinitionKeys())
                .containsExactly("PercorsoCittadinoProcess", "VerificaEsitiProcess"));
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

    /** Each desk counts with and without the rewrite the same tasks: none of another desk's. */
    @Test
    void ogniSportelloContaGliStessiCompitiConESenzaIlJoin() {
        sportelli.inviaAlloSpecialistico(false);
        for (String utente : List.of("informativo", "specialistico", "partner", "cabina", "responsabile")) {
            long riscritta = comeUtente(
                    utente, () -> engine.getTaskService().createTaskQuery().count());
            long delMotore =
                    comeUtente(utente, () -> ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                            .getCommandExecutorTxRequired()
                            .execute(contesto -> {
                                var interrogazione = new TaskQueryImpl();
                                // The engine's own manager, as before this change.
                                var motore = new AuthorizationManager();
                                motore.configureTaskQuery(interrogazione);
                                return (Long) contesto.getDbEntityManager()
                                        .selectOne("selectTaskCountByQueryCriteria", interrogazione);
                            }));
            assertThat(riscritta).as(utente).isEqualTo(delMotore);
        }
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
