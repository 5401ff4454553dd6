package it.santarzenio.sil.specialistico;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Task_CondivisioneProgetto and Task_CondivisioneCaso: what the two desks shared about the case (the project and the
 * cartella sociale, or the case and its materials).
 */
public record NoteCondivisione(
        @NotBlank(message = "Descrivere che cosa è stato condiviso con lo Sportello Informativo.")
                @Size(max = 4000, message = "Le note di condivisione possono avere al massimo 4000 caratteri.")
                String noteCondivisione) {}
