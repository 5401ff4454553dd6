package it.santarzenio.sil.processo;

import it.santarzenio.sil.abbinamento.AbbinamentoService;
import it.santarzenio.sil.specialistico.RisultatoAbbinamento;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RegistraAbbinamento in abbinamento-domanda-offerta.bpmn: the partner's matching outcome (an accepted offer must
 * exist); whatever it is, Fase II gets it back, and the project start shows it with the referrals and their reasons.
 */
@Component("registraAbbinamentoDelegate")
class RegistraAbbinamentoDelegate implements JavaDelegate {

    private final AbbinamentoService abbinamento;
    private final ModuliCompilati moduli;

    RegistraAbbinamentoDelegate(AbbinamentoService abbinamento, ModuliCompilati moduli) {
        this.abbinamento = abbinamento;
        this.moduli = moduli;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var segnalazioni = abbinamento.registraEsito(
                (String) execution.getVariable(Variabili.NUMERO_PRATICA),
                moduli.leggi(execution, RisultatoAbbinamento.class),
                Operatore.di(execution));
        execution.setVariable(
                VariabiliSpecialistico.SEGNALAZIONI_ABBINAMENTO, TestoPerModulo.entroIlLimite(segnalazioni));
    }
}
