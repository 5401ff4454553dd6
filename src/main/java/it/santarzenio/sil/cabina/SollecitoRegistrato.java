package it.santarzenio.sil.cabina;

import java.time.Instant;

/** A reminder about an overdue decision: the managers it was addressed to and whether an e-mail left. */
public record SollecitoRegistrato(
        int versione, Instant scadenza, Instant inviatoIl, String destinatari, boolean inviatoPerEmail) {}
