package it.santarzenio.sil.processo;

import it.santarzenio.sil.specialistico.RilevazioneMonitoraggio;
import it.santarzenio.sil.specialistico.SpecialisticoService;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RegistraMonitoraggio in orientamento-specialistico.bpmn. IN_CORSO: the timer
 * Timer_ProssimoMonitoraggio waits until scadenzaMonitoraggio, one interval from now, then the next
 * Task_Monitoraggio is created; its notes start empty (this one's are in the domain).
 */
@Component("registraMonitoraggioDelegate")
class RegistraMonitoraggioDelegate implements JavaDelegate {

    private final SpecialisticoService specialistico;
    private final ModuliCompilati moduli;

    RegistraMonitoraggioDelegate(SpecialisticoService specialistico, ModuliCompilati moduli) {
        this.specialistico = specialistico;
        this.moduli = moduli;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var registrato = specialistico.registraMonitoraggio(
                (String) execution.getVariable(Variabili.NUMERO_PRATICA),
                moduli.leggi(execution, RilevazioneMonitoraggio.class),
                Operatore.di(execution));
        if (registrato.prossimaScadenza() != null) {
            execution.setVariable(VariabiliSpecialistico.NUMERO_MONITORAGGIO, registrato.prossimoNumero());
            execution.setVariable(
                    VariabiliSpecialistico.SCADENZA_MONITORAGGIO, Date.from(registrato.prossimaScadenza()));
            execution.removeVariable(VariabiliSpecialistico.NOTE_MONITORAGGIO);
        }
    }
}
