package it.santarzenio.sil.processo;

import it.santarzenio.sil.specialistico.SceltaProgetto;
import it.santarzenio.sil.specialistico.SpecialisticoService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RegistraOrientamentoSecondoLivello in orientamento-specialistico.bpmn: the defined project is recorded with
 * its type; richiedeAbbinamento, now a boolean, routes to the partner or straight to the start.
 */
@Component("registraOrientamentoSecondoLivelloDelegate")
class RegistraOrientamentoSecondoLivelloDelegate implements JavaDelegate {

    private final SpecialisticoService specialistico;
    private final ModuliCompilati moduli;

    RegistraOrientamentoSecondoLivelloDelegate(SpecialisticoService specialistico, ModuliCompilati moduli) {
        this.specialistico = specialistico;
        this.moduli = moduli;
    }

    @Override
    public void execute(DelegateExecution execution) {
        specialistico.definisciProgetto(
                (String) execution.getVariable(Variabili.NUMERO_PRATICA),
                moduli.leggi(execution, SceltaProgetto.class),
                Operatore.di(execution));
    }
}
