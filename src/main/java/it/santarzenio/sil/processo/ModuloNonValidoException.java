package it.santarzenio.sil.processo;

import it.santarzenio.sil.DatiNonValidiException;
import java.util.List;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A {@link DatiNonValidiException} as the engine's REST layer understands it: a form validation failure, answered
 * with HTTP 400 and the Italian message by {@code submit-form} and {@code complete}, and shown by Tasklist.
 */
class ModuloNonValidoException extends FormFieldValidationException {

    ModuloNonValidoException(DatiNonValidiException causa) {
        super(List.copyOf(causa.errori()), causa.getMessage(), causa);
    }
}
