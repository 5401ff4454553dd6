package it.santarzenio.sil.processo;

import it.santarzenio.sil.abbinamento.AbbinamentoService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Creation of Task_Monitoraggio for a case that went through matching: the referrals are read again, so that the
 * desk sees also those the partner recorded after the matching ended (an interview that became a hiring, a later
 * refusal and its reason), not only the list handed back at the time.
 */
@Component("segnalazioniAggiornateListener")
class SegnalazioniAggiornateListener implements TaskListener {

    private final AbbinamentoService abbinamento;

    SegnalazioniAggiornateListener(AbbinamentoService abbinamento) {
        this.abbinamento = abbinamento;
    }

    @Override
    public void notify(DelegateTask compito) {
        if (compito.getVariable(VariabiliSpecialistico.SEGNALAZIONI_ABBINAMENTO) == null) {
            return;
        }
        compito.setVariableLocal(
                VariabiliSpecialistico.SEGNALAZIONI_ABBINAMENTO,
                TestoPerModulo.entroIlLimite(
                        abbinamento.sintesiSegnalazioni((String) compito.getVariable(Variabili.NUMERO_PRATICA))));
    }
}
