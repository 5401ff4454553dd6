package it.santarzenio.sil.processo;

import java.util.HashSet;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Puts {@link StoriaSenzaVariabiliRiservate} in front of the history event handler the engine built (the database
 * writer and the custom handlers, Spring's event publishing among them), so that no handler sees the reserved
 * variables. After init: the engine reads its handler at each event, and every handler is known by then.
 */
@Component
class VariabiliRiservatePlugin extends AbstractProcessEnginePlugin {

    private final VariabiliRiservate riservate;

    VariabiliRiservatePlugin(VariabiliRiservate riservate) {
        this.riservate = riservate;
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configurazione) {
        // The filters' columns are copies of what the case already holds: the history needs them no more than twice.
        var fuoriDallaStoria = new HashSet<>(riservate.nomi());
        fuoriDallaStoria.addAll(ColonneElenco.NOMI);
        configurazione.setHistoryEventHandler(
                new StoriaSenzaVariabiliRiservate(configurazione.getHistoryEventHandler(), fuoriDallaStoria));
    }
}
