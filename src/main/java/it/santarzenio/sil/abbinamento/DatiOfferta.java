package it.santarzenio.sil.abbinamento;

import it.santarzenio.sil.orientamento.CompetenzeDigitali;
import it.santarzenio.sil.orientamento.TitoloStudio;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A job offer as the partner writes it (new or changed). Minimum education and digital skills and the languages are
 * optional requirements; whether the occupation code exists in CP2021 is checked by the service.
 */
public record DatiOfferta(
        @NotBlank(message = "Indicare il datore di lavoro.")
                @Size(max = 200, message = "Il datore di lavoro può avere al massimo 200 caratteri.")
                String datoreLavoro,
        @NotBlank(message = "Indicare il titolo dell'offerta.")
                @Size(max = 200, message = "Il titolo può avere al massimo 200 caratteri.")
                String titolo,
        @NotBlank(message = "Indicare la professione con il suo codice CP2021 (per esempio 7.4.4).")
                @Pattern(
                        regexp = "\\s*[1-9](\\.[0-9]{1,2}){0,4}\\s*",
                        message = "Il codice della professione deve essere un codice CP2021 come 7.4.4 o 7.4.4.2.1.")
                String codiceProfessione,
        @NotBlank(message = "Indicare il comune della sede di lavoro.")
                @Size(max = 100, message = "Il comune può avere al massimo 100 caratteri.")
                String comune,
        @NotNull(message = "Indicare il tipo di contratto.") TipoContratto tipoContratto,
        @NotNull(message = "Indicare le ore settimanali.")
                @Min(value = 1, message = "Le ore settimanali devono essere almeno 1.")
                @Max(value = 48, message = "Le ore settimanali non possono superare 48.")
                Integer oreSettimanali,
        TitoloStudio titoloStudioMinimo,
        Boolean patenteRichiesta,
        @Size(max = 10, message = "Indicare al massimo 10 lingue.")
                List<
                                @NotBlank(message = "Una lingua richiesta è vuota.")
                                @Size(max = 40, message = "Il nome di una lingua può avere al massimo 40 caratteri.")
                                @Pattern(regexp = "[^;]*", message = "Il nome di una lingua non può contenere «;».")
                                String>
                        lingue,
        CompetenzeDigitali competenzeDigitaliMinime,
        @NotNull(message = "Indicare la data di inizio validità dell'offerta.") LocalDate validaDal,
        @NotNull(message = "Indicare la data di fine validità dell'offerta.") LocalDate validaAl) {

    @AssertTrue(message = "La fine della validità non può precedere l'inizio.")
    boolean isPeriodoCoerente() {
        return validaDal == null || validaAl == null || !validaAl.isBefore(validaDal);
    }
}
