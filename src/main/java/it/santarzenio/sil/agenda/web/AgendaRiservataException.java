package it.santarzenio.sil.agenda.web;

import it.santarzenio.sil.agenda.Sportello;

/** An operator asked for the agenda of a desk that is not theirs. */
class AgendaRiservataException extends RuntimeException {

    AgendaRiservataException(Sportello sportello) {
        super("L'agenda dello " + sportello.nome() + " è riservata agli operatori del gruppo " + sportello.gruppo()
                + ".");
    }
}
