package it.santarzenio.sil.processo;

import it.santarzenio.sil.accesso.AccessoService;
import it.santarzenio.sil.accesso.RispostaRichiesta;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RegistraRisposta in percorso-cittadino.bpmn: the answer to a quick request goes into the registro accessi. */
@Component("registraRispostaDelegate")
class RegistraRispostaDelegate implements JavaDelegate {

    private final AccessoService accessi;
    private final ModuliCompilati moduli;

    RegistraRispostaDelegate(AccessoService accessi, ModuliCompilati moduli) {
        this.accessi = accessi;
        this.moduli = moduli;
    }

    @Override
    public void execute(DelegateExecution execution) {
        accessi.evadi(
                (Long) execution.getVariable(Variabili.ACCESSO_ID), moduli.leggi(execution, RispostaRichiesta.class));
    }
}
