package it.santarzenio.sil.abbinamento;

/** What came of sending the citizen to an offer's employer. The last two need a reason. */
public enum EsitoSegnalazione {
    COLLOQUIO_FISSATO("colloquio fissato"),
    ASSUNTO("assunto"),
    NON_SELEZIONATO("non selezionato"),
    RIFIUTATO_DAL_CITTADINO("rifiutata dal cittadino");

    private final String etichetta;

    EsitoSegnalazione(String etichetta) {
        this.etichetta = etichetta;
    }

    /** As the desks read it in a form. */
    public String etichetta() {
        return etichetta;
    }

    public boolean negativo() {
        return this == NON_SELEZIONATO || this == RIFIUTATO_DAL_CITTADINO;
    }
}
