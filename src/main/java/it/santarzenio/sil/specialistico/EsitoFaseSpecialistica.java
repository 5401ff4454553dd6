package it.santarzenio.sil.specialistico;

/**
 * How Fase II hands the case back to Fase I: a project started and was reported on (whatever its outcome), or the
 * Cabina di Regia rejected the proposal.
 */
public enum EsitoFaseSpecialistica {
    PROGETTO_CONCLUSO,
    PROPOSTA_RESPINTA
}
