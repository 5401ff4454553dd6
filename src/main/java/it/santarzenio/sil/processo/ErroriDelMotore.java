package it.santarzenio.sil.processo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The engine REST API answers 500 to much that is the caller's mistake: an id that names nothing ("task is null",
 * "doesn't exist"), a body it reads as null (NullPointerException), a value of the wrong type; and its 400s may name
 * Java classes ("to java type class java.util.Date"). Found by {@code RichiesteOstiliTest}. This rewrites those
 * answers only: 404 or 400 with an Italian message, and no class or stack frame in any error; the engine's own text
 * goes to the log. A 500 that is none of these stays a 500.
 */
final class ErroriDelMotore {

    private static final Logger LOG = LoggerFactory.getLogger(ErroriDelMotore.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Pattern INESISTENTE = Pattern.compile(
            "(?i).*(doesn't exist|does not exist|does not have|is null|is empty|not found|no \\w+ found|were found|cannot find|no such).*",
            Pattern.DOTALL);
    /** A Java class named in full, or a frame of a stack trace, or an exception's name followed by its message. */
    static final Pattern FUGA = Pattern.compile(
            "\\b(?:java|javax|jakarta|org|com|it|sun)\\.(?:[a-z0-9_]+\\.)+[A-Z]\\w*|\\bat [a-z]\\w*(?:\\.\\w+)+\\(|"
                    + "\\w+Exception:|Caused by");

    static final String NON_TROVATA = "L'oggetto indicato nella richiesta non esiste o non è visibile a questo utente.";
    static final String NON_VALIDA = "Richiesta non valida: un dato manca o non ha il tipo o il formato atteso (date"
            + " come 2026-12-01T10:00:00.000+0100, numeri interi, valori di un elenco).";

    private ErroriDelMotore() {}

    static void correggi(HttpServletRequest richiesta, ContentCachingResponseWrapper risposta) throws IOException {
        var contenuto = risposta.getContentAsByteArray();
        if (contenuto.length == 0
                || risposta.getContentType() == null
                || !risposta.getContentType().contains("json")) {
            return;
        }
        ObjectNode errore;
        try {
            if (!(JSON.readTree(contenuto) instanceof ObjectNode oggetto)) {
                return;
            }
            errore = oggetto;
        } catch (IOException illeggibile) {
            return;
        }
        String tipo = errore.path("type").asText("");
        String messaggio = errore.path("message").asText("");
        int stato = risposta.getStatus();
        int nuovoStato = stato;
        String nuovoMessaggio = messaggio;
        if (stato == 500) {
            if (tipo.equals("NullValueException")
                    || INESISTENTE.matcher(messaggio).matches()) {
                nuovoStato = 404;
                nuovoMessaggio = NON_TROVATA;
            } else if (tipo.equals("NullPointerException")
                    || tipo.equals("InvalidRequestException")
                    || tipo.equals("NotValidException")
                    || tipo.equals("BadUserRequestException")) {
                nuovoStato = 400;
                nuovoMessaggio = NON_VALIDA;
            }
        }
        if (FUGA.matcher(nuovoMessaggio).find()) {
            nuovoMessaggio = nuovoStato == 404 ? NON_TROVATA : nuovoStato < 500 ? NON_VALIDA : "Errore interno.";
        }
        if (nuovoStato == stato && nuovoMessaggio.equals(messaggio)) {
            return;
        }
        LOG.info(
                "{} {}: {} {} invece di {} {}: {}",
                richiesta.getMethod(),
                richiesta.getRequestURI(),
                nuovoStato,
                nuovoMessaggio,
                stato,
                tipo,
                messaggio.length() > 300 ? messaggio.substring(0, 300) : messaggio);
        errore.put("message", nuovoMessaggio);
        if (nuovoStato != stato) {
            errore.put("type", nuovoStato == 404 ? "NotFoundException" : "InvalidRequestException");
        }
        risposta.resetBuffer();
        risposta.setStatus(nuovoStato);
        risposta.getOutputStream().write(JSON.writeValueAsBytes(errore));
    }
}
