package it.santarzenio.sil.agenda.web;

import it.santarzenio.sil.DatiNonValidiException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Errors of the agenda API as RFC 9457 problem details with an Italian message. */
@RestControllerAdvice(assignableTypes = AgendaController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AgendaErrori {

    @ExceptionHandler(DatiNonValidiException.class)
    ProblemDetail datiNonValidi(DatiNonValidiException e) {
        var problema = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problema.setTitle("Richiesta non valida");
        problema.setProperty("errori", e.errori());
        return problema;
    }

    @ExceptionHandler(AgendaRiservataException.class)
    ProblemDetail riservata(AgendaRiservataException e) {
        var problema = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problema.setTitle("Accesso negato");
        return problema;
    }
}
