package it.santarzenio.sil.processo.sicurezza;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * A body the engine REST API cannot read answers 400 with an Italian message that names neither the engine's DTO
 * classes nor the parser's source, in the engine's error shape ({@code type}, {@code message}). Registered with a
 * higher priority than the engine's own {@code JsonParseExceptionHandler} and {@code JsonMappingExceptionHandler},
 * whose message is Jackson's.
 */
@Component
class JsonIllegibileEngineRest implements ResourceConfigCustomizer {

    static final String MESSAGGIO =
            "Il corpo della richiesta non è un JSON leggibile o non ha la forma attesa da questa chiamata.";

    @Override
    public void customize(ResourceConfig config) {
        config.register(JsonMalformato.class).register(JsonDiFormaInattesa.class);
    }

    private static Response risposta() {
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("type", "InvalidRequestException", "message", MESSAGGIO))
                .build();
    }

    @Priority(1)
    static class JsonMalformato implements ExceptionMapper<JsonParseException> {
        @Override
        public Response toResponse(JsonParseException errore) {
            return risposta();
        }
    }

    @Priority(1)
    static class JsonDiFormaInattesa implements ExceptionMapper<JsonMappingException> {
        @Override
        public Response toResponse(JsonMappingException errore) {
            return risposta();
        }
    }
}
