package it.santarzenio.sil.processo;

import it.santarzenio.sil.abbinamento.AbbinamentoService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Creation of Task_AbbinamentoDomandaOfferta: the ranked offers become the choices of the form's select (task-local
 * JSON offerteProposte), their reasons and the citizen's match profile its text, so the consultant sees why an offer
 * comes first and nothing of the case beyond what matching needs. The referrals already recorded are listed too; after
 * one, the task comes back to the consultant who recorded it, with the ranking computed again.
 */
@Component("offerteProposteListener")
class OfferteProposteListener implements TaskListener {

    static final int SCELTE = 10;

    private final AbbinamentoService abbinamento;

    OfferteProposteListener(AbbinamentoService abbinamento) {
        this.abbinamento = abbinamento;
    }

    @Override
    public void notify(DelegateTask compito) {
        var proposte = abbinamento.proposteDaScegliere((String) compito.getVariable(Variabili.NUMERO_PRATICA), SCELTE);
        compito.setVariableLocal(
                VariabiliSpecialistico.OFFERTE_PROPOSTE,
                SpinValues.jsonValue(Spin.JSON(proposte.scelte())).create());
        compito.setVariableLocal(
                VariabiliSpecialistico.MOTIVI_ABBINAMENTO, TestoPerModulo.entroIlLimite(proposte.motivi()));
        compito.setVariableLocal(
                VariabiliSpecialistico.PROFILO_ABBINAMENTO, TestoPerModulo.entroIlLimite(proposte.profilo()));
        compito.setVariableLocal(
                VariabiliSpecialistico.SEGNALAZIONI_ABBINAMENTO, TestoPerModulo.entroIlLimite(proposte.segnalazioni()));
        if (compito.getVariable(VariabiliSpecialistico.CONSULENTE_ABBINAMENTO) instanceof String consulente) {
            compito.setAssignee(consulente);
        }
    }
}
