package it.santarzenio.sil.cabina;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sil.cabina.*}: the committee's time to decide on a proposal (ISO-8601, default P15D) and the sender of the
 * reminders to the service managers.
 */
@ConfigurationProperties("sil.cabina")
record CabinaProperties(
        @DefaultValue("P15D") Period scadenzaApprovazione,
        @DefaultValue("Sportello Lavoro <sportello.lavoro@comune.santarzenio.example>") String mittente) {}
