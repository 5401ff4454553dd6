package it.santarzenio.sil.processo;

import it.santarzenio.sil.specialistico.EsitoOrientamentoSpecialistico;
import it.santarzenio.sil.specialistico.SpecialisticoService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RegistraOrientamentoSpecialistico in orientamento-specialistico.bpmn: the specialist orientation's outcome. */
@Component("registraOrientamentoSpecialisticoDelegate")
class RegistraOrientamentoSpecialisticoDelegate implements JavaDelegate {

    private final SpecialisticoService specialistico;
    private final ModuliCompilati moduli;

    RegistraOrientamentoSpecialisticoDelegate(SpecialisticoService specialistico, ModuliCompilati moduli) {
        this.specialistico = specialistico;
        this.moduli = moduli;
    }

    @Override
    public void execute(DelegateExecution execution) {
        specialistico.registraOrientamento(
                (String) execution.getVariable(Variabili.NUMERO_PRATICA),
                moduli.leggi(execution, EsitoOrientamentoSpecialistico.class),
                Operatore.di(execution));
    }
}
