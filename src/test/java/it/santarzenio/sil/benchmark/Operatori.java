package it.santarzenio.sil.benchmark;

import java.util.List;

/** The demo users of the desks, their group and the name of their desk's Tasklist filter (FiltriTasklistPlugin). */
record Operatori(String utente, String gruppo, String filtroSportello, boolean sportello) {

    static final Operatori INFORMATIVO = new Operatori(
            "informativo", "sportello-informativo", "Sportello Informativo di Orientamento al Lavoro", true);
    static final Operatori SPECIALISTICO =
            new Operatori("specialistico", "sportello-specialistico", "Sportello di Orientamento Specialistico", true);
    static final Operatori PARTNER =
            new Operatori("partner", "societa-partner", "Società partner (incontro domanda/offerta)", false);
    static final Operatori CABINA = new Operatori("cabina", "cabina-di-regia", "Cabina di Regia", false);

    static final List<Operatori> TUTTI = List.of(INFORMATIVO, SPECIALISTICO, PARTNER, CABINA);
}
