package it.santarzenio.sil.accesso;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Task_RispostaRichiesta: the answer given to a request solvable in the interview. */
public record RispostaRichiesta(
        @NotBlank(message = "Descrivere la risposta fornita al cittadino.")
                @Size(max = 4000, message = "La risposta può avere al massimo 4000 caratteri.")
                String rispostaFornita) {}
