package it.santarzenio.sil.accesso;

/** How a case ended: the top-level history variable esitoPercorso of design.md section 3. */
public enum EsitoPercorso {
    RICHIESTA_EVASA,
    NON_ADERISCE,
    ABBANDONO,
    ORIENTAMENTO_CONCLUSO,
    PROPOSTA_RESPINTA,
    PROGETTO_CONCLUSO,
    /** Closed by a desk at any step, with a motivoChiusura. */
    CHIUSURA_ANTICIPATA,
    /** The instance was cancelled by an administrator (Cockpit). */
    ANNULLATO
}
