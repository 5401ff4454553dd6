package it.santarzenio.sil.processo.sicurezza;

import static org.assertj.core.api.Assertions.assertThat;

import it.santarzenio.sil.ApplicazioneSuPostgres;
import it.santarzenio.sil.processo.SportelliFaseSpecialistica;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On PostgreSQL, the property that keeps Tasklist's lists linear (ADR 0010): the engine writes no authorization row
 * per task, so {@code ACT_RU_AUTHORIZATION} does not grow with the open tasks, while each desk still sees all of its
 * own tasks and none of another's; and the rows an older version wrote are removed by the start-up clean-up.
 */
@ApplicazioneSuPostgres
class AutorizzazioniSenzaRighePerCompitoIT {

    private static final int PRATICHE = 2_000;

    private final ProcessEngine engine;
    private final JdbcTemplate jdbc;

    AutorizzazioniSenzaRighePerCompitoIT(ProcessEngine engine, JdbcTemplate jdbc) {
        this.engine = engine;
        this.jdbc = jdbc;
    }

    @Test
    void migliaiaDiCompiti_nessunaRigaDiAutorizzazioneInPiu_righeVecchieRimosse() {
        long autorizzazioniPrima = righe("select count(*) from act_ru_authorization");
        long compitiPrima = righe("select count(*) from act_ru_task");
        var sportelli = new SportelliFaseSpecialistica(engine);
        for (int i = 0; i < PRATICHE; i++) {
            sportelli.inviaAlloSpecialistico(false);
        }
        var daPrendere = engine.getTaskService()
                .createTaskQuery()
                .taskCandidateGroup(Gruppo.SPORTELLO_SPECIALISTICO.id())
                .taskUnassigned()
                .listPage(0, 50);
        come(
                "specialistico",
                Gruppo.SPORTELLO_SPECIALISTICO,
                () -> daPrendere.forEach(compito -> engine.getTaskService().claim(compito.getId(), "specialistico")));

        assertThat(righe("select count(*) from act_ru_task") - compitiPrima).isEqualTo(PRATICHE);
        assertThat(righe("select count(*) from act_ru_authorization"))
                .as("no row per task: not for the candidate group, not for the assignee")
                .isEqualTo(autorizzazioniPrima);
        assertThat(righe("select count(*) from act_ru_authorization where resource_type_ = "
                        + Resources.TASK.resourceType() + " and resource_id_ <> '*'"))
                .isZero();
        come("specialistico", Gruppo.SPORTELLO_SPECIALISTICO, () -> assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskCandidateGroup(Gruppo.SPORTELLO_SPECIALISTICO.id())
                        .includeAssignedTasks()
                        .count())
                .as("the desk sees every one of its tasks through the grant on its process")
                .isGreaterThanOrEqualTo(PRATICHE));
        come("partner", Gruppo.SOCIETA_PARTNER, () -> assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskCandidateGroup(Gruppo.SPORTELLO_SPECIALISTICO.id())
                        .includeAssignedTasks()
                        .count())
                .as("and another group none")
                .isZero());

        // A database of the old version: one row per task for its candidate group and one for each assignee.
        int permessi =
                Permissions.READ.getValue() | Permissions.UPDATE.getValue() | TaskPermissions.READ_VARIABLE.getValue();
        int vecchie = jdbc.update("insert into act_ru_authorization"
                + " (id_, rev_, type_, group_id_, user_id_, resource_type_, resource_id_, perms_)"
                + " select 'g-' || t.id_, 1, 1, l.group_id_, null, " + Resources.TASK.resourceType() + ", t.id_, "
                + permessi
                + " from act_ru_task t join act_ru_identitylink l on l.task_id_ = t.id_ and l.type_ = 'candidate'"
                + " union all select 'u-' || t.id_, 1, 1, null, t.assignee_, " + Resources.TASK.resourceType()
                + ", t.id_, " + permessi
                + " from act_ru_task t where t.assignee_ is not null");
        assertThat(vecchie).isGreaterThan(PRATICHE);

        assertThat(AutorizzazioniPlugin.rimuoviAutorizzazioniPerCompito(engine)).isEqualTo(vecchie);
        assertThat(righe("select count(*) from act_ru_authorization")).isEqualTo(autorizzazioniPrima);
        assertThat(AutorizzazioniPlugin.rimuoviAutorizzazioniPerCompito(engine))
                .as("idempotent")
                .isZero();
    }

    private long righe(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private void come(String utente, Gruppo gruppo, Runnable azione) {
        engine.getIdentityService().setAuthentication(utente, List.of(gruppo.id()));
        try {
            azione.run();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }
}
