package it.santarzenio.sil.processo;

import it.santarzenio.sil.specialistico.Rendiconto;
import it.santarzenio.sil.specialistico.SpecialisticoService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RegistraRendicontazione in orientamento-specialistico.bpmn: the final report for the informative desk. */
@Component("registraRendicontazioneDelegate")
class RegistraRendicontazioneDelegate implements JavaDelegate {

    private final SpecialisticoService specialistico;
    private final ModuliCompilati moduli;

    RegistraRendicontazioneDelegate(SpecialisticoService specialistico, ModuliCompilati moduli) {
        this.specialistico = specialistico;
        this.moduli = moduli;
    }

    @Override
    public void execute(DelegateExecution execution) {
        specialistico.rendiconta(
                (String) execution.getVariable(Variabili.NUMERO_PRATICA),
                moduli.leggi(execution, Rendiconto.class),
                Operatore.di(execution));
    }
}
