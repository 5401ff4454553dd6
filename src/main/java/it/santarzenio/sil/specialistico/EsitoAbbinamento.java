package it.santarzenio.sil.specialistico;

/** How the partner agency's matching of the citizen with the offers of the area ended. */
public enum EsitoAbbinamento {
    PROPOSTA_ACCETTATA,
    NESSUNA_OFFERTA_IDONEA,
    RIFIUTATA_DAL_CITTADINO
}
