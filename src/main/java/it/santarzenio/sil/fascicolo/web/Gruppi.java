package it.santarzenio.sil.fascicolo.web;

import java.util.Set;

/**
 * The groups as the /api security chain names them (Spring authorities = Camunda group ids); the chain itself, in
 * processo/sicurezza, decides who reaches these endpoints.
 */
final class Gruppi {

    /** The two desks, who meet and call the citizen. */
    static final Set<String> SPORTELLI = Set.of("sportello-informativo", "sportello-specialistico");

    private Gruppi() {}
}
