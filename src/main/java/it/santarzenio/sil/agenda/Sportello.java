package it.santarzenio.sil.agenda;

/** The two desks of the service, each with its own agenda. */
public enum Sportello {
    INFORMATIVO,
    SPECIALISTICO
}
