package it.santarzenio.sil.orientamento;

/** Work status: INOCCUPATO never worked, OCCUPATO works and looks for better. */
public enum CondizioneOccupazionale {
    DISOCCUPATO,
    INOCCUPATO,
    OCCUPATO,
    STUDENTE,
    ALTRO
}
