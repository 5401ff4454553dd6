package it.santarzenio.sil.processo;

import it.santarzenio.sil.verifica.EsitoVerifica;
import it.santarzenio.sil.verifica.VerificaEsitiService;
import java.time.Period;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RegistraVerificaEsito in verifica-esiti.bpmn: the citizen's condition, with the interval it answers. */
@Component("registraVerificaEsitoDelegate")
class RegistraVerificaEsitoDelegate implements JavaDelegate {

    private final VerificaEsitiService verifiche;
    private final ModuliCompilati moduli;

    RegistraVerificaEsitoDelegate(VerificaEsitiService verifiche, ModuliCompilati moduli) {
        this.verifiche = verifiche;
        this.moduli = moduli;
    }

    @Override
    public void execute(DelegateExecution execution) {
        verifiche.registra(
                (String) execution.getVariable(Variabili.NUMERO_PRATICA),
                Period.parse((String) execution.getVariable(Variabili.INTERVALLO_VERIFICA)),
                moduli.leggi(execution, EsitoVerifica.class),
                Operatore.di(execution));
    }
}
