package it.santarzenio.sil;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What an operator or an API client reads when a value cannot be read into a field (Jackson): the field, the value
 * and, for an enumeration, the values allowed. Shared by forms (processo) and the /api controllers.
 */
public final class ErroriDiLettura {

    private ErroriDiLettura() {}

    /** An Italian sentence for the error, or {@code seIlleggibile} when the input was not readable at all. */
    public static String messaggio(Throwable errore, String seIlleggibile) {
        if (errore instanceof InvalidFormatException formato && formato.getTargetType() != null) {
            String campo = campo(formato);
            if (formato.getTargetType().isEnum()) {
                String ammessi = Arrays.stream(formato.getTargetType().getEnumConstants())
                        .map(String::valueOf)
                        .collect(Collectors.joining(", "));
                return "Il valore «" + formato.getValue() + "» non è ammesso per il campo «" + campo
                        + "». Valori ammessi: " + ammessi + ".";
            }
            return "Il valore «" + formato.getValue() + "» non è valido per il campo «" + campo + "».";
        }
        if (errore instanceof MismatchedInputException tipo && !tipo.getPath().isEmpty()) {
            return "Il campo «" + campo(tipo) + "» ha un valore del tipo sbagliato.";
        }
        return seIlleggibile;
    }

    private static String campo(MismatchedInputException errore) {
        return errore.getPath().stream()
                .map(riferimento -> riferimento.getFieldName() != null
                        ? riferimento.getFieldName()
                        : String.valueOf(riferimento.getIndex()))
                .collect(Collectors.joining("."));
    }
}
