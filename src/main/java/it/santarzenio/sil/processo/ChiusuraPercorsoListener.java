package it.santarzenio.sil.processo;

import it.santarzenio.sil.accesso.AccessoService;
import it.santarzenio.sil.accesso.EsitoPercorso;
import it.santarzenio.sil.agenda.AgendaService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of every end event of PercorsoCittadinoProcess: the outcome is the end event's name, EndEvent_RichiestaEvasa
 * giving RICHIESTA_EVASA, so the model says it once. Sets esitoPercorso and closes the scheda utente; a concluded case starts VerificaEsitiProcess.
 */
@Component("chiusuraPercorsoListener")
class ChiusuraPercorsoListener implements ExecutionListener {

    static final String PREFISSO = "EndEvent_";

    private final AccessoService accessi;
    private final AgendaService agenda;
    private final AvvioVerificaEsiti verifiche;

    ChiusuraPercorsoListener(AccessoService accessi, AgendaService agenda, AvvioVerificaEsiti verifiche) {
        this.accessi = accessi;
        this.agenda = agenda;
        this.verifiche = verifiche;
    }

    @Override
    public void notify(DelegateExecution execution) {
        var esito = esitoDi(execution.getCurrentActivityId());
        execution.setVariable(Variabili.ESITO_PERCORSO, esito.name());
        String numeroPratica = (String) execution.getVariable(Variabili.NUMERO_PRATICA);
        accessi.chiudiPercorso(numeroPratica, esito);
        // A closed case keeps no booked slot; the citizen is told if the appointment is cancelled.
        agenda.annulla(numeroPratica);
        verifiche.seServe(execution, esito);
    }

    static EsitoPercorso esitoDi(String idEvento) {
        String stato = idEvento.substring(PREFISSO.length());
        return EsitoPercorso.valueOf(stato.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase());
    }
}
