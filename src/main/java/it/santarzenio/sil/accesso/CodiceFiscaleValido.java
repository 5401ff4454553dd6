package it.santarzenio.sil.accesso;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A valid codice fiscale (see {@link CodiceFiscale}); the message says what is wrong with it. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CodiceFiscaleValido.Validatore.class)
public @interface CodiceFiscaleValido {

    String message() default "Codice fiscale non valido.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validatore implements ConstraintValidator<CodiceFiscaleValido, String> {

        @Override
        public boolean isValid(String valore, ConstraintValidatorContext contesto) {
            var errore = CodiceFiscale.errore(valore);
            errore.ifPresent(messaggio -> {
                contesto.disableDefaultConstraintViolation();
                contesto.buildConstraintViolationWithTemplate(
                                messaggio.replace("{", "\\{").replace("$", "\\$"))
                        .addConstraintViolation();
            });
            return errore.isEmpty();
        }
    }
}
