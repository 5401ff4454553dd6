package it.santarzenio.sil.accesso;

/** What the citizen asks at the first interview. */
public enum TipoRichiesta {
    /** A clear request that this interview can answer. */
    RISOLVIBILE,
    /** A request that needs a path of orientation. */
    PERCORSO
}
