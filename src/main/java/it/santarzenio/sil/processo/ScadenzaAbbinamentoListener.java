package it.santarzenio.sil.processo;

import it.santarzenio.sil.abbinamento.SollecitiAbbinamento;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Start of AbbinamentoDomandaOffertaProcess: the matching is due sil.abbinamento.scadenza from now, the due date of
 * Task_AbbinamentoDomandaOfferta and the time of BoundaryEvent_AbbinamentoScaduto. Fixed once, so the referrals that
 * bring the task back do not move it.
 */
@Component("scadenzaAbbinamentoListener")
class ScadenzaAbbinamentoListener implements ExecutionListener {

    private final SollecitiAbbinamento solleciti;

    ScadenzaAbbinamentoListener(SollecitiAbbinamento solleciti) {
        this.solleciti = solleciti;
    }

    @Override
    public void notify(DelegateExecution execution) {
        execution.setVariable(
                VariabiliSpecialistico.SCADENZA_ABBINAMENTO,
                Date.from(solleciti.scadenza(ClockUtil.getCurrentTime().toInstant())));
    }
}
