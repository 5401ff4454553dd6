package it.santarzenio.sil.agenda;

import java.time.ZonedDateTime;

public record AppuntamentoPrenotato(Long id, Sportello sportello, ZonedDateTime inizio, ZonedDateTime fine) {}
