package it.santarzenio.sil.processo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The engine's REST layer, on both doors ({@code /engine-rest} and Tasklist's {@code /camunda/api/engine}), turns
 * every failure it does not know into a 500 and keeps the cause to itself. Outside the engine's transaction (so that a
 * failed commit is seen too), this interceptor notes the {@link Guasto} that ended a command of the current HTTP
 * request; {@link GuastiFilter} answers by it. Commands of the job executor and of the tests run outside any request:
 * nothing is noted, nothing changes for them (the job executor keeps its own handling of optimistic locking).
 */
@Component
class GuastiDelMotorePlugin extends AbstractProcessEnginePlugin {

    private static final ThreadLocal<Guasto[]> DELLA_RICHIESTA = new ThreadLocal<>();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configurazione) {
        configurazione.setCustomPreCommandInterceptorsTxRequired(
                aggiungi(configurazione.getCustomPreCommandInterceptorsTxRequired()));
        configurazione.setCustomPreCommandInterceptorsTxRequiresNew(
                aggiungi(configurazione.getCustomPreCommandInterceptorsTxRequiresNew()));
    }

    private static List<CommandInterceptor> aggiungi(List<CommandInterceptor> esistenti) {
        var intercettori = esistenti == null ? new ArrayList<CommandInterceptor>() : new ArrayList<>(esistenti);
        intercettori.add(0, new Annotatore());
        return intercettori;
    }

    /** Opens the note of the request on this thread; {@link #chiudi()} reads it and removes it. */
    static void apri() {
        DELLA_RICHIESTA.set(new Guasto[1]);
    }

    static Optional<Guasto> chiudi() {
        var nota = DELLA_RICHIESTA.get();
        DELLA_RICHIESTA.remove();
        return nota == null ? Optional.empty() : Optional.ofNullable(nota[0]);
    }

    static void nota(Throwable errore) {
        var nota = DELLA_RICHIESTA.get();
        if (nota != null) {
            Guasto.tra(errore).ifPresent(guasto -> {
                if (nota[0] != Guasto.DATABASE_NON_RAGGIUNGIBILE) {
                    nota[0] = guasto;
                }
            });
        }
    }

    private static final class Annotatore extends CommandInterceptor {
        @Override
        public <T> T execute(Command<T> comando) {
            try {
                return next.execute(comando);
            } catch (RuntimeException | Error errore) {
                try {
                    nota(errore);
                } catch (RuntimeException nellaNota) {
                    errore.addSuppressed(nellaNota);
                }
                throw errore;
            }
        }
    }
}
