package it.santarzenio.sil.processo;

import it.santarzenio.sil.agenda.AgendaService;
import it.santarzenio.sil.agenda.RichiestaAppuntamento;
import it.santarzenio.sil.agenda.Sportello;
import java.time.LocalDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_PrenotaAppuntamento in percorso-cittadino.bpmn: books the slot chosen in Task_ConcordaAppuntamento. The
 * agenda refuses impossible appointments; the operator then reads why and the next free slots.
 */
@Component("prenotaAppuntamentoDelegate")
class PrenotaAppuntamentoDelegate implements JavaDelegate {

    private final AgendaService agenda;
    private final ModuliCompilati moduli;

    PrenotaAppuntamentoDelegate(AgendaService agenda, ModuliCompilati moduli) {
        this.agenda = agenda;
        this.moduli = moduli;
    }

    record AppuntamentoConcordato(
            String numeroPratica,
            Long cittadinoId,
            String obiettiviProssimoColloquio,
            LocalDateTime dataAppuntamento,
            LocalDateTime altraDataAppuntamento,
            String email) {

        /** A time typed by hand wins over the proposed slot. */
        LocalDateTime scelta() {
            return altraDataAppuntamento != null ? altraDataAppuntamento : dataAppuntamento;
        }
    }

    @Override
    public void execute(DelegateExecution execution) {
        var concordato = moduli.leggi(execution, AppuntamentoConcordato.class);
        var prenotato = agenda.prenota(new RichiestaAppuntamento(
                concordato.numeroPratica(),
                concordato.cittadinoId(),
                Sportello.INFORMATIVO,
                concordato.scelta(),
                Operatore.di(execution),
                concordato.obiettiviProssimoColloquio(),
                concordato.email()));
        // The assessment task is due at the appointment: Tasklist sorts and flags it by this date.
        execution.setVariable(
                Variabili.DATA_APPUNTAMENTO,
                prenotato.inizio().toLocalDateTime().toString());
        execution.setVariable(
                Variabili.SCADENZA_COLLOQUIO, Date.from(prenotato.inizio().toInstant()));
    }
}
