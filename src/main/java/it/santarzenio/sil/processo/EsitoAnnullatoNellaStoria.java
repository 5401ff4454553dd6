package it.santarzenio.sil.processo;

import it.santarzenio.sil.accesso.EsitoPercorso;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.variable.type.ValueType;

/**
 * Wraps the engine's history event handler so that the history of a cancelled case says how it ended, as every other
 * case does: after the end event of a case's root instance deleted by an administrator it hands on the creation of a
 * history variable {@code esitoPercorso} = ANNULLATO, scoped to the instance and with its removal time. It works on
 * the event stream, in the deletion's transaction, because nothing else runs there for sure: Cockpit's cancellation
 * may skip the execution listeners, and the runtime variables are already being deleted.
 */
final class EsitoAnnullatoNellaStoria implements HistoryEventHandler {

    private final HistoryEventHandler storia;

    EsitoAnnullatoNellaStoria(HistoryEventHandler storia) {
        this.storia = storia;
    }

    @Override
    public void handleEvent(HistoryEvent evento) {
        storia.handleEvent(evento);
        if (evento instanceof HistoricProcessInstanceEventEntity fine
                && AnnullamentoPercorsoListener.annullamento(fine)) {
            storia.handleEvent(esitoAnnullato(fine));
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> eventi) {
        var tutti = new ArrayList<HistoryEvent>(eventi.size());
        for (HistoryEvent evento : eventi) {
            tutti.add(evento);
            if (evento instanceof HistoricProcessInstanceEventEntity fine
                    && AnnullamentoPercorsoListener.annullamento(fine)) {
                tutti.add(esitoAnnullato(fine));
            }
        }
        storia.handleEvents(tutti);
    }

    /** What the engine's own producer writes when a string variable is set on the process instance. */
    private static HistoricVariableUpdateEventEntity esitoAnnullato(HistoricProcessInstanceEventEntity fine) {
        var ids = Context.getProcessEngineConfiguration().getIdGenerator();
        var variabile = new HistoricVariableUpdateEventEntity();
        variabile.setId(ids.getNextId());
        variabile.setEventType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE.getEventName());
        variabile.setTimestamp(fine.getEndTime());
        variabile.setVariableInstanceId(ids.getNextId());
        variabile.setVariableName(Variabili.ESITO_PERCORSO);
        variabile.setSerializerName(ValueType.STRING.getName());
        variabile.setTextValue(EsitoPercorso.ANNULLATO.name());
        variabile.setRevision(0);
        variabile.setSequenceCounter(1);
        variabile.setProcessInstanceId(fine.getProcessInstanceId());
        variabile.setExecutionId(fine.getProcessInstanceId());
        variabile.setScopeActivityInstanceId(fine.getProcessInstanceId());
        variabile.setActivityInstanceId(fine.getProcessInstanceId());
        variabile.setRootProcessInstanceId(fine.getRootProcessInstanceId());
        variabile.setProcessDefinitionId(fine.getProcessDefinitionId());
        variabile.setProcessDefinitionKey(fine.getProcessDefinitionKey());
        variabile.setProcessDefinitionName(fine.getProcessDefinitionName());
        variabile.setProcessDefinitionVersion(fine.getProcessDefinitionVersion());
        variabile.setTenantId(fine.getTenantId());
        variabile.setRemovalTime(fine.getRemovalTime());
        return variabile;
    }
}
