package it.santarzenio.sil.processo;

import it.santarzenio.sil.privacy.AnonimizzazioneRifiutataException;
import it.santarzenio.sil.privacy.CittadinoAnonimizzato;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The engine's history holds the citizen's form data (names, codes, free texts) in variables and details: an
 * anonymised citizen's cases lose their history, in the anonymisation's transaction. Case outcomes for the
 * statistics are kept by the domain (scheda utente, registro accessi). A pending VerificaEsitiProcess of their cases
 * ends here.
 */
@Component
class StoriaCittadinoAnonimizzatoListener {

    private final HistoryService storia;
    private final RuntimeService esecuzione;

    StoriaCittadinoAnonimizzatoListener(HistoryService storia, RuntimeService esecuzione) {
        this.storia = storia;
        this.esecuzione = esecuzione;
    }

    @EventListener
    void cancellaStoria(CittadinoAnonimizzato evento) {
        for (String numeroPratica : evento.numeriPratica()) {
            // The outcome checks of a closed case end with the citizen's data: nobody is to call them any more.
            esecuzione
                    .createProcessInstanceQuery()
                    .processDefinitionKey(Processi.VERIFICA_ESITI)
                    .processInstanceBusinessKey(numeroPratica)
                    .list()
                    .forEach(verifica ->
                            esecuzione.deleteProcessInstance(verifica.getId(), "cittadino anonimizzato", true, true));
            if (esecuzione
                            .createProcessInstanceQuery()
                            .processInstanceBusinessKey(numeroPratica)
                            .count()
                    > 0) {
                throw new AnonimizzazioneRifiutataException("La pratica " + numeroPratica
                        + " è ancora in corso: si può anonimizzare solo quando tutte le pratiche sono chiuse.");
            }
            var istanze =
                    storia
                            .createHistoricProcessInstanceQuery()
                            .processInstanceBusinessKey(numeroPratica)
                            .list()
                            .stream()
                            .map(HistoricProcessInstance::getId)
                            .toList();
            if (!istanze.isEmpty()) {
                storia.deleteHistoricProcessInstances(istanze);
            }
        }
    }
}
