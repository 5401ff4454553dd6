package it.santarzenio.sil.processo;

import it.santarzenio.sil.specialistico.EsitoFaseSpecialistica;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of the two closing end events of OrientamentoSpecialisticoProcess: as in {@link ChiusuraPercorsoListener} the
 * outcome is the end event's name (EndEvent_ProgettoConcluso gives PROGETTO_CONCLUSO). Sets esitoFaseSpecialistica,
 * the one variable the call activity in PercorsoCittadinoProcess routes on.
 */
@Component("chiusuraFaseSpecialisticaListener")
class ChiusuraFaseSpecialisticaListener implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        execution.setVariable(
                Variabili.ESITO_FASE_SPECIALISTICA,
                esitoDi(execution.getCurrentActivityId()).name());
    }

    static EsitoFaseSpecialistica esitoDi(String idEvento) {
        String stato = idEvento.substring(ChiusuraPercorsoListener.PREFISSO.length());
        return EsitoFaseSpecialistica.valueOf(
                stato.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase());
    }
}
