package it.santarzenio.sil.orientamento;

/** Whether the citizen came to the appointment. */
public enum Presenza {
    PRESENTE,
    ASSENTE
}
