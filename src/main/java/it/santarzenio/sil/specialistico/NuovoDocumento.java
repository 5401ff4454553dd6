package it.santarzenio.sil.specialistico;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A document a desk uploads to the cartella sociale, with the content type its browser declared. */
public record NuovoDocumento(
        @NotBlank(message = "Il documento non ha un nome di file.")
                @Size(max = 255, message = "Il nome del file può avere al massimo 255 caratteri.")
                String nomeFile,
        String tipoContenuto,
        @NotNull(message = "Allegare un file.") byte[] contenuto,
        @Size(max = 1000, message = "La descrizione può avere al massimo 1000 caratteri.") String descrizione) {}
