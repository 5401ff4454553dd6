package it.santarzenio.sil.orientamento;

/** Self-assessed digital skills, checked at the interview. */
public enum CompetenzeDigitali {
    NESSUNA,
    BASE,
    INTERMEDIE,
    AVANZATE
}
