package it.santarzenio.sil.processo;

import it.santarzenio.sil.agenda.AgendaService;
import it.santarzenio.sil.orientamento.EsitoColloquio;
import it.santarzenio.sil.orientamento.OrientamentoService;
import it.santarzenio.sil.orientamento.Presenza;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RegistraColloquio in percorso-cittadino.bpmn: records the assessment (or the absence) and marks the
 * appointment held or missed; the number of absences drives the loop back to a new appointment.
 */
@Component("registraColloquioDelegate")
class RegistraColloquioDelegate implements JavaDelegate {

    private final OrientamentoService orientamento;
    private final AgendaService agenda;
    private final ModuliCompilati moduli;

    RegistraColloquioDelegate(OrientamentoService orientamento, AgendaService agenda, ModuliCompilati moduli) {
        this.orientamento = orientamento;
        this.agenda = agenda;
        this.moduli = moduli;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var esito = moduli.leggi(execution, EsitoColloquio.class);
        String numeroPratica = (String) execution.getVariable(Variabili.NUMERO_PRATICA);
        int assenze = orientamento.registraColloquio(numeroPratica, esito, Operatore.di(execution));
        if (esito.presenza() != Presenza.RINVIATO) {
            // A moved appointment stays booked until the new one is agreed: the booking then moves it.
            agenda.registraEsito(numeroPratica, esito.presente());
        }
        execution.setVariable(Variabili.ASSENZE, assenze);
    }
}
