package it.santarzenio.sil.tasklist;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * A case a browser test starts from: what the other desks did before is done through the engine, as a member of their
 * group; at the end the case is deleted if still running, since the browser tests share one application context and
 * the Fase I test counts its instances.
 */
final class CasoInCorso {

    private static final Map<String, String> GRUPPI = Map.of(
            "informativo", "sportello-informativo",
            "specialistico", "sportello-specialistico",
            "cabina", "cabina-di-regia",
            "partner", "societa-partner");

    private final ProcessEngine engine;
    private final ProcessInstance istanza;

    CasoInCorso(ProcessEngine engine, ProcessInstance istanza) {
        this.engine = engine;
        this.istanza = istanza;
    }

    ProcessInstance istanza() {
        return istanza;
    }

    /** Submits the form of the open task {@code chiave} as {@code utente}, a demo user. */
    void completa(String chiave, String utente, Map<String, Object> variabili) {
        engine.getIdentityService().setAuthentication(utente, List.of(GRUPPI.get(utente)));
        try {
            engine.getFormService().submitTaskForm(compito(chiave), variabili);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    /** The open task {@code chiave} of the case, in its instance or in one it called (same business key). */
    String compito(String chiave) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(istanza.getBusinessKey())
                .taskDefinitionKey(chiave)
                .singleResult()
                .getId();
    }

    boolean aperto(String chiave) {
        return engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceBusinessKey(istanza.getBusinessKey())
                        .taskDefinitionKey(chiave)
                        .count()
                == 1;
    }

    void eliminaSeInCorso() {
        if (engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(istanza.getId())
                        .count()
                > 0) {
            engine.getRuntimeService().deleteProcessInstance(istanza.getId(), "fine del test");
        }
    }
}
