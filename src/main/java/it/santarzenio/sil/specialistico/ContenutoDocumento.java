package it.santarzenio.sil.specialistico;

/** A document to download. */
public record ContenutoDocumento(String nomeFile, String tipoContenuto, byte[] contenuto) {}
