package it.santarzenio.sil.chiusura.web;

import it.santarzenio.sil.DatiNonValidiException;
import it.santarzenio.sil.ErroriDiLettura;
import it.santarzenio.sil.chiusura.PraticaGiaChiusaException;
import it.santarzenio.sil.chiusura.PraticaSconosciutaException;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refusals of an early closure as RFC 9457 problem details with the Italian message: 400, 404, 409. */
@RestControllerAdvice(assignableTypes = ChiusuraController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ChiusuraErrori {

    @ExceptionHandler(PraticaSconosciutaException.class)
    ProblemDetail sconosciuta(PraticaSconosciutaException e) {
        return problema(HttpStatus.NOT_FOUND, "Non trovato", e.errori());
    }

    @ExceptionHandler(PraticaGiaChiusaException.class)
    ProblemDetail giaChiusa(PraticaGiaChiusaException e) {
        return problema(HttpStatus.CONFLICT, "Pratica già chiusa", e.errori());
    }

    @ExceptionHandler(DatiNonValidiException.class)
    ProblemDetail nonValida(DatiNonValidiException e) {
        return problema(HttpStatus.BAD_REQUEST, "Richiesta non valida", e.errori());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail illeggibile(HttpMessageNotReadableException e) {
        return problema(
                HttpStatus.BAD_REQUEST,
                "Richiesta non valida",
                List.of(ErroriDiLettura.messaggio(e.getCause(), "Il corpo della richiesta non è un JSON leggibile.")));
    }

    private static ProblemDetail problema(HttpStatus stato, String titolo, List<String> errori) {
        var problema = ProblemDetail.forStatusAndDetail(stato, String.join(" ", errori));
        problema.setTitle(titolo);
        problema.setProperty("errori", errori);
        return problema;
    }
}
