package it.santarzenio.sil.orientamento;

/** How first-level orientation ends: concluded here, or sent to the specialist desk. */
public enum EsitoPrimoLivello {
    CONCLUSO,
    INVIO_SPECIALISTICO
}
