package it.santarzenio.sil.processo;

import it.santarzenio.sil.accesso.AccessoService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ApriSchedaUtente in percorso-cittadino.bpmn: the presa in carico opens the citizen's path. */
@Component("apriSchedaUtenteDelegate")
class ApriSchedaUtenteDelegate implements JavaDelegate {

    private final AccessoService accessi;

    ApriSchedaUtenteDelegate(AccessoService accessi) {
        this.accessi = accessi;
    }

    @Override
    public void execute(DelegateExecution execution) {
        accessi.apriSchedaUtente(
                (String) execution.getVariable(Variabili.NUMERO_PRATICA),
                (Long) execution.getVariable(Variabili.CITTADINO_ID),
                Operatore.di(execution));
    }
}
