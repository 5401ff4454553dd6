package it.santarzenio.sil.processo;

import it.santarzenio.sil.chiusura.ChiusuraService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An administrator deleted a case's instance (Cockpit "Annulla", or the REST API): the domain case closes as ANNULLATO
 * and its appointment is freed, in the deletion's transaction. It listens to the engine's own history event of the
 * instance's end, which the starter publishes as a Spring event: unlike an execution listener it is not skipped
 * when Cockpit deletes with "skip custom listeners". Called processes (Fase II, matching) end with their caller.
 */
@Component
class AnnullamentoPercorsoListener {

    private final ChiusuraService chiusure;

    AnnullamentoPercorsoListener(ChiusuraService chiusure) {
        this.chiusure = chiusure;
    }

    @EventListener
    void fineIstanza(HistoricProcessInstanceEventEntity evento) {
        if (annullamento(evento)) {
            chiusure.annulla(evento.getBusinessKey(), evento.getDeleteReason());
        }
    }

    /** The end of a case's root instance deleted from outside (Cockpit, REST, the Java API). */
    static boolean annullamento(HistoricProcessInstanceEventEntity evento) {
        return HistoryEventTypes.PROCESS_INSTANCE_END.getEventName().equals(evento.getEventType())
                && Processi.PERCORSO_CITTADINO.equals(evento.getProcessDefinitionKey())
                && HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED.equals(evento.getState())
                && evento.getBusinessKey() != null;
    }
}
