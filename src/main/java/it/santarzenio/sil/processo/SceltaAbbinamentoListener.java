package it.santarzenio.sil.processo;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Creation of Task_ElaborazioneProposta, again after DA_RIVEDERE: the form's radio "Serve l'abbinamento?" has the
 * options "true" and "false" as text, while the submitted choice was stored as a JSON boolean (ModuliCompilati), which
 * the radio does not recognise and would show unanswered. The earlier choice goes back to the form as the text of its
 * option, so the revised proposal keeps it unless the operator changes it; Task_RegistraProposta makes it a boolean
 * again.
 */
@Component("sceltaAbbinamentoListener")
class SceltaAbbinamentoListener implements TaskListener {

    @Override
    public void notify(DelegateTask compito) {
        var esecuzione = compito.getExecution();
        if (esecuzione.getVariable(VariabiliSpecialistico.RICHIEDE_ABBINAMENTO) instanceof Boolean scelta) {
            esecuzione.setVariable(VariabiliSpecialistico.RICHIEDE_ABBINAMENTO, scelta.toString());
        }
    }
}
