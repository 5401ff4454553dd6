package it.santarzenio.sil.cabina;

/** The committee's decision on a proposal version. */
public enum DecisioneCabina {
    APPROVATA,
    DA_RIVEDERE,
    RESPINTA
}
