package it.santarzenio.sil.verifica;

import java.time.Period;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sil.verifica-esiti.intervalli}: when, after a case closed with ORIENTAMENTO_CONCLUSO or PROGETTO_CONCLUSO,
 * the informative desk asks the citizen how they are (ISO-8601 periods from the closure, default P6M,P12M: the
 * ministry's GOL monitoring counts who is employed 180 days after being taken in charge). Each check is due one
 * month after it appears.
 */
@ConfigurationProperties("sil.verifica-esiti")
public record VerificaEsitiProperties(@DefaultValue({"P6M", "P12M"}) List<Period> intervalli) {

    public VerificaEsitiProperties {
        if (intervalli.isEmpty() || intervalli.stream().anyMatch(p -> p.isNegative() || p.isZero())) {
            throw new IllegalArgumentException(
                    "sil.verifica-esiti.intervalli: servono uno o più periodi ISO-8601 positivi, per esempio P6M,P12M.");
        }
        intervalli = List.copyOf(intervalli);
    }

    /** Time the desk has to answer a check once it appears. */
    public static final Period SCADENZA = Period.ofMonths(1);
}
