package it.santarzenio.sil.cruscotto.web;

import it.santarzenio.sil.DatiNonValidiException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A bad period as an RFC 9457 problem detail with its Italian message. */
@RestControllerAdvice(assignableTypes = CruscottoController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CruscottoErrori {

    @ExceptionHandler(DatiNonValidiException.class)
    ProblemDetail datiNonValidi(DatiNonValidiException e) {
        var problema = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problema.setTitle("Richiesta non valida");
        problema.setProperty("errori", e.errori());
        return problema;
    }
}
