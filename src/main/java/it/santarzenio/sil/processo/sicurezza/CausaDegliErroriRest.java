package it.santarzenio.sil.processo.sicurezza;

import it.santarzenio.sil.processo.RifiutoDellUtente;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * The engine REST API wraps in a 500 what the engine raised inside a step: a form refused on
 * {@code POST /process-definition/{key}/start} (where {@code submit-form} answers 400, ADR 0002), a task listener's
 * refusal of a user outside the task's groups ({@link CompitiDelProprioGruppoPlugin}). Ahead of the engine's
 * {@code RestExceptionHandler}, this mapper answers by the cause: 400 for a refused form, 403 for a refused user, with
 * the Italian message alone; every other error goes to the engine's handler.
 */
@Component
class CausaDegliErroriRest implements ResourceConfigCustomizer {

    @Override
    public void customize(ResourceConfig config) {
        config.register(Mappatore.class);
    }

    @Priority(1)
    static class Mappatore implements ExceptionMapper<RestException> {

        private final RestExceptionHandler motore = new RestExceptionHandler();

        @Override
        public Response toResponse(RestException errore) {
            return RifiutoDellUtente.tra(errore.getCause())
                    .map(rifiuto -> rifiuto instanceof AuthorizationException
                            ? risposta(Response.Status.FORBIDDEN, "AuthorizationException", rifiuto.getMessage())
                            : risposta(Response.Status.BAD_REQUEST, "RestException", rifiuto.getMessage()))
                    .orElseGet(() -> motore.toResponse(errore));
        }

        private static Response risposta(Response.Status stato, String tipo, String messaggio) {
            return Response.status(stato)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("type", tipo, "message", messaggio))
                    .build();
        }
    }
}
