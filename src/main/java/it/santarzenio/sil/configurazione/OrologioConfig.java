package it.santarzenio.sil.configurazione;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service lives in Europe/Rome: its days, opening hours and case years are Italian ones. */
@Configuration
class OrologioConfig {

    public static final ZoneId ROMA = ZoneId.of("Europe/Rome");

    @Bean
    Clock orologio() {
        return Clock.system(ROMA);
    }
}
