package it.santarzenio.sil.specialistico;

/**
 * Where a project stands. DA_AVVIARE from its definition (or approval) to its start; the monitoring then says
 * IN_CORSO, CONCLUSO or INTERROTTO (the values of the variable statoProgetto).
 */
public enum StatoProgetto {
    DA_AVVIARE,
    IN_CORSO,
    CONCLUSO,
    INTERROTTO;

    public boolean terminato() {
        return this == CONCLUSO || this == INTERROTTO;
    }
}
