package it.santarzenio.sil.abbinamento;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The consultant sent the citizen to an offer's employer: when, and what came of it. */
public record NuovaSegnalazione(
        @NotNull(message = "Indicare l'offerta a cui il cittadino è stato segnalato.") Long offertaId,
        @NotNull(message = "Indicare la data della segnalazione.") LocalDate data,
        @NotNull(
                        message = "Indicare l'esito della segnalazione: COLLOQUIO_FISSATO, ASSUNTO, NON_SELEZIONATO o"
                                + " RIFIUTATO_DAL_CITTADINO.")
                EsitoSegnalazione esito,
        @Size(max = 4000, message = "Il motivo può avere al massimo 4000 caratteri.") String motivo) {

    @AssertTrue(message = "Con il cittadino non selezionato o che ha rifiutato indicare il motivo.")
    boolean isMotivoIndicato() {
        return esito == null || !esito.negativo() || (motivo != null && !motivo.isBlank());
    }
}
