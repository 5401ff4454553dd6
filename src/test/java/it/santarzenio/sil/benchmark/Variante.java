package it.santarzenio.sil.benchmark;

import java.util.List;

/** What is measured: the application or the bare engine, with the engine's authorizations on or off. */
enum Variante {
    APP_ON("app, auth on", false, true),
    APP_OFF("app, auth off", false, false),
    NUDO_ON("bare, auth on", true, true),
    NUDO_OFF("bare, auth off", true, false);

    static final List<Variante> TUTTE = List.of(values());

    final String etichetta;
    final boolean nudo;
    final boolean autorizzazioni;

    Variante(String etichetta, boolean nudo, boolean autorizzazioni) {
        this.etichetta = etichetta;
        this.nudo = nudo;
        this.autorizzazioni = autorizzazioni;
    }
}
