package it.santarzenio.sil.processo;

import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * What the engine raised because of the user, not of the system: a refused form or a refused authorization, however
 * deep the engine wrapped it. The REST answer (400, 403) and the log (no ERROR) both go by it.
 */
public final class RifiutoDellUtente {

    private RifiutoDellUtente() {}

    /** The first refused form or refused authorization in the causes of {@code errore}, if any. */
    public static Optional<RuntimeException> tra(Throwable errore) {
        for (Throwable causa = errore; causa != null; causa = causa.getCause()) {
            if (causa instanceof FormFieldValidationException || causa instanceof AuthorizationException) {
                return Optional.of((RuntimeException) causa);
            }
        }
        return Optional.empty();
    }
}
