package it.santarzenio.sil.processo;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * The engine logs at ERROR every exception that ends a command (ENGINE-16004, logger
 * {@code org.camunda.bpm.engine.context}), an operator's refused input and a user refused a task included: in the
 * log IT staff watch, a typo would look like a failure of the system. Those two are answered to the user (400, 403
 * with the Italian message) and are no fault: this filter drops that log line for them only; every other exception
 * is logged as before. Installed by {@code logback-spring.xml}.
 */
public class RifiutiNonSonoErrori extends TurboFilter {

    static final String CONTESTO_DEL_MOTORE = "org.camunda.bpm.engine.context";

    @Override
    public FilterReply decide(
            Marker marker, Logger logger, Level livello, String formato, Object[] parametri, Throwable errore) {
        if (logger == null || !CONTESTO_DEL_MOTORE.equals(logger.getName()) || !Level.ERROR.equals(livello)) {
            return FilterReply.NEUTRAL;
        }
        Throwable causa = errore;
        if (causa == null
                && parametri != null
                && parametri.length > 0
                && parametri[parametri.length - 1] instanceof Throwable ultimo) {
            causa = ultimo;
        }
        return RifiutoDellUtente.tra(causa).isPresent() ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}
