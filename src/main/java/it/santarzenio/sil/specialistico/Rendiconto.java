package it.santarzenio.sil.specialistico;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Task_Rendicontazione: the final report to the informative desk. */
public record Rendiconto(
        @NotNull(message = "Indicare l'esito finale del progetto.") EsitoFinale esitoFinale,
        @NotBlank(message = "Scrivere la relazione finale per lo Sportello Informativo.")
                @Size(max = 4000, message = "La relazione finale può avere al massimo 4000 caratteri.")
                String relazioneFinale) {}
