package it.santarzenio.sil.cabina;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code sil.cabina.scadenza-approvazione}: the committee's time to decide on a proposal (ISO-8601, default P15D). */
@ConfigurationProperties("sil.cabina")
record CabinaProperties(@DefaultValue("P15D") Period scadenzaApprovazione) {}
