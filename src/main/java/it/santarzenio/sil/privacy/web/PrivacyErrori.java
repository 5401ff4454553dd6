package it.santarzenio.sil.privacy.web;

import it.santarzenio.sil.DatiNonValidiException;
import it.santarzenio.sil.privacy.AnonimizzazioneRifiutataException;
import it.santarzenio.sil.privacy.CittadinoNonTrovatoException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Errors of the privacy API as RFC 9457 problem details with an Italian message. */
@RestControllerAdvice(assignableTypes = PrivacyController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PrivacyErrori {

    @ExceptionHandler(DatiNonValidiException.class)
    ProblemDetail datiNonValidi(DatiNonValidiException e) {
        return problema(HttpStatus.BAD_REQUEST, "Richiesta non valida", e.getMessage());
    }

    @ExceptionHandler(CittadinoNonTrovatoException.class)
    ProblemDetail nonTrovato(CittadinoNonTrovatoException e) {
        return problema(HttpStatus.NOT_FOUND, "Cittadino non trovato", e.getMessage());
    }

    @ExceptionHandler(AnonimizzazioneRifiutataException.class)
    ProblemDetail rifiutata(AnonimizzazioneRifiutataException e) {
        return problema(HttpStatus.CONFLICT, "Anonimizzazione non possibile", e.getMessage());
    }

    private static ProblemDetail problema(HttpStatus stato, String titolo, String messaggio) {
        var problema = ProblemDetail.forStatusAndDetail(stato, messaggio);
        problema.setTitle(titolo);
        return problema;
    }
}
