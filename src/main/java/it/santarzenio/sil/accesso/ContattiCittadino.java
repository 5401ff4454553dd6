package it.santarzenio.sil.accesso;

/** Name and contacts of a case's citizen, for a desk or partner that must reach them: no codice fiscale. */
public record ContattiCittadino(String nome, String cognome, String telefono, String email) {}
