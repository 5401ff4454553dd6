package it.santarzenio.sil.abbinamento;

/** What came of sending the citizen to an offer's employer. The last two need a reason. */
public enum EsitoSegnalazione {
    COLLOQUIO_FISSATO,
    ASSUNTO,
    NON_SELEZIONATO,
    RIFIUTATO_DAL_CITTADINO;

    public boolean negativo() {
        return this == NON_SELEZIONATO || this == RIFIUTATO_DAL_CITTADINO;
    }
}
