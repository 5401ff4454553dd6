package it.santarzenio.sil.cabina;

import it.santarzenio.sil.specialistico.TipoProgetto;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Task_ElaborazioneProposta: the project proposal the specialist desk presents to the Cabina di Regia. */
public record PropostaProgettuale(
        @NotBlank(message = "Scrivere la proposta progettuale da presentare alla Cabina di Regia.")
                @Size(max = 4000, message = "La proposta progettuale può avere al massimo 4000 caratteri.")
                String propostaProgettuale,
        @NotNull(message = "Indicare il tipo di progetto proposto.") TipoProgetto tipoProgetto,
        @NotNull(message = "Indicare se il progetto richiede l'abbinamento con un'offerta della società partner.")
                Boolean richiedeAbbinamento) {}
