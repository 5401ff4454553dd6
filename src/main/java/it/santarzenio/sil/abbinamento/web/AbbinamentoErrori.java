package it.santarzenio.sil.abbinamento.web;

import it.santarzenio.sil.DatiNonValidiException;
import it.santarzenio.sil.ErroriDiLettura;
import it.santarzenio.sil.abbinamento.OffertaNonTrovataException;
import it.santarzenio.sil.abbinamento.PraticaSconosciutaException;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Errors of the matching API as RFC 9457 problem details with Italian messages; 400s list every error. */
@RestControllerAdvice(
        assignableTypes = {OfferteController.class, Cp2021Controller.class, PraticheAbbinamentoController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class AbbinamentoErrori {

    @ExceptionHandler(DatiNonValidiException.class)
    ProblemDetail datiNonValidi(DatiNonValidiException e) {
        return nonValida(e.errori());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail illeggibile(HttpMessageNotReadableException e) {
        return nonValida(List.of(messaggio(e.getCause())));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ProblemDetail senzaFile(MissingServletRequestPartException e) {
        return nonValida(List.of("Allegare il file CP2021 nel campo «" + e.getRequestPartName() + "»."));
    }

    /** A multipart body that cannot be parsed (a file name with a NUL, broken framing): the caller's, not ours. */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail multipartIllegibile(MultipartException e) {
        return nonValida(
                List.of("Allegare il file CP2021 in una richiesta multipart/form-data valida, nel campo «file»."));
    }

    @ExceptionHandler(OperazioneRiservataException.class)
    ProblemDetail riservata(OperazioneRiservataException e) {
        var problema = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problema.setTitle("Accesso negato");
        return problema;
    }

    @ExceptionHandler({
        OffertaNonTrovataException.class,
        PraticaSconosciutaException.class,
        CodiceSconosciutoException.class
    })
    ProblemDetail nonTrovata(RuntimeException e) {
        var problema = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problema.setTitle("Non trovato");
        return problema;
    }

    private static ProblemDetail nonValida(List<String> errori) {
        var problema = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, String.join(" ", errori));
        problema.setTitle("Richiesta non valida");
        problema.setProperty("errori", errori);
        return problema;
    }

    private static String messaggio(Throwable errore) {
        return ErroriDiLettura.messaggio(errore, "Il corpo della richiesta non è un JSON leggibile.");
    }
}
