package it.santarzenio.sil.processo;

import it.santarzenio.sil.abbinamento.AbbinamentoService;
import it.santarzenio.sil.abbinamento.EsitoSegnalazione;
import it.santarzenio.sil.abbinamento.NuovaSegnalazione;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RegistraSegnalazione in abbinamento-domanda-offerta.bpmn: one referral the consultant recorded in the form of
 * Task_AbbinamentoDomandaOfferta. Its fields are removed once stored, so that the task, created again, opens empty
 * and assigned to the same consultant; an invalid referral rolls the completion back with the service's message.
 */
@Component("registraSegnalazioneDelegate")
class RegistraSegnalazioneDelegate implements JavaDelegate {

    private static final List<String> CAMPI = List.of(
            VariabiliSpecialistico.AZIONE_ABBINAMENTO,
            VariabiliSpecialistico.OFFERTA_SEGNALATA,
            VariabiliSpecialistico.DATA_SEGNALAZIONE,
            VariabiliSpecialistico.ESITO_SEGNALAZIONE,
            VariabiliSpecialistico.MOTIVO_SEGNALAZIONE);

    private final AbbinamentoService abbinamento;
    private final ModuliCompilati moduli;

    RegistraSegnalazioneDelegate(AbbinamentoService abbinamento, ModuliCompilati moduli) {
        this.abbinamento = abbinamento;
        this.moduli = moduli;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var modulo = moduli.leggi(execution.getVariables(), ModuloSegnalazione.class);
        var operatore = Operatore.di(execution);
        abbinamento.segnala(
                (String) execution.getVariable(Variabili.NUMERO_PRATICA),
                new NuovaSegnalazione(
                        modulo.offertaSegnalata(),
                        modulo.dataSegnalazione(),
                        modulo.esitoSegnalazione(),
                        modulo.motivoSegnalazione()),
                operatore);
        execution.removeVariables(CAMPI);
        if (!Operatore.SISTEMA.equals(operatore)) {
            execution.setVariable(VariabiliSpecialistico.CONSULENTE_ABBINAMENTO, operatore);
        }
    }

    /** The referral's fields as the form names them. */
    record ModuloSegnalazione(
            Long offertaSegnalata,
            LocalDate dataSegnalazione,
            EsitoSegnalazione esitoSegnalazione,
            String motivoSegnalazione) {}
}
