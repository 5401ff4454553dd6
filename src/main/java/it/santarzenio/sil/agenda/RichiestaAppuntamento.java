package it.santarzenio.sil.agenda;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;

/**
 * A booking agreed with the citizen at the desk. {@code inizio} is local time in Europe/Rome, as the operator reads
 * it on the wall clock; {@code emailCittadino} may be null (no e-mails then).
 */
public record RichiestaAppuntamento(
        @NotBlank(message = "Il numero di pratica dell'appuntamento è obbligatorio.") String numeroPratica,
        @NotNull(message = "Il cittadino dell'appuntamento è obbligatorio.") Long cittadinoId,
        @NotNull(message = "Indicare lo sportello dell'appuntamento.") Sportello sportello,
        @NotNull(message = "La data e l'ora dell'appuntamento sono obbligatorie.") LocalDateTime inizio,
        @NotBlank(message = "L'operatore che fissa l'appuntamento è obbligatorio.") String operatore,
        @NotBlank(message = "Indicare le attività e gli obiettivi del prossimo colloquio.") String obiettivi,
        String emailCittadino) {}
