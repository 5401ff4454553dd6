package it.santarzenio.sil.agenda;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** A free slot as an operator chooses it: an Italian label and the local date-time value a form sends back. */
public record SlotLibero(ZonedDateTime inizio, String etichetta, String valore) {

    static final DateTimeFormatter ETICHETTA = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ITALIAN);
    private static final DateTimeFormatter VALORE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    static SlotLibero di(ZonedDateTime inizio) {
        LocalDateTime locale = inizio.toLocalDateTime();
        return new SlotLibero(inizio, ETICHETTA.format(locale), VALORE.format(locale));
    }

    /** The shape of a Camunda Forms select option ({@code valuesKey}): {@code label} and {@code value}. */
    public Map<String, String> comeOpzione() {
        return Map.of("label", etichetta, "value", valore);
    }
}
