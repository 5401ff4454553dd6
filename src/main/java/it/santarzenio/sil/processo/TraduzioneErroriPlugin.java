package it.santarzenio.sil.processo;

import it.santarzenio.sil.DatiNonValidiException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.delegate.DefaultDelegateInterceptor;
import org.camunda.bpm.engine.impl.delegate.DelegateInvocation;
import org.springframework.stereotype.Component;

/**
 * Lets domain services refuse bad input with {@link DatiNonValidiException} without knowing the engine: every
 * delegate invocation translates it into {@link ModuloNonValidoException}. The transaction rolls back, the task
 * stays open and the operator reads the message.
 */
@Component
class TraduzioneErroriPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configurazione) {
        configurazione.setDelegateInterceptor(new DefaultDelegateInterceptor() {
            @Override
            public void handleInvocation(DelegateInvocation invocazione) throws Exception {
                try {
                    super.handleInvocation(invocazione);
                } catch (DatiNonValidiException e) {
                    throw new ModuloNonValidoException(e);
                }
            }
        });
    }
}
