package it.santarzenio.sil.privacy;

import java.util.List;

/**
 * Published inside the anonymisation's transaction: whoever keeps copies of the citizen's data outside the domain
 * tables (the engine's history) removes them, or throws {@link AnonimizzazioneRifiutataException} to refuse.
 */
public record CittadinoAnonimizzato(Long cittadinoId, List<String> numeriPratica) {}
