package it.santarzenio.sil.orientamento;

/** The four GOL paths: job reinsertion, upskilling, reskilling, work and inclusion. */
public enum PercorsoGol {
    REINSERIMENTO,
    AGGIORNAMENTO,
    RIQUALIFICAZIONE,
    INCLUSIONE
}
