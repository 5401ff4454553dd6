package it.santarzenio.sil.processo;

import static it.santarzenio.sil.accesso.CodiciFiscaliDiProva.nuovoCodiceFiscale;
import static it.santarzenio.sil.processo.PercorsoCittadinoProcessTest.schedaAccesso;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import it.santarzenio.sil.accesso.MotivoChiusura;
import it.santarzenio.sil.chiusura.ChiusuraService;
import it.santarzenio.sil.chiusura.RichiestaChiusura;
import java.io.InputStream;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestConstructor;
import org.springframework.test.context.TestConstructor.AutowireMode;

/**
 * A case opened on a version of PercorsoCittadinoProcess deployed before the early closure: the closure cannot reach
 * it until the migration moves it to the latest version, at its open step, with its task; a second run finds nothing
 * to do. Its own database: it deploys versions of the process that the other tests must not meet.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:migrazione;DB_CLOSE_DELAY=-1", "sil.migrazione.all-avvio=false"
        })
@TestConstructor(autowireMode = AutowireMode.ALL)
class MigrazioneVersioniPrecedentiTest {

    private final ProcessEngine engine;
    private final MigrazioneVersioniPrecedenti migrazione;
    private final ColonneElencoMancanti colonneMancanti;
    private final ChiusuraService chiusure;

    MigrazioneVersioniPrecedentiTest(
            ProcessEngine engine,
            MigrazioneVersioniPrecedenti migrazione,
            ColonneElencoMancanti colonneMancanti,
            ChiusuraService chiusure) {
        this.engine = engine;
        this.migrazione = migrazione;
        this.colonneMancanti = colonneMancanti;
        this.chiusure = chiusure;
    }

    @BeforeEach
    void collegaAssert() {
        AbstractAssertions.init(engine);
    }

    @Test
    void casoApertoPrimaDellaChiusuraAnticipata_migratoAlPassoInCuiEra_eChiudibile() throws Exception {
        var vecchia = deploySenzaChiusuraAnticipata();
        var percorso = avviaSu(vecchia);
        assertThat(percorso).isWaitingAt("Task_ConcordaAppuntamento");
        String compito = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(percorso.getId())
                .singleResult()
                .getId();
        var ultima = deployDelModelloAttuale();
        assertThat(ultima.getVersion()).isGreaterThan(vecchia.getVersion());

        assertThatThrownBy(() -> chiusure.chiudiAnticipatamente(
                        percorso.getBusinessKey(), new RichiestaChiusura(MotivoChiusura.RINUNCIA, null), "informativo"))
                .as("the old version has no event subprocess to receive the closure")
                .isInstanceOf(RuntimeException.class);

        var esito = migrazione.migra();

        assertThat(esito.migrate()).isOne();
        assertThat(esito.rimaste()).isZero();
        assertThat(istanza(percorso).getProcessDefinitionId()).isEqualTo(ultima.getId());
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceId(percorso.getId())
                        .singleResult()
                        .getId())
                .as("the same task, where it was")
                .isEqualTo(compito);
        assertThat(migrazione.migra())
                .as("nothing left to move")
                .isEqualTo(new MigrazioneVersioniPrecedenti.Esito(0, 0));

        chiusure.chiudiAnticipatamente(
                percorso.getBusinessKey(), new RichiestaChiusura(MotivoChiusura.RINUNCIA, null), "informativo");

        assertThat(percorso).isEnded().hasPassed("EndEvent_ChiusuraAnticipata");
    }

    @Test
    void processiDelleFasiDelCaso_fasiIEIIAbbinamentoECabina() {
        assertThat(MigrazioneVersioniPrecedenti.PROCESSI)
                .containsExactly(
                        Processi.PERCORSO_CITTADINO,
                        Processi.ORIENTAMENTO_SPECIALISTICO,
                        Processi.ABBINAMENTO_DOMANDA_OFFERTA,
                        Processi.APPROVAZIONE_CABINA_DI_REGIA);
    }

    /** The model as it was before issue 14: no Task_ChiusuraAnticipata event subprocess (and no diagram, to keep it short). */
    /**
     * A task created by a version without the task-list columns (ADR 0016): it receives the ones its creation would have
     * given it, and a second run finds nothing to do.
     */
    @Test
    void compitoCreatoPrimaDelleColonne_leRiceveComeAllaCreazione_unaSecondaVoltaNulla() {
        var attuale = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(Processi.PERCORSO_CITTADINO)
                .latestVersion()
                .singleResult();
        var percorso = avviaSu(attuale);
        var compiti = engine.getTaskService();
        String compito = compiti.createTaskQuery()
                .processInstanceId(percorso.getId())
                .singleResult()
                .getId();
        var allaCreazione = compiti.getVariablesLocal(compito, List.copyOf(ColonneElenco.NOMI));
        assertThat(allaCreazione)
                .containsKeys(ColonneElenco.PRATICA, ColonneElenco.COGNOME, ColonneElenco.NOME, ColonneElenco.RICERCA)
                .containsEntry(ColonneElenco.PRATICA, percorso.getBusinessKey());
        compiti.removeVariablesLocal(compito, ColonneElenco.NOMI);
        assertThat(compiti.getVariablesLocal(compito, List.copyOf(ColonneElenco.NOMI)))
                .isEmpty();

        assertThat(colonneMancanti.completa()).isOne();

        assertThat(compiti.getVariablesLocal(compito, List.copyOf(ColonneElenco.NOMI)))
                .isEqualTo(allaCreazione);
        assertThat(colonneMancanti.completa()).isZero();
        // The other test counts the instances it migrates.
        engine.getRuntimeService().deleteProcessInstance(percorso.getId(), "fine del test");
    }

    private ProcessDefinition deploySenzaChiusuraAnticipata() throws Exception {
        try (InputStream bpmn = modello()) {
            var modello = Bpmn.readModelFromStream(bpmn);
            SubProcess chiusura = modello.getModelElementById("Task_ChiusuraAnticipata");
            chiusura.getParentElement().removeChildElement(chiusura);
            List.copyOf(modello.getModelElementsByType(BpmnDiagram.class))
                    .forEach(diagramma -> modello.getDefinitions().removeChildElement(diagramma));
            return definizione(engine.getRepositoryService()
                    .createDeployment()
                    .name("percorso-cittadino senza chiusura anticipata")
                    .addModelInstance("percorso-cittadino.bpmn", modello)
                    .deploy()
                    .getId());
        }
    }

    private ProcessDefinition deployDelModelloAttuale() throws Exception {
        try (InputStream bpmn = modello()) {
            return definizione(engine.getRepositoryService()
                    .createDeployment()
                    .name("percorso-cittadino attuale")
                    .addInputStream("percorso-cittadino.bpmn", bpmn)
                    .deploy()
                    .getId());
        }
    }

    private static InputStream modello() {
        return MigrazioneVersioniPrecedentiTest.class.getResourceAsStream("/modelli/percorso-cittadino.bpmn");
    }

    private ProcessDefinition definizione(String deployment) {
        return engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .deploymentId(deployment)
                .processDefinitionKey(Processi.PERCORSO_CITTADINO)
                .singleResult();
    }

    private ProcessInstance avviaSu(ProcessDefinition definizione) {
        return OperatoreDiSportello.informativo(engine).come(() -> engine.getFormService()
                .submitStartForm(definizione.getId(), schedaAccesso(nuovoCodiceFiscale(), "PERCORSO", true)));
    }

    private ProcessInstance istanza(ProcessInstance percorso) {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(percorso.getId())
                .singleResult();
    }
}
