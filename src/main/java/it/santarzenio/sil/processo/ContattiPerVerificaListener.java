package it.santarzenio.sil.processo;

import it.santarzenio.sil.accesso.AccessoService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Creation of Task_VerificaEsito in verifica-esiti.bpmn: the desk must call the citizen, so the form shows their name
 * and contacts as the domain holds them today (task-local, a reserved variable: never in the engine's history).
 */
@Component("contattiPerVerificaListener")
class ContattiPerVerificaListener implements TaskListener {

    private final AccessoService accessi;

    ContattiPerVerificaListener(AccessoService accessi) {
        this.accessi = accessi;
    }

    @Override
    public void notify(DelegateTask compito) {
        String numeroPratica = (String) compito.getVariable(Variabili.NUMERO_PRATICA);
        String contatti = accessi.contatti(numeroPratica)
                .map(c -> c.nome() + " " + c.cognome()
                        + (c.telefono() == null || c.telefono().isBlank() ? "" : ", telefono " + c.telefono())
                        + (c.email() == null || c.email().isBlank() ? "" : ", e-mail " + c.email()))
                .orElse("(nessun contatto registrato)");
        compito.setVariableLocal(Variabili.CONTATTI_CITTADINO, contatti);
    }
}
