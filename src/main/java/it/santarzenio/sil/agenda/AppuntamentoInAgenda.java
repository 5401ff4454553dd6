package it.santarzenio.sil.agenda;

import java.time.OffsetDateTime;

/**
 * One line of a desk's agenda: only what the desk needs to receive the citizen (no contacts, no goals, no codice
 * fiscale).
 */
public record AppuntamentoInAgenda(
        String numeroPratica, String nominativo, OffsetDateTime inizio, OffsetDateTime fine, StatoAppuntamento stato) {}
