package it.santarzenio.sil.specialistico;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Task_AbbinamentoDomandaOfferta: the partner's outcome; the offer when the citizen accepted one, the reason
 * otherwise.
 */
public record RisultatoAbbinamento(
        @NotNull(message = "Indicare l'esito dell'abbinamento.") EsitoAbbinamento esitoAbbinamento,
        @Positive(message = "L'identificativo dell'offerta non è valido.") Long offertaId,
        @Size(max = 4000, message = "Le note sull'abbinamento possono avere al massimo 4000 caratteri.")
                String noteAbbinamento) {

    public boolean accettata() {
        return esitoAbbinamento == EsitoAbbinamento.PROPOSTA_ACCETTATA;
    }

    @AssertTrue(message = "Con la proposta accettata indicare l'offerta scelta dal cittadino.")
    boolean isOffertaIndicata() {
        return !accettata() || offertaId != null;
    }

    @AssertTrue(message = "Senza un'offerta accettata indicare il motivo nelle note sull'abbinamento.")
    boolean isMotivoIndicato() {
        return esitoAbbinamento == null || accettata() || (noteAbbinamento != null && !noteAbbinamento.isBlank());
    }
}
