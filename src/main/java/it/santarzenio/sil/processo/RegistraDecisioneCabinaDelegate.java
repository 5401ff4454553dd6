package it.santarzenio.sil.processo;

import it.santarzenio.sil.cabina.CabinaService;
import it.santarzenio.sil.cabina.Deliberazione;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RegistraDecisioneCabina in approvazione-cabina-di-regia.bpmn: the committee's decision on the pending version,
 * with who took it (the member who completed the task) and when.
 */
@Component("registraDecisioneCabinaDelegate")
class RegistraDecisioneCabinaDelegate implements JavaDelegate {

    private final CabinaService cabina;
    private final ModuliCompilati moduli;

    RegistraDecisioneCabinaDelegate(CabinaService cabina, ModuliCompilati moduli) {
        this.cabina = cabina;
        this.moduli = moduli;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cabina.decidi(
                (String) execution.getVariable(Variabili.NUMERO_PRATICA),
                moduli.leggi(execution, Deliberazione.class),
                Operatore.di(execution));
    }
}
