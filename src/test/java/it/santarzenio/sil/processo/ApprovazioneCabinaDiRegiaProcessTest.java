package it.santarzenio.sil.processo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import it.santarzenio.sil.cabina.CabinaService;
import it.santarzenio.sil.cabina.DecisioneCabina;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * ApprovazioneCabinaDiRegiaProcess (processes/approvazione-cabina-di-regia.bpmn), called by Fase II for each proposal
 * version: one method per path, with the real domain on H2, the decision taken by the demo member of the Cabina di
 * Regia with authorizations on.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:percorso;DB_CLOSE_DELAY=-1")
class ApprovazioneCabinaDiRegiaProcessTest {

    private static final ZoneId ROMA = ZoneId.of("Europe/Rome");

    @Autowired
    ProcessEngine engine;

    @Autowired
    CabinaService cabina;

    SportelliFaseSpecialistica sportelli;

    @BeforeEach
    void collegaAssert() {
        AbstractAssertions.init(engine);
        sportelli = new SportelliFaseSpecialistica(engine);
    }

    @AfterEach
    void orologioDelMotore() {
        ClockUtil.reset();
    }

    @Test
    void approvata_laDecisioneERegistrataETornaAllaFaseSpecialistica() {
        var fase = propostaPresentata();
        var decisione = sportelli.cabinaDi(fase);

        assertThat(decisione).isWaitingAt("Task_ApprovazioneCabinaDiRegia");
        assertThat(task(decisione)).hasCandidateGroup("cabina-di-regia");
        assertThat(decisione.getBusinessKey()).isEqualTo(fase.getBusinessKey());
        assertThat(decisione)
                .variables()
                .as("only what the committee's form shows reaches its instance")
                .containsOnlyKeys(
                        Variabili.NUMERO_PRATICA,
                        Variabili.NOME,
                        Variabili.COGNOME,
                        Variabili.PERCORSO_CONFERMATO,
                        Variabili.OBIETTIVI,
                        VariabiliSpecialistico.ESITO_ORIENTAMENTO,
                        VariabiliSpecialistico.PROPOSTA_PROGETTUALE,
                        VariabiliSpecialistico.TIPO_PROGETTO,
                        VariabiliSpecialistico.RICHIEDE_ABBINAMENTO,
                        VariabiliSpecialistico.VERSIONE_PROPOSTA,
                        VariabiliSpecialistico.SCADENZA_APPROVAZIONE,
                        VariabiliSpecialistico.CICLO_SOLLECITI,
                        VariabiliSpecialistico.STORICO_PROPOSTA)
                .doesNotContainKeys(
                        Variabili.CODICE_FISCALE,
                        Variabili.CITTADINO_ID,
                        VariabiliSpecialistico.NOTE_CONDIVISIONE,
                        Variabili.INTERVENTI_SECONDO_LIVELLO);
        sportelli.decidi(fase, "APPROVATA", null);

        assertThat(decisione).isEnded().hasPassed("Task_RegistraDecisioneCabina", "EndEvent_DecisioneRegistrata");
        assertThat(fase)
                .hasPassed("Task_DecisioneCabinaDiRegia")
                .isWaitingAt("Task_AvvioProgetto")
                .variables()
                .containsEntry(VariabiliSpecialistico.DECISIONE_CABINA, "APPROVATA");
        assertThat(cabina.storico(fase.getBusinessKey())).singleElement().satisfies(versione -> {
            assertThat(versione.decisione()).isEqualTo(DecisioneCabina.APPROVATA);
            assertThat(versione.decisaDa()).isEqualTo("cabina");
        });
    }

    @Test
    void daRivedere_laMotivazioneArrivaAlModuloDellaRevisione() {
        var fase = propostaPresentata();
        sportelli.decidi(fase, "DA_RIVEDERE", "Indicare l'ente ospitante e la durata.");

        assertThat(fase).isWaitingAt("Task_ElaborazioneProposta");
        var revisione = task(fase);
        assertThat(engine.getFormService().getTaskFormVariables(revisione.getId()))
                .as("the revision form shows the committee's decision and reason")
                .containsKeys(VariabiliSpecialistico.DECISIONE_CABINA, VariabiliSpecialistico.MOTIVAZIONE_CABINA);
        assertThat(engine.getRuntimeService().getVariable(fase.getId(), VariabiliSpecialistico.MOTIVAZIONE_CABINA))
                .isEqualTo("Indicare l'ente ospitante e la durata.");
        sportelli.elaboraProposta(fase, "Tirocinio di sei mesi presso la biblioteca comunale.", "TIROCINIO", false);

        var seconda = sportelli.cabinaDi(fase);
        assertThat(seconda)
                .as("a new version gets a new instance of the committee's process")
                .isWaitingAt("Task_ApprovazioneCabinaDiRegia")
                .variables()
                .containsEntry(VariabiliSpecialistico.VERSIONE_PROPOSTA, 2)
                .doesNotContainKeys(VariabiliSpecialistico.DECISIONE_CABINA, VariabiliSpecialistico.MOTIVAZIONE_CABINA);
    }

    @Test
    void respinta_laFaseSpecialisticaSiChiudeConLaPropostaRespinta() {
        var fase = propostaPresentata();
        var decisione = sportelli.cabinaDi(fase);
        sportelli.decidi(fase, "RESPINTA", "Il progetto non rientra nei requisiti del bando.");

        assertThat(decisione).isEnded().hasPassed("Task_RegistraDecisioneCabina");
        assertThat(fase).isEnded().hasPassed("EndEvent_PropostaRespinta");
        assertThat(cabina.storico(fase.getBusinessKey()))
                .singleElement()
                .satisfies(versione -> assertThat(versione.decisione()).isEqualTo(DecisioneCabina.RESPINTA));
    }

    @Test
    void decisioneInRitardo_unSollecitoAOgniScadenzaFinoAllaDecisione() {
        var presentataIl = Instant.now();
        var fase = propostaPresentata();
        var decisione = sportelli.cabinaDi(fase);
        Date scadenza = task(decisione).getDueDate();

        assertThat(scadenza)
                .as("the committee has P15D to decide")
                .isCloseTo(Date.from(presentataIl.atZone(ROMA).plusDays(15).toInstant()), 60_000);
        var primo = job("BoundaryEvent_ApprovazioneScaduta", decisione);
        assertThat(primo.getDuedate()).as("first reminder at the due date").isCloseTo(scadenza, 1_000);
        // The engine computes the next firing from its clock: the job runs when it is due.
        ClockUtil.setCurrentTime(Date.from(primo.getDuedate().toInstant().plusSeconds(60)));
        execute(primo);

        assertThat(decisione)
                .hasPassed("Task_SollecitaCabina", "EndEvent_SollecitoInviato")
                .isWaitingAt("Task_ApprovazioneCabinaDiRegia");
        assertThat(decisione).variables().containsEntry(VariabiliSpecialistico.SOLLECITI_CABINA, 1);
        var secondo = job("BoundaryEvent_ApprovazioneScaduta", decisione);
        assertThat(secondo.getDuedate())
                .as("the next reminder one period later (an hour off across a change of daylight saving time)")
                .isCloseTo(
                        Date.from(scadenza.toInstant().atZone(ROMA).plusDays(15).toInstant()), 3_660_000);
        ClockUtil.setCurrentTime(Date.from(secondo.getDuedate().toInstant().plusSeconds(60)));
        execute(secondo);

        assertThat(decisione).variables().containsEntry(VariabiliSpecialistico.SOLLECITI_CABINA, 2);
        assertThat(cabina.storico(fase.getBusinessKey()))
                .singleElement()
                .satisfies(versione -> assertThat(versione.solleciti()).isEqualTo(2));
        assertThat(job("BoundaryEvent_ApprovazioneScaduta", decisione))
                .as("still undecided: a third reminder is waiting")
                .isNotNull();
        sportelli.decidi(fase, "APPROVATA", null);

        assertThat(decisione).isEnded();
        assertThat(engine.getManagementService()
                        .createJobQuery()
                        .processInstanceId(decisione.getId())
                        .count())
                .as("no reminder after the decision")
                .isZero();
        assertThat(fase).isWaitingAt("Task_AvvioProgetto");
    }

    private ProcessInstance propostaPresentata() {
        var fase = sportelli.inviaAlloSpecialistico(false);
        sportelli.condividiCaso(fase);
        sportelli.orientamentoSpecialistico(fase);
        sportelli.elaboraProposta(fase, "Tirocinio in biblioteca.", "TIROCINIO", false);
        assertThat(fase).isWaitingAt("Task_DecisioneCabinaDiRegia");
        return fase;
    }
}
