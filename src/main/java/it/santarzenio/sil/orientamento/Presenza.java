package it.santarzenio.sil.orientamento;

/** Whether the citizen came to the appointment. */
public enum Presenza {
    PRESENTE,
    ASSENTE,
    /** The citizen asked in advance to move the appointment: not an absence, a new one is agreed. */
    RINVIATO
}
