package it.santarzenio.sil.processo;

import it.santarzenio.sil.accesso.EsitoPercorso;
import it.santarzenio.sil.chiusura.ChiusuraAnticipataRichiesta;
import it.santarzenio.sil.chiusura.PraticaGiaChiusaException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The engine side of an early closure, in the domain's transaction: Message_ChiusuraAnticipata, correlated by business
 * key, starts the interrupting event subprocess of PercorsoCittadinoProcess, which cancels whatever is open, called
 * processes included (Fase II, the partner's matching), and ends the case with esitoPercorso and motivoChiusura.
 *
 * <p>The caller's right to close was checked before (the /api chain, the candidate starters of ChiusuraPraticaProcess);
 * a desk need not hold engine rights on the instances of the other desk, so the correlation runs without the
 * caller's engine authentication.
 */
@Component
class ChiusuraAnticipataListener {

    static final String MESSAGGIO = "Message_ChiusuraAnticipata";

    private final RuntimeService esecuzione;
    private final IdentityService identita;

    ChiusuraAnticipataListener(RuntimeService esecuzione, IdentityService identita) {
        this.esecuzione = esecuzione;
        this.identita = identita;
    }

    @EventListener
    void chiudi(ChiusuraAnticipataRichiesta richiesta) {
        var autenticazione = identita.getCurrentAuthentication();
        identita.clearAuthentication();
        try {
            boolean inCorso = esecuzione
                            .createProcessInstanceQuery()
                            .processDefinitionKey(Processi.PERCORSO_CITTADINO)
                            .processInstanceBusinessKey(richiesta.numeroPratica())
                            .count()
                    > 0;
            if (!inCorso) {
                throw new PraticaGiaChiusaException(richiesta.numeroPratica());
            }
            esecuzione
                    .createMessageCorrelation(MESSAGGIO)
                    .processInstanceBusinessKey(richiesta.numeroPratica())
                    .setVariable(Variabili.ESITO_PERCORSO, EsitoPercorso.CHIUSURA_ANTICIPATA.name())
                    .setVariable(Variabili.MOTIVO_CHIUSURA, richiesta.motivo().name())
                    .correlateWithResult();
        } finally {
            if (autenticazione != null) {
                identita.setAuthentication(autenticazione);
            }
        }
    }
}
