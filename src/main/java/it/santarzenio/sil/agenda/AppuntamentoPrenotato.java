package it.santarzenio.sil.agenda;

import java.time.ZonedDateTime;

/** A booked appointment: where and when the citizen is expected (times in Europe/Rome). */
public record AppuntamentoPrenotato(Long id, Sportello sportello, ZonedDateTime inizio, ZonedDateTime fine) {}
