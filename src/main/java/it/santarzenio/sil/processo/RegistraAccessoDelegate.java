package it.santarzenio.sil.processo;

import it.santarzenio.sil.accesso.AccessoService;
import it.santarzenio.sil.accesso.SchedaAccesso;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RegistraAccesso in percorso-cittadino.bpmn: the registro accessi keeps a trace of every first interview. */
@Component("registraAccessoDelegate")
class RegistraAccessoDelegate implements JavaDelegate {

    private final AccessoService accessi;
    private final ModuliCompilati moduli;

    RegistraAccessoDelegate(AccessoService accessi, ModuliCompilati moduli) {
        this.accessi = accessi;
        this.moduli = moduli;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var scheda = moduli.leggi(execution, SchedaAccesso.class);
        var registrato = accessi.registra(
                scheda, (String) execution.getVariable(Variabili.NUMERO_PRATICA), Operatore.di(execution));
        execution.setVariable(Variabili.ACCESSO_ID, registrato.accessoId());
        execution.setVariable(Variabili.CITTADINO_ID, registrato.cittadinoId());
        // The normalised code (upper case, no spaces) replaces what was typed.
        execution.setVariable(Variabili.CODICE_FISCALE, registrato.codiceFiscale());
    }
}
