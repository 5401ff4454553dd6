package it.santarzenio.sil.processo;

import it.santarzenio.sil.specialistico.NoteCondivisione;
import it.santarzenio.sil.specialistico.SpecialisticoService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RegistraCondivisioneProgetto in orientamento-specialistico.bpmn: the defined project was shared. */
@Component("registraCondivisioneProgettoDelegate")
class RegistraCondivisioneProgettoDelegate implements JavaDelegate {

    private final SpecialisticoService specialistico;
    private final ModuliCompilati moduli;

    RegistraCondivisioneProgettoDelegate(SpecialisticoService specialistico, ModuliCompilati moduli) {
        this.specialistico = specialistico;
        this.moduli = moduli;
    }

    @Override
    public void execute(DelegateExecution execution) {
        specialistico.condividiProgetto(
                (String) execution.getVariable(Variabili.NUMERO_PRATICA),
                moduli.leggi(execution, NoteCondivisione.class),
                Operatore.di(execution));
    }
}
