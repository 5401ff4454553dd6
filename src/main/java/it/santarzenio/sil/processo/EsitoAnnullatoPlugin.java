package it.santarzenio.sil.processo;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Puts {@link EsitoAnnullatoNellaStoria} in front of the history event handler the engine built (ADR 0017). */
@Component
class EsitoAnnullatoPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void postInit(ProcessEngineConfigurationImpl configurazione) {
        configurazione.setHistoryEventHandler(new EsitoAnnullatoNellaStoria(configurazione.getHistoryEventHandler()));
    }
}
