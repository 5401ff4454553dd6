package it.santarzenio.sil.agenda;

import java.time.OffsetDateTime;

/** An appointment of a citizen as the data subject's export shows it. */
public record AppuntamentoDelCittadino(
        String numeroPratica,
        Sportello sportello,
        OffsetDateTime inizio,
        OffsetDateTime fine,
        StatoAppuntamento stato,
        String operatore,
        String obiettivi,
        String emailCittadino) {}
