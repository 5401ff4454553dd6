package it.santarzenio.sil.cabina;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Task_ApprovazioneCabinaDiRegia: the decision on the pending proposal, with its reason unless approved. */
public record Deliberazione(
        @NotNull(message = "Indicare la decisione della Cabina di Regia: approvata, da rivedere o respinta.")
                DecisioneCabina decisioneCabina,
        @Size(max = 4000, message = "La motivazione può avere al massimo 4000 caratteri.") String motivazioneCabina) {

    @AssertTrue(message = "Una proposta da rivedere o respinta richiede la motivazione della Cabina di Regia.")
    boolean isMotivata() {
        return decisioneCabina == null
                || decisioneCabina == DecisioneCabina.APPROVATA
                || (motivazioneCabina != null && !motivazioneCabina.isBlank());
    }
}
