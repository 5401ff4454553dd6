package it.santarzenio.sil.processo;

import it.santarzenio.sil.specialistico.RisultatoAbbinamento;
import it.santarzenio.sil.specialistico.SpecialisticoService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RegistraAbbinamento in orientamento-specialistico.bpmn: the partner's matching outcome; whatever it is, the
 * project start follows and its form shows it.
 */
@Component("registraAbbinamentoDelegate")
class RegistraAbbinamentoDelegate implements JavaDelegate {

    private final SpecialisticoService specialistico;
    private final ModuliCompilati moduli;

    RegistraAbbinamentoDelegate(SpecialisticoService specialistico, ModuliCompilati moduli) {
        this.specialistico = specialistico;
        this.moduli = moduli;
    }

    @Override
    public void execute(DelegateExecution execution) {
        specialistico.registraAbbinamento(
                (String) execution.getVariable(Variabili.NUMERO_PRATICA),
                moduli.leggi(execution, RisultatoAbbinamento.class),
                Operatore.di(execution));
    }
}
