package it.santarzenio.sil.processo;

import it.santarzenio.sil.cabina.CabinaService;
import it.santarzenio.sil.cabina.Responsabile;
import it.santarzenio.sil.processo.sicurezza.Gruppo;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_SollecitaCabina in approvazione-cabina-di-regia.bpmn, after each firing of BoundaryEvent_ApprovazioneScaduta: the decision is
 * overdue; the reminder is recorded and e-mailed to the members of the responsabili group, who watch Cockpit and
 * have no Tasklist (ADR 0006). It runs in the timer's job, so a failed e-mail is retried.
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
                .map(utente -> new Responsabile(utente.getId(), utente.getEmail()))
                .toList();
        cabina.sollecita((String) execution.getVariable(Variabili.NUMERO_PRATICA), responsabili);
        Integer precedenti = (Integer) execution.getVariable(VariabiliSpecialistico.SOLLECITI_CABINA);
        execution.setVariable(VariabiliSpecialistico.SOLLECITI_CABINA, precedenti == null ? 1 : precedenti + 1);
    }
}
