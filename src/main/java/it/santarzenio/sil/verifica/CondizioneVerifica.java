package it.santarzenio.sil.verifica;

/** condizioneVerifica of Task_VerificaEsito: the citizen's condition when asked. */
public enum CondizioneVerifica {
    OCCUPATO,
    IN_FORMAZIONE,
    IN_TIROCINIO,
    DISOCCUPATO,
    NON_RAGGIUNGIBILE
}
