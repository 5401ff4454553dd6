package it.santarzenio.sil.processo;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import it.santarzenio.sil.DatiNonValidiException;
import it.santarzenio.sil.ErroriDiLettura;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.stereotype.Component;

/**
 * Reads the variables a Camunda Form submitted into the domain's command records. Camunda Forms send numbers as
 * Integer, dates as String and checklists as JSON; a value of the wrong type or outside an enumeration becomes an
 * Italian message, never a stack trace. Date-times are local times in Europe/Rome; an explicit offset is accepted
 * and converted.
 */
@Component
public class ModuliCompilati {

    private static final TypeReference<Map<String, Object>> MAPPA = new TypeReference<>() {};
    private static final ZoneId ROMA = ZoneId.of("Europe/Rome");

    private final ObjectMapper mapper;

    ModuliCompilati(Jackson2ObjectMapperBuilder builder) {
        this.mapper = builder.build()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT, true)
                .registerModule(new SimpleModule().addDeserializer(LocalDateTime.class, new DataOraRoma()));
    }

    /**
     * Reads the command and writes back, in their canonical type, the values a form sent in another one (a radio's
     * "true" becomes the boolean true), so that gateways, history and the REST API see JSON booleans and numbers.
     */
    public <T> T leggi(VariableScope variabili, Class<T> tipo) {
        Map<String, Object> originali = variabili.getVariables();
        T modulo = leggi(originali, tipo);
        Map<String, Object> canonici = mapper.convertValue(modulo, MAPPA);
        canonici.forEach((nome, valore) -> {
            Object originale = originali.get(nome);
            // Only scalars: a JSON value (a tag list) stays the Json variable the form sent.
            if (valore != null
                    && originale != null
                    && !(originale instanceof SpinJsonNode)
                    && !valore.getClass().equals(originale.getClass())) {
                variabili.setVariable(nome, valore);
            }
        });
        return modulo;
    }

    public <T> T leggi(Map<String, Object> variabili, Class<T> tipo) {
        Map<String, Object> semplici = new LinkedHashMap<>();
        variabili.forEach((nome, valore) -> semplici.put(nome, semplice(valore)));
        try {
            return mapper.convertValue(semplici, tipo);
        } catch (IllegalArgumentException e) {
            throw new DatiNonValidiException(messaggio(e.getCause() != null ? e.getCause() : e));
        }
    }

    private Object semplice(Object valore) {
        if (valore instanceof SpinJsonNode json) {
            try {
                return mapper.readTree(json.toString());
            } catch (IOException e) {
                throw new IllegalStateException("JSON non leggibile da una variabile Spin", e);
            }
        }
        if (valore instanceof String testo && testo.isBlank()) {
            return null;
        }
        return valore;
    }

    private static String messaggio(Throwable errore) {
        return ErroriDiLettura.messaggio(errore, "I dati inviati non sono leggibili: verificare i campi del modulo.");
    }

    /** Local date-time in Europe/Rome, with or without seconds; with an offset it is converted to Rome's time. */
    static final class DataOraRoma extends JsonDeserializer<LocalDateTime> {

        @Override
        public LocalDateTime deserialize(JsonParser parser, DeserializationContext contesto) throws IOException {
            String testo = parser.getValueAsString();
            if (testo == null || testo.isBlank()) {
                return null;
            }
            try {
                return LocalDateTime.parse(testo.strip());
            } catch (DateTimeParseException senzaOffset) {
                try {
                    return OffsetDateTime.parse(testo.strip())
                            .atZoneSameInstant(ROMA)
                            .toLocalDateTime();
                } catch (DateTimeParseException e) {
                    return (LocalDateTime) contesto.handleWeirdStringValue(
                            LocalDateTime.class, testo, "data e ora non valide (atteso 2026-12-01T10:30)");
                }
            }
        }
    }
}
