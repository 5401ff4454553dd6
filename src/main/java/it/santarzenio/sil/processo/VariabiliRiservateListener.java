package it.santarzenio.sil.processo;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End of Task_Profilazione in percorso-cittadino.bpmn: the decision has read the reserved assessment answers (social
 * fragility, work history), Task_RegistraColloquio has stored them in the colloquio table, no later form or expression
 * reads them; they leave the case, so that no task form, REST call or Cockpit view of the running case shows them.
 */
@Component("variabiliRiservateListener")
class VariabiliRiservateListener implements ExecutionListener {

    private final VariabiliRiservate riservate;

    VariabiliRiservateListener(VariabiliRiservate riservate) {
        this.riservate = riservate;
    }

    @Override
    public void notify(DelegateExecution execution) {
        execution.removeVariables(riservate.daTogliereDopoLaProfilazione());
    }
}
