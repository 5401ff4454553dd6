package it.santarzenio.sil.abbinamento;

/** The kind of contract a job offer proposes. */
public enum TipoContratto {
    TEMPO_INDETERMINATO,
    TEMPO_DETERMINATO,
    APPRENDISTATO,
    SOMMINISTRAZIONE,
    TIROCINIO,
    LAVORO_INTERMITTENTE,
    COLLABORAZIONE
}
