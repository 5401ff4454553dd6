package it.santarzenio.sil.audit;

/** What was done with personal data. */
public enum Azione {
    LETTURA,
    CREAZIONE,
    MODIFICA,
    ESPORTAZIONE,
    ANONIMIZZAZIONE
}
