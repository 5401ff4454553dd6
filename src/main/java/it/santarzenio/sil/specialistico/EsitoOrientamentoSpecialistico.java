package it.santarzenio.sil.specialistico;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Task_OrientamentoSpecialistico: what the specialist orientation found, the basis of the project proposal. */
public record EsitoOrientamentoSpecialistico(
        @NotBlank(message = "Descrivere l'esito dell'orientamento specialistico.")
                @Size(max = 4000, message = "L'esito dell'orientamento può avere al massimo 4000 caratteri.")
                String esitoOrientamento) {}
