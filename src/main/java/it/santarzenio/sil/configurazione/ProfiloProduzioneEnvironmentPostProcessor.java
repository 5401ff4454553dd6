package it.santarzenio.sil.configurazione;

import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start the {@code prod} profile without the database and administrator settings, before anything else
 * is built, naming every missing variable: a production node must never come up with a default password.
 */
public class ProfiloProduzioneEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final List<String> VARIABILI_OBBLIGATORIE =
            List.of("SIL_DB_URL", "SIL_DB_USER", "SIL_DB_PASSWORD", "SIL_ADMIN_USER", "SIL_ADMIN_PASSWORD");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
            return;
        }
        var mancanti = VARIABILI_OBBLIGATORIE.stream()
                .filter(nome -> {
                    String valore = environment.getProperty(nome);
                    return valore == null || valore.isBlank();
                })
                .toList();
        if (!mancanti.isEmpty()) {
            throw new IllegalStateException("Profilo prod: mancano le variabili d'ambiente obbligatorie "
                    + String.join(", ", mancanti)
                    + ". Impostarle prima dell'avvio (vedi README, sezione Produzione).");
        }
    }
}
