package it.santarzenio.sil.agenda;

import java.time.LocalDateTime;

/** A request to book an appointment of a case at a desk; {@code inizio} is local time in Europe/Rome. */
public record RichiestaAppuntamento(
        String numeroPratica,
        Long cittadinoId,
        Sportello sportello,
        LocalDateTime inizio,
        String operatore,
        String obiettivi,
        String emailCittadino) {}
