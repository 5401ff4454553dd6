package it.santarzenio.sil.specialistico;

import jakarta.validation.constraints.NotNull;

/** Task_OrientamentoSecondoLivello: the kind of the project already defined and whether it needs the partner. */
public record SceltaProgetto(
        @NotNull(message = "Indicare il tipo di progetto.") TipoProgetto tipoProgetto,
        @NotNull(message = "Indicare se il progetto richiede l'abbinamento con un'offerta della società partner.")
                Boolean richiedeAbbinamento) {}
