package it.santarzenio.sil.accesso;

/** The outcome of registering a scheda d'accesso: the access and the citizen it belongs to. */
public record AccessoRegistrato(Long accessoId, Long cittadinoId, String codiceFiscale) {}
