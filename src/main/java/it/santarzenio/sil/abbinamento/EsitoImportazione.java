package it.santarzenio.sil.abbinamento;

/** What an import of a CP2021 file did. */
public record EsitoImportazione(int righe, int inserite, int aggiornate) {}
