package it.santarzenio.sil.processo;

import it.santarzenio.sil.cabina.CabinaService;
import it.santarzenio.sil.processo.sicurezza.Gruppo;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Task_SollecitaCabina in orientamento-specialistico.bpmn, after BoundaryEvent_ApprovazioneScaduta: the decision is
 * overdue; the reminder is recorded and addressed to the members of the responsabili group, who watch Cockpit and
 * have no Tasklist (ADR on the overdue approval).
 */
@Component("sollecitaCabinaDelegate")
class SollecitaCabinaDelegate implements JavaDelegate {

    private final CabinaService cabina;

    SollecitaCabinaDelegate(CabinaService cabina) {
        this.cabina = cabina;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var responsabili = execution
                .getProcessEngineServices()
                .getIdentityService()
                .createUserQuery()
                .memberOfGroup(Gruppo.RESPONSABILI.id())
                .orderByUserId()
                .asc()
                .list()
                .stream()
                .map(SollecitaCabinaDelegate::destinatario)
                .toList();
        cabina.sollecita((String) execution.getVariable(Variabili.NUMERO_PRATICA), responsabili);
        Integer precedenti = (Integer) execution.getVariable(VariabiliSpecialistico.SOLLECITI_CABINA);
        execution.setVariable(VariabiliSpecialistico.SOLLECITI_CABINA, precedenti == null ? 1 : precedenti + 1);
    }

    private static String destinatario(User utente) {
        return utente.getEmail() == null || utente.getEmail().isBlank()
                ? utente.getId()
                : utente.getId() + " <" + utente.getEmail() + ">";
    }
}
