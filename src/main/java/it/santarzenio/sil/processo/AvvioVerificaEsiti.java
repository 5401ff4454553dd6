package it.santarzenio.sil.processo;

import it.santarzenio.sil.accesso.EsitoPercorso;
import it.santarzenio.sil.verifica.VerificaEsitiProperties;
import java.time.Period;
import java.util.HashMap;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * A case that closed with ORIENTAMENTO_CONCLUSO or PROGETTO_CONCLUSO starts VerificaEsitiProcess with the same business
 * key, in the closing transaction. The intervals are copied into the instance at start, so a later change of
 * sil.verifica-esiti.intervalli does not move checks already planned. Started by the system: the desk that closes the
 * case needs no right on the new process.
 */
@Component
class AvvioVerificaEsiti {

    static final Set<EsitoPercorso> CON_VERIFICA =
            Set.of(EsitoPercorso.ORIENTAMENTO_CONCLUSO, EsitoPercorso.PROGETTO_CONCLUSO);

    private final VerificaEsitiProperties configurazione;

    AvvioVerificaEsiti(VerificaEsitiProperties configurazione) {
        this.configurazione = configurazione;
    }

    void seServe(DelegateExecution percorso, EsitoPercorso esito) {
        if (!CON_VERIFICA.contains(esito)) {
            return;
        }
        var variabili = new HashMap<String, Object>();
        variabili.put(Variabili.NUMERO_PRATICA, percorso.getVariable(Variabili.NUMERO_PRATICA));
        // The engine's clock, which also runs the timers.
        variabili.put(Variabili.CHIUSO_IL, ClockUtil.getCurrentTime());
        variabili.put(
                Variabili.INTERVALLI_VERIFICA,
                configurazione.intervalli().stream().map(Period::toString).collect(Collectors.joining(",")));
        variabili.put(Variabili.NUMERO_VERIFICHE, configurazione.intervalli().size());
        var identita = percorso.getProcessEngineServices().getIdentityService();
        var autenticazione = identita.getCurrentAuthentication();
        identita.clearAuthentication();
        try {
            percorso.getProcessEngineServices()
                    .getRuntimeService()
                    .startProcessInstanceByKey(Processi.VERIFICA_ESITI, percorso.getProcessBusinessKey(), variabili);
        } finally {
            if (autenticazione != null) {
                identita.setAuthentication(autenticazione);
            }
        }
    }
}
