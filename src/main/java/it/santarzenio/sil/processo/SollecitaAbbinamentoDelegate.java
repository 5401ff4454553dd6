package it.santarzenio.sil.processo;

import it.santarzenio.sil.abbinamento.SollecitiAbbinamento;
import it.santarzenio.sil.processo.sicurezza.Gruppo;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_SollecitaAbbinamento in abbinamento-domanda-offerta.bpmn, after BoundaryEvent_AbbinamentoScaduto: the matching
 * is overdue; the specialist desk, who asked for it, is told and the notice recorded.
 */
@Component("sollecitaAbbinamentoDelegate")
class SollecitaAbbinamentoDelegate implements JavaDelegate {

    private final SollecitiAbbinamento solleciti;

    SollecitaAbbinamentoDelegate(SollecitiAbbinamento solleciti) {
        this.solleciti = solleciti;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var destinatari = execution
                .getProcessEngineServices()
                .getIdentityService()
                .createUserQuery()
                .memberOfGroup(Gruppo.SPORTELLO_SPECIALISTICO.id())
                .orderByUserId()
                .asc()
                .list()
                .stream()
                .map(utente -> new SollecitiAbbinamento.Destinatario(utente.getId(), utente.getEmail()))
                .toList();
        solleciti.sollecita(
                (String) execution.getVariable(Variabili.NUMERO_PRATICA),
                ((Date) execution.getVariable(VariabiliSpecialistico.SCADENZA_ABBINAMENTO)).toInstant(),
                destinatari);
    }
}
