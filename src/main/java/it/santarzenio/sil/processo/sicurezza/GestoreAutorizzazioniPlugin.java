package it.santarzenio.sil.processo.sicurezza;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * The engine's authorization manager is {@link GestoreAutorizzazioni}: a custom session factory for its session type,
 * which the engine looks up for every command.
 */
@Component
class GestoreAutorizzazioniPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configurazione) {
        var fabbriche = configurazione.getCustomSessionFactories() == null
                ? new ArrayList<SessionFactory>()
                : new ArrayList<>(configurazione.getCustomSessionFactories());
        fabbriche.add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }

            @Override
            public Session openSession() {
                return new GestoreAutorizzazioni();
            }
        });
        configurazione.setCustomSessionFactories(fabbriche);
    }
}
