package it.santarzenio.sil.processo;

import it.santarzenio.sil.accesso.AccessoService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of PercorsoCittadinoProcess: the system assigns the case number and makes it the business key, so every
 * process instance of the case (Fase II included) carries it.
 */
@Component("assegnaNumeroPraticaListener")
class AssegnaNumeroPraticaListener implements ExecutionListener {

    private final AccessoService accessi;

    AssegnaNumeroPraticaListener(AccessoService accessi) {
        this.accessi = accessi;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String numero = accessi.nuovoNumeroPratica();
        execution.setProcessBusinessKey(numero);
        execution.setVariable(Variabili.NUMERO_PRATICA, numero);
    }
}
