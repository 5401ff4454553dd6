package it.santarzenio.sil.processo.sicurezza;

import static org.assertj.core.api.Assertions.assertThat;

import it.santarzenio.sil.ApplicazioneSuH2;
import it.santarzenio.sil.processo.SportelliFaseSpecialistica;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;

/**
 * No authorization row per task (ADR 0010): neither for the candidate group nor for the assignee; a row only for a
 * group that is not the owner of the task's process; and the rows an older version left are removed at start.
 */
@ApplicazioneSuH2
class AutorizzazioniPerProcessoTest {

    private final ProcessEngine engine;
    private final SportelliFaseSpecialistica sportelli;

    AutorizzazioniPerProcessoTest(ProcessEngine engine) {
        this.engine = engine;
        this.sportelli = new SportelliFaseSpecialistica(engine);
    }

    @Test
    void compitoCreatoEPresoInCarico_nessunaRigaDiAutorizzazioneSulCompito() {
        var fase = sportelli.inviaAlloSpecialistico(false);
        var compito = compitoDi(fase.getId());
        engine.getIdentityService().setAuthentication("specialistico", List.of(Gruppo.SPORTELLO_SPECIALISTICO.id()));
        try {
            engine.getTaskService().claim(compito, "specialistico");
            assertThat(engine.getTaskService().createTaskQuery().taskId(compito).count())
                    .as("the desk sees its task through the grant on its process")
                    .isOne();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }

        assertThat(righeSulCompito(compito)).isEmpty();
    }

    @Test
    void gruppoCheNonEIlTitolareDelProcesso_unaRigaSoloPerLui() {
        var fase = sportelli.inviaAlloSpecialistico(false);
        var compito = compitoDi(fase.getId());

        engine.getTaskService().addCandidateGroup(compito, Gruppo.CABINA_DI_REGIA.id());

        assertThat(righeSulCompito(compito)).singleElement().satisfies(riga -> {
            assertThat(riga.getGroupId()).isEqualTo(Gruppo.CABINA_DI_REGIA.id());
            assertThat(riga.isPermissionGranted(Permissions.READ)).isTrue();
        });
        engine.getRuntimeService().deleteProcessInstance(fase.getId(), "fine del test");
        assertThat(righeSulCompito(compito)).as("removed with the task").isEmpty();
    }

    @Test
    void righeLasciateDallaVersionePrecedente_rimosseTranneQuelleCheServonoAncora() {
        var fase = sportelli.inviaAlloSpecialistico(false);
        var compito = compitoDi(fase.getId());
        var servizio = engine.getAuthorizationService();
        // What the default provider wrote: the candidate group, the assignee; a row of a task closed meanwhile; and a
        // committee's row on a task of another group's process, as an old model's Cabina task in Fase II had.
        var delGruppo = riga(compito, Gruppo.SPORTELLO_SPECIALISTICO.id(), null);
        var dellAssegnatario = riga(compito, null, "specialistico");
        var diUnCompitoChiuso = riga("compito-chiuso-da-tempo", Gruppo.SPORTELLO_INFORMATIVO.id(), null);
        var dellaCabina = riga(compito, Gruppo.CABINA_DI_REGIA.id(), null);
        var suTuttiICompiti = riga(Authorization.ANY, null, "utente-di-prova-matrice");
        List.of(delGruppo, dellAssegnatario, diUnCompitoChiuso, dellaCabina, suTuttiICompiti)
                .forEach(servizio::saveAuthorization);

        int rimosse = AutorizzazioniPlugin.rimuoviAutorizzazioniPerCompito(engine);

        assertThat(rimosse).isGreaterThanOrEqualTo(3);
        assertThat(righeSulCompito(compito))
                .as("the committee still needs its row on a task its grants do not cover")
                .extracting(Authorization::getGroupId)
                .containsExactly(Gruppo.CABINA_DI_REGIA.id());
        assertThat(servizio.createAuthorizationQuery()
                        .resourceType(Resources.TASK)
                        .resourceId("compito-chiuso-da-tempo")
                        .count())
                .isZero();
        assertThat(servizio.createAuthorizationQuery()
                        .resourceType(Resources.TASK)
                        .resourceId(Authorization.ANY)
                        .userIdIn("utente-di-prova-matrice")
                        .count())
                .as("a grant on every task is not a row per task")
                .isOne();
        assertThat(AutorizzazioniPlugin.rimuoviAutorizzazioniPerCompito(engine))
                .as("idempotent")
                .isZero();
        servizio.deleteAuthorization(suTuttiICompiti.getId());
        engine.getRuntimeService().deleteProcessInstance(fase.getId(), "fine del test");
    }

    private Authorization riga(String compito, String gruppo, String utente) {
        var riga = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        riga.setResource(Resources.TASK);
        riga.setResourceId(compito);
        riga.setGroupId(gruppo);
        riga.setUserId(utente);
        riga.addPermission(Permissions.READ);
        riga.addPermission(Permissions.UPDATE);
        return riga;
    }

    private List<Authorization> righeSulCompito(String compito) {
        return engine.getAuthorizationService()
                .createAuthorizationQuery()
                .resourceType(Resources.TASK)
                .resourceId(compito)
                .list();
    }

    private String compitoDi(String istanza) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(istanza)
                .singleResult()
                .getId();
    }
}
