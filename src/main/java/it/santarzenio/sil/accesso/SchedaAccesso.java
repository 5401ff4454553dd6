package it.santarzenio.sil.accesso;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The scheda d'accesso filled at the first interview (start form Form_Accoglienza). */
public record SchedaAccesso(
        @CodiceFiscaleValido String codiceFiscale,
        @NotBlank(message = "Il nome è obbligatorio.")
                @Size(max = 100, message = "Il nome può avere al massimo 100 caratteri.")
                @Pattern(
                        regexp = NOMINATIVO,
                        message = "Il nome può contenere solo lettere, spazi, apostrofi, punti e trattini.")
                String nome,
        @NotBlank(message = "Il cognome è obbligatorio.")
                @Size(max = 100, message = "Il cognome può avere al massimo 100 caratteri.")
                @Pattern(
                        regexp = NOMINATIVO,
                        message = "Il cognome può contenere solo lettere, spazi, apostrofi, punti e trattini.")
                String cognome,
        @NotNull(message = "La data di nascita è obbligatoria.")
                @Past(message = "La data di nascita deve essere nel passato.")
                LocalDate dataNascita,
        @Pattern(
                        regexp = "^$|^\\+?[0-9 ./-]{6,20}$",
                        message = "Il telefono può contenere solo cifre, spazi e il prefisso internazionale (+39...).")
                String telefono,
        @Email(message = "L'indirizzo e-mail non è valido.") @Size(max = 254) String email,
        @NotNull(message = "Occorre indicare che l'informativa sulla privacy è stata consegnata.")
                @AssertTrue(message = "Senza l'informativa sulla privacy accettata non si può registrare l'accesso.")
                Boolean informativaPrivacy,
        @NotBlank(message = "Il bisogno espresso dal cittadino è obbligatorio.")
                @Size(max = 4000, message = "Il bisogno espresso può avere al massimo 4000 caratteri.")
                String bisognoEspresso,
        @NotNull(message = "Indicare il tipo di richiesta: risolvibile nel colloquio o percorso.")
                TipoRichiesta tipoRichiesta,
        Boolean aderisceOrientamento,
        Sesso sesso) {

    /**
     * Letters of any alphabet (with their accents), spaces, apostrophes, dots and hyphens: "D'Amico", "Nguyễn",
     * "De Santis-Rossi". Nothing that a form would render as Markdown or HTML in the heading of every task.
     */
    static final String NOMINATIVO = "[\\p{L}\\p{M} '’.-]*";

    @AssertTrue(message = "Per una richiesta che necessita di un percorso indicare se il cittadino aderisce.")
    boolean isAdesioneIndicata() {
        return tipoRichiesta != TipoRichiesta.PERCORSO || aderisceOrientamento != null;
    }

    @AssertTrue(message = "La data di nascita non è plausibile (anteriore al 1900).")
    boolean isNascitaPlausibile() {
        return dataNascita == null || dataNascita.getYear() >= 1900;
    }

    /** Whether this access opens a path (scheda utente). */
    public boolean apriPercorso() {
        return tipoRichiesta == TipoRichiesta.PERCORSO && Boolean.TRUE.equals(aderisceOrientamento);
    }
}
