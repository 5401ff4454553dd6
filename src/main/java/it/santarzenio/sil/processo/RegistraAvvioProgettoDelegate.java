package it.santarzenio.sil.processo;

import it.santarzenio.sil.specialistico.AvvioProgetto;
import it.santarzenio.sil.specialistico.SpecialisticoService;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RegistraAvvioProgetto in orientamento-specialistico.bpmn: the project starts; the first Task_Monitoraggio
 * follows at once, due at scadenzaMonitoraggio (one sil.monitoraggio.intervallo later).
 */
@Component("registraAvvioProgettoDelegate")
class RegistraAvvioProgettoDelegate implements JavaDelegate {

    private final SpecialisticoService specialistico;
    private final ModuliCompilati moduli;

    RegistraAvvioProgettoDelegate(SpecialisticoService specialistico, ModuliCompilati moduli) {
        this.specialistico = specialistico;
        this.moduli = moduli;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var avviato = specialistico.avvia(
                (String) execution.getVariable(Variabili.NUMERO_PRATICA),
                moduli.leggi(execution, AvvioProgetto.class),
                Operatore.di(execution));
        execution.setVariable(VariabiliSpecialistico.PROGETTO_ID, avviato.progettoId());
        execution.setVariable(VariabiliSpecialistico.NUMERO_MONITORAGGIO, avviato.numeroMonitoraggio());
        execution.setVariable(VariabiliSpecialistico.SCADENZA_MONITORAGGIO, Date.from(avviato.scadenzaMonitoraggio()));
    }
}
