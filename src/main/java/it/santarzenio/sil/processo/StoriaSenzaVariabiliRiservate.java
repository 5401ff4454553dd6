package it.santarzenio.sil.processo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionEvaluationEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionInstanceEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;

/**
 * Wraps the engine's history event handler (the database writer and any other) and keeps the reserved variables
 * out of it: their variable events (ACT_HI_VARINST, ACT_HI_DETAIL), the form fields submitted under their names
 * (ACT_HI_DETAIL), the decision inputs whose expression is one of them (ACT_HI_DEC_IN) and the decision outputs of
 * their names (ACT_HI_DEC_OUT) never reach it. Every
 * other event passes unchanged, so the history level stays "full".
 */
final class StoriaSenzaVariabiliRiservate implements HistoryEventHandler {

    private final HistoryEventHandler storia;
    private final Set<String> riservate;
    /** Decision definition id → ids of its input clauses that read a reserved variable. Definitions never change. */
    private final Map<String, Set<String>> ingressiRiservati = new ConcurrentHashMap<>();

    StoriaSenzaVariabiliRiservate(HistoryEventHandler storia, Set<String> riservate) {
        this.storia = storia;
        this.riservate = Set.copyOf(riservate);
    }

    @Override
    public void handleEvent(HistoryEvent evento) {
        if (conservabile(evento)) {
            storia.handleEvent(evento);
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> eventi) {
        storia.handleEvents(eventi.stream().filter(this::conservabile).toList());
    }

    private boolean conservabile(HistoryEvent evento) {
        // Every event of the variable (create, update, delete, migrate) goes: an update without its create would
        // insert the row the create did not write.
        if (evento instanceof HistoricVariableUpdateEventEntity variabile) {
            return !riservate.contains(variabile.getVariableName());
        }
        if (evento instanceof HistoricFormPropertyEventEntity campo) {
            return !riservate.contains(campo.getPropertyId());
        }
        if (evento instanceof HistoricDecisionEvaluationEvent valutazione) {
            togliIngressiRiservati(valutazione.getRootHistoricDecisionInstance());
            Collection<HistoricDecisionInstanceEntity> richieste = valutazione.getRequiredHistoricDecisionInstances();
            if (richieste != null) {
                richieste.forEach(this::togliIngressiRiservati);
            }
        }
        return true;
    }

    private void togliIngressiRiservati(HistoricDecisionInstanceEntity decisione) {
        if (decisione == null || decisione.getDecisionDefinitionId() == null) {
            return;
        }
        if (decisione.getOutputs() != null) {
            decisione.setOutputs(new ArrayList<>(decisione.getOutputs().stream()
                    .filter(uscita -> !riservate.contains(uscita.getVariableName()))
                    .toList()));
        }
        Set<String> clausole = ingressiRiservati.computeIfAbsent(
                decisione.getDecisionDefinitionId(), id -> clausoleRiservate(id, decisione.getDecisionDefinitionKey()));
        if (clausole.isEmpty()) {
            return;
        }
        List<HistoricDecisionInputInstance> ingressi = decisione.getInputs().stream()
                .filter(ingresso -> !clausole.contains(ingresso.getClauseId()))
                .toList();
        decisione.setInputs(new ArrayList<>(ingressi));
    }

    /** The input clauses of the decision table whose input expression is just the name of a reserved variable. */
    private Set<String> clausoleRiservate(String idDefinizione, String chiave) {
        var modello = Context.getProcessEngineConfiguration()
                .getDeploymentCache()
                .findDmnModelInstanceForDecisionDefinition(idDefinizione);
        if (modello == null
                || !(modello.getModelElementById(chiave) instanceof Decision decisione)
                || !(decisione.getExpression() instanceof DecisionTable tabella)) {
            return Set.of();
        }
        return tabella.getInputs().stream()
                .filter(ingresso -> ingresso.getInputExpression() != null
                        && ingresso.getInputExpression().getText() != null
                        && riservate.contains(ingresso.getInputExpression()
                                .getText()
                                .getTextContent()
                                .strip()))
                .map(Input::getId)
                .collect(Collectors.toUnmodifiableSet());
    }
}
