package it.santarzenio.sil.cabina;

import java.time.Instant;
import java.time.Period;

/**
 * A proposal version now awaiting the committee, due by {@code scadenzaApprovazione} and reminded again every
 * {@code intervalloSolleciti} while undecided; {@code storico} tells the earlier versions and decisions in Markdown,
 * for the approval form.
 */
public record PropostaPresentata(
        Long id, int versione, Instant scadenzaApprovazione, Period intervalloSolleciti, String storico) {}
