package it.santarzenio.sil.cabina;

import it.santarzenio.sil.specialistico.TipoProgetto;
import java.time.Instant;

/** One version of the proposal of a case and, once decided, the committee's decision on it. */
public record VersioneProposta(
        int versione,
        String testo,
        TipoProgetto tipoProgetto,
        boolean richiedeAbbinamento,
        String presentataDa,
        Instant presentataIl,
        Instant scadenza,
        DecisioneCabina decisione,
        String motivazione,
        String decisaDa,
        Instant decisaIl,
        int solleciti,
        Instant ritirata) {

    /** Withdrawn undecided because the case closed early or was cancelled. */
    public boolean ritirataSenzaDecisione() {
        return ritirata != null;
    }

    public boolean decisa() {
        return decisione != null;
    }
}
