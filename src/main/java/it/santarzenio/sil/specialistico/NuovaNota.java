package it.santarzenio.sil.specialistico;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A note a desk adds to the cartella sociale. */
public record NuovaNota(
        @NotBlank(message = "Il testo della nota è obbligatorio.")
                @Size(max = 4000, message = "La nota può avere al massimo 4000 caratteri.")
                String testo) {}
