package it.santarzenio.sil.cabina;

import java.time.Instant;
import java.util.List;

/** A reminder about an overdue decision, and the managers it was addressed to. */
public record SollecitoRegistrato(int versione, Instant scadenza, Instant inviatoIl, List<String> destinatari) {}
