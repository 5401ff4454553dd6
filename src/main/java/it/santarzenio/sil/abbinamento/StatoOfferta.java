package it.santarzenio.sil.abbinamento;

/** An offer is proposed only while APERTA and within its validity dates; CHIUSA is final. */
public enum StatoOfferta {
    APERTA,
    CHIUSA
}
