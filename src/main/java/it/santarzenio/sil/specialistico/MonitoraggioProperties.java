package it.santarzenio.sil.specialistico;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code sil.monitoraggio.intervallo}: how often a project in progress is checked (ISO-8601, default P30D). */
@ConfigurationProperties("sil.monitoraggio")
record MonitoraggioProperties(@DefaultValue("P30D") Period intervallo) {}
