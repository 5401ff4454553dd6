package it.santarzenio.sil.configurazione;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start the {@code prod} profile without the database and administrator settings, before anything else
 * is built, naming every missing variable: a production node must never come up with a default password. And the
 * other way round: without {@code prod} (the demo profile, whose users have the password {@code demo}), only an
 * embedded H2 database is accepted, so that a node pointed at a real database by mistake does not open it to the
 * demo accounts. Tests that run the demo profile on PostgreSQL say so with
 * {@code sil.demo.database-non-incorporato=true}.
 */
public class ProfiloProduzioneEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final List<String> VARIABILI_OBBLIGATORIE =
            List.of("SIL_DB_URL", "SIL_DB_USER", "SIL_DB_PASSWORD", "SIL_ADMIN_USER", "SIL_ADMIN_PASSWORD");

    static final String DEMO_SU_DATABASE_ESTERNO = "sil.demo.database-non-incorporato";

    /** H2 in this JVM: a file or memory database; not {@code jdbc:h2:tcp:} or {@code ssl:}, which are servers. */
    private static final Pattern H2_INCORPORATO = Pattern.compile("jdbc:h2:(?!tcp:|ssl:).*", Pattern.CASE_INSENSITIVE);

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
            controllaDatabaseDemo(environment);
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

    private static void controllaDatabaseDemo(ConfigurableEnvironment environment) {
        String url = environment.getProperty("spring.datasource.url", "");
        if (H2_INCORPORATO.matcher(url.strip()).matches()
                || environment.getProperty(DEMO_SU_DATABASE_ESTERNO, Boolean.class, false)) {
            return;
        }
        String profili = environment.getActiveProfiles().length == 0
                ? String.join(",", environment.getDefaultProfiles())
                : String.join(",", environment.getActiveProfiles());
        throw new IllegalStateException("Avvio rifiutato: il profilo " + profili + " crea gli utenti dimostrativi con"
                + " password nota e accetta solo il database H2 incorporato, ma spring.datasource.url punta a "
                + url.replaceAll("//[^/@]*@", "//").replaceAll("[?;].*", "")
                + ". Per la produzione avviare con SPRING_PROFILES_ACTIVE=prod e le"
                + " variabili SIL_DB_* e SIL_ADMIN_* (vedi README, sezione Produzione).");
    }
}
