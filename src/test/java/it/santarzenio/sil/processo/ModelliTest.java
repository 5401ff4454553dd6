package it.santarzenio.sil.processo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.santarzenio.sil.ApplicazioneSuH2;
import it.santarzenio.sil.processo.sicurezza.GruppiDeiProcessi;
import it.santarzenio.sil.processo.sicurezza.Gruppo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Every BPMN, DMN and form in processes/ and forms/ obeys the conventions the code relies on. */
@ApplicazioneSuH2
class ModelliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Path, BpmnModelInstance> PROCESSI = new HashMap<>();
    private static final Map<String, JsonNode> MODULI = new HashMap<>();

    @Autowired
    ApplicationContext contesto;

    @BeforeAll
    static void leggiModelli() throws IOException {
        try (Stream<Path> file = Files.list(Path.of("processes"))) {
            file.filter(p -> p.toString().endsWith(".bpmn"))
                    .forEach(p -> PROCESSI.put(p, Bpmn.readModelFromFile(p.toFile())));
        }
        try (Stream<Path> file = Files.list(Path.of("forms"))) {
            for (Path modulo : file.filter(p -> p.toString().endsWith(".form")).toList()) {
                JsonNode json = JSON.readTree(modulo.toFile());
                MODULI.put(json.path("id").asText(), json);
            }
        }
        assertThat(PROCESSI).isNotEmpty();
    }

    @Test
    void ogniFileHaUnProcessoDalNomeUguale_eUnaDurataDiStorico() {
        PROCESSI.forEach((file, modello) -> {
            var processi = modello.getModelElementsByType(Process.class);
            assertThat(processi).hasSize(1);
            var processo = processi.iterator().next();
            String atteso = processo.getId().replace("Process", "").replaceAll("([a-z])([A-Z])", "$1-$2");
            assertThat(file.getFileName().toString()).isEqualTo(atteso.toLowerCase() + ".bpmn");
            assertThat(processo.getCamundaHistoryTimeToLiveString())
                    .as(processo.getId())
                    .isNotBlank();
            assertThat(processo.isExecutable()).isTrue();
        });
    }

    @Test
    void gliIdSeguonoLaConvenzione() {
        PROCESSI.values().forEach(modello -> {
            modello.getModelElementsByType(FlowNode.class).forEach(nodo -> assertThat(nodo.getId())
                    .as(nodo.getElementType().getTypeName())
                    .matches(prefisso(nodo) + "[A-Z][A-Za-z0-9]+"));
            modello.getModelElementsByType(SequenceFlow.class)
                    .forEach(flusso -> assertThat(flusso.getId()).matches("SequenceFlow_[A-Z][A-Za-z0-9]+"));
        });
    }

    @Test
    void ogniElementoHaLaSuaFormaNelDiagramma() {
        PROCESSI.values().forEach(modello -> {
            var disegnati = new java.util.HashSet<String>();
            modello.getModelElementsByType(BpmnShape.class)
                    .forEach(forma -> disegnati.add(forma.getBpmnElement().getId()));
            modello.getModelElementsByType(BpmnEdge.class)
                    .forEach(arco -> disegnati.add(arco.getBpmnElement().getId()));
            Stream.concat(
                            modello.getModelElementsByType(FlowNode.class).stream(),
                            modello.getModelElementsByType(SequenceFlow.class).stream())
                    .map(BaseElement::getId)
                    .forEach(id -> assertThat(disegnati).as("shape of " + id).contains(id));
        });
    }

    /**
     * Task rights are one grant per process definition (ADR 0010): a process whose user tasks named a second group
     * would let that group go unseen (no grant) or the owner see the other's tasks. A new group's task goes into a
     * process of its own, called like ApprovazioneCabinaDiRegiaProcess.
     */
    @Test
    void ogniProcessoHaICompitiDiUnSoloGruppo_quelloCheLeAutorizzazioniConoscono() {
        PROCESSI.values().forEach(modello -> {
            var processo =
                    modello.getModelElementsByType(Process.class).iterator().next();
            var compiti = modello.getModelElementsByType(UserTask.class);
            if (compiti.isEmpty()) {
                return;
            }
            String titolare = GruppiDeiProcessi.titolare(processo.getId())
                    .map(Gruppo::id)
                    .orElseThrow(() -> new AssertionError(
                            processo.getId() + " has user tasks but no owner group" + " in GruppiDeiProcessi"));
            compiti.forEach(compito -> {
                assertThat(compito.getCamundaCandidateGroupsList())
                        .as(processo.getId() + "." + compito.getId())
                        .containsExactly(titolare);
                assertThat(compito.getCamundaCandidateUsers())
                        .as(compito.getId())
                        .isNull();
                assertThat(compito.getCamundaAssignee()).as(compito.getId()).isNull();
            });
        });
    }

    @Test
    void ogniEspressioneDiDelegaNominaUnBeanEsistente() {
        PROCESSI.values().forEach(modello -> {
            var espressioni = new java.util.ArrayList<String>();
            modello.getModelElementsByType(Task.class).forEach(compito -> {
                String delega = compito.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "delegateExpression");
                if (delega != null) {
                    espressioni.add(delega);
                }
                assertThat(compito.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "class"))
                        .as("camunda:class on " + compito.getId())
                        .isNull();
            });
            modello.getModelElementsByType(CamundaExecutionListener.class)
                    .forEach(listener -> espressioni.add(listener.getCamundaDelegateExpression()));
            modello.getModelElementsByType(CamundaTaskListener.class)
                    .forEach(listener -> espressioni.add(listener.getCamundaDelegateExpression()));
            espressioni.forEach(espressione -> {
                assertThat(espressione).matches("#\\{[a-z][A-Za-z]+}");
                assertThat(contesto.containsBean(espressione.substring(2, espressione.length() - 1)))
                        .as(espressione)
                        .isTrue();
            });
        });
    }

    @Test
    void ogniFormRefHaIlSuoModulo() {
        PROCESSI.values().forEach(modello -> Stream.concat(
                        modello.getModelElementsByType(Task.class).stream(),
                        modello.getModelElementsByType(StartEvent.class).stream())
                .forEach(elemento -> {
                    String ref = elemento.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
                    if (ref != null) {
                        assertThat(MODULI).as("form of " + elemento.getId()).containsKey(ref);
                        assertThat(elemento.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRefBinding"))
                                .isEqualTo("deployment");
                    }
                }));
    }

    @Test
    void iModuliHannoIdEChiaviCorretti() {
        assertThat(MODULI).isNotEmpty();
        MODULI.forEach((id, modulo) -> {
            assertThat(id).matches("Form_[A-Z][A-Za-z]+");
            modulo.path("components").forEach(campo -> {
                if (campo.has("key")) {
                    assertThat(campo.path("key").asText()).matches("[a-z][A-Za-z]+");
                    String etichetta = campo.has("dateLabel")
                            ? campo.path("dateLabel").asText()
                            : campo.path("label").asText();
                    assertThat(etichetta).as(id + "." + campo.path("key")).isNotBlank();
                }
            });
        });
    }

    /**
     * The cartella sociale and the case's file are read in Tasklist's Fascicolo tab (ADR 0013): a form's link to
     * {@code /api} opens raw JSON in place of Tasklist, as the operators found before issue 13.
     */
    @Test
    void nessunModuloRimandaAlleRisposteDellApi() {
        assertThat(MODULI).isNotEmpty();
        MODULI.forEach((id, modulo) -> modulo.findValues("text")
                .forEach(testo -> assertThat(testo.asText()).as(id).doesNotContain("/api/")));
    }

    @Test
    void ogniFineDelPercorsoHaUnEsito() {
        var percorso = PROCESSI.get(Path.of("processes/percorso-cittadino.bpmn"));
        var fini = percorso.getModelElementsByType(EndEvent.class);
        assertThat(fini).isNotEmpty();
        fini.forEach(fine -> assertThatCode(() -> ChiusuraPercorsoListener.esitoDi(fine.getId()))
                .as(fine.getId())
                .doesNotThrowAnyException());
    }

    @Test
    void ogniDecisioneHaUnaDurataDiStorico() throws IOException {
        try (Stream<Path> file = Files.list(Path.of("processes"))) {
            List<Path> dmn = file.filter(p -> p.toString().endsWith(".dmn")).toList();
            assertThat(dmn).isNotEmpty();
            dmn.forEach(p -> Dmn.readModelFromFile(p.toFile())
                    .getModelElementsByType(Decision.class)
                    .forEach(decisione -> assertThat(decisione.getCamundaHistoryTimeToLiveString())
                            .as(decisione.getId())
                            .isNotBlank()));
        }
    }

    private static String prefisso(FlowNode nodo) {
        if (nodo instanceof Task || nodo instanceof CallActivity || nodo instanceof SubProcess) {
            return "Task_";
        }
        if (nodo instanceof Gateway) {
            return "Gateway_";
        }
        if (nodo instanceof StartEvent) {
            return "StartEvent_";
        }
        if (nodo instanceof EndEvent) {
            return "EndEvent_";
        }
        if (nodo instanceof BoundaryEvent) {
            return "BoundaryEvent_";
        }
        if (nodo instanceof IntermediateCatchEvent) {
            return "(Timer|Event)_";
        }
        return "[A-Z][a-z]+_";
    }
}
