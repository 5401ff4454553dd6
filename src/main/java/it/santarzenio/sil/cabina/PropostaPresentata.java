package it.santarzenio.sil.cabina;

import java.time.Instant;

/**
 * A proposal version now awaiting the committee, due by {@code scadenzaApprovazione}; {@code storico} tells the
 * earlier versions and decisions in Markdown, for the approval form.
 */
public record PropostaPresentata(Long id, int versione, Instant scadenzaApprovazione, String storico) {}
