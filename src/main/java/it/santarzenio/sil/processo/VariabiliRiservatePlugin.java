package it.santarzenio.sil.processo;

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
        configurazione.setHistoryEventHandler(
                new StoriaSenzaVariabiliRiservate(configurazione.getHistoryEventHandler(), riservate.nomi()));
    }
}
