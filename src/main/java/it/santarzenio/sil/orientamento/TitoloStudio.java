package it.santarzenio.sil.orientamento;

/** Highest education attained. */
public enum TitoloStudio {
    NESSUNO,
    LICENZA_ELEMENTARE,
    LICENZA_MEDIA,
    QUALIFICA_PROFESSIONALE,
    DIPLOMA,
    LAUREA,
    POST_LAUREA
}
