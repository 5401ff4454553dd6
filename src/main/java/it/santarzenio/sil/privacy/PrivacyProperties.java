package it.santarzenio.sil.privacy;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;

/**
 * {@code sil.privacy.*}: how long a citizen's data are kept after their last contact (ISO-8601 period, default
 * {@code P10Y}), when the anonymisation job runs (Spring cron in Europe/Rome, default 02:30 every night; {@code -}
 * turns it off) and how many citizens it reads at a time. Checked at start-up: a wrong value stops the application
 * with a message that names the property, rather than anonymising too early or never.
 */
@ConfigurationProperties("sil.privacy")
public record PrivacyProperties(
        @DefaultValue("P10Y") Period conservazione,
        @DefaultValue(CRON_PREDEFINITO) String cron,
        @DefaultValue("100") int lotto) {

    static final String CRON_PREDEFINITO = "0 30 2 * * *";

    public PrivacyProperties {
        // isNegative: any of years, months and days below zero.
        if (conservazione.isNegative() || conservazione.isZero()) {
            throw new IllegalArgumentException("sil.privacy.conservazione deve essere un periodo positivo in formato"
                    + " ISO-8601, per esempio P10Y (dieci anni), non " + conservazione + ".");
        }
        if (!"-".equals(cron) && !CronExpression.isValidExpression(cron)) {
            throw new IllegalArgumentException("sil.privacy.cron deve essere un'espressione cron di Spring a sei campi"
                    + " (secondi minuti ore giorno mese giorno-della-settimana), per esempio \"" + CRON_PREDEFINITO
                    + "\", oppure \"-\" per non eseguire l'anonimizzazione programmata; non \"" + cron + "\".");
        }
        if (lotto < 1 || lotto > 10_000) {
            throw new IllegalArgumentException("sil.privacy.lotto deve essere tra 1 e 10000, non " + lotto + ".");
        }
    }
}
