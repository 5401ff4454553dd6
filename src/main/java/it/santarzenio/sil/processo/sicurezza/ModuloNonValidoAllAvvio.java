package it.santarzenio.sil.processo.sicurezza;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * {@code POST /engine-rest/process-definition/{key}/start} wraps every engine exception in a 500, a refused form
 * included, where {@code submit-form} answers 400 (ADR 0002). This mapper, ahead of the engine's
 * {@code RestExceptionHandler}, answers 400 with the Italian message alone when the cause is a refused form, and
 * leaves every other error to the engine's handler.
 */
@Component
class ModuloNonValidoAllAvvio implements ResourceConfigCustomizer {

    @Override
    public void customize(ResourceConfig config) {
        config.register(Mappatore.class);
    }

    @Priority(1)
    static class Mappatore implements ExceptionMapper<RestException> {

        private final RestExceptionHandler motore = new RestExceptionHandler();

        @Override
        public Response toResponse(RestException errore) {
            for (Throwable causa = errore.getCause(); causa != null; causa = causa.getCause()) {
                if (causa instanceof FormFieldValidationException rifiuto) {
                    return Response.status(Response.Status.BAD_REQUEST)
                            .type(MediaType.APPLICATION_JSON_TYPE)
                            .entity(Map.of("type", "RestException", "message", rifiuto.getMessage()))
                            .build();
                }
            }
            return motore.toResponse(errore);
        }
    }
}
