package it.santarzenio.sil.processo;

import it.santarzenio.sil.cabina.CabinaService;
import it.santarzenio.sil.cabina.PropostaProgettuale;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RegistraProposta in orientamento-specialistico.bpmn: the proposal becomes a new version awaiting the Cabina di
 * Regia, due by scadenzaApprovazione (the approval task's due date and the first reminder), reminded again every
 * period after it (cicloSolleciti, the timer's cycle in approvazione-cabina-di-regia.bpmn). The previous decision
 * leaves the variables, so that a revised version starts from an empty decision; it stays in the history.
 */
@Component("registraPropostaDelegate")
class RegistraPropostaDelegate implements JavaDelegate {

    private static final ZoneId ROMA = ZoneId.of("Europe/Rome");

    private final CabinaService cabina;
    private final ModuliCompilati moduli;

    RegistraPropostaDelegate(CabinaService cabina, ModuliCompilati moduli) {
        this.cabina = cabina;
        this.moduli = moduli;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var presentata = cabina.presenta(
                (String) execution.getVariable(Variabili.NUMERO_PRATICA),
                moduli.leggi(execution, PropostaProgettuale.class),
                Operatore.di(execution));
        execution.setVariable(VariabiliSpecialistico.VERSIONE_PROPOSTA, presentata.versione());
        execution.setVariable(
                VariabiliSpecialistico.SCADENZA_APPROVAZIONE, Date.from(presentata.scadenzaApprovazione()));
        execution.setVariable(
                VariabiliSpecialistico.CICLO_SOLLECITI,
                "R/"
                        + OffsetDateTime.ofInstant(presentata.scadenzaApprovazione(), ROMA)
                                .truncatedTo(ChronoUnit.SECONDS)
                        + "/" + presentata.intervalloSolleciti());
        execution.setVariable(
                VariabiliSpecialistico.STORICO_PROPOSTA, TestoPerModulo.entroIlLimite(presentata.storico()));
        execution.removeVariable(VariabiliSpecialistico.DECISIONE_CABINA);
        execution.removeVariable(VariabiliSpecialistico.MOTIVAZIONE_CABINA);
    }
}
