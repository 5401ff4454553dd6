package it.santarzenio.sil;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;

/**
 * Input a user must correct: each message is an Italian sentence an operator can act on. Nothing was written when it
 * is thrown (the transaction rolls back), so the operator can fix the form and submit again.
 */
public class DatiNonValidiException extends RuntimeException {

    private final List<String> errori;

    public DatiNonValidiException(List<String> errori) {
        super(String.join(" ", errori));
        this.errori = List.copyOf(errori);
    }

    public DatiNonValidiException(String errore) {
        this(List.of(errore));
    }

    /** Checks the Bean Validation constraints of a command; the messages are the constraints' Italian texts. */
    public static <T> T seNonValido(Validator validator, T comando) {
        var messaggi = validator.validate(comando).stream()
                .map(ConstraintViolation::getMessage)
                .distinct()
                .sorted()
                .toList();
        if (!messaggi.isEmpty()) {
            throw new DatiNonValidiException(messaggi);
        }
        return comando;
    }

    public List<String> errori() {
        return errori;
    }
}
