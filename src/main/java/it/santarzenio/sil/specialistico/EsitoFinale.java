package it.santarzenio.sil.specialistico;

/** What the project led to, as reported back to the informative desk. */
public enum EsitoFinale {
    OCCUPATO,
    TIROCINIO_CONCLUSO,
    FORMAZIONE_CONCLUSA,
    INTERROTTO,
    ALTRO
}
