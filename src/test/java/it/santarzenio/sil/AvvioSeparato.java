package it.santarzenio.sil;

import java.util.ArrayList;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the whole application as {@code java -jar} would, outside Spring's test context cache, for tests about
 * start-up itself (profiles, restarts). The caller closes it.
 */
public final class AvvioSeparato {

    private AvvioSeparato() {}

    /** The application in {@code profilo}, with {@code proprieta} as command-line arguments, on a random port. */
    public static ConfigurableApplicationContext avvia(String profilo, Map<String, String> proprieta) {
        var argomenti = new ArrayList<String>();
        proprieta.forEach((nome, valore) -> argomenti.add("--" + nome + "=" + valore));
        argomenti.add("--server.port=0");
        // A cached test context of this JVM may hold the engine named "default"; two engines must not share a name.
        argomenti.add("--camunda.bpm.generate-unique-process-engine-name=true");
        return new SpringApplicationBuilder(SilApplication.class)
                .profiles(profilo)
                .run(argomenti.toArray(String[]::new));
    }

    /** The demo profile on database {@code database} of the JVM's embedded PostgreSQL. */
    public static ConfigurableApplicationContext demoSuPostgres(String database) {
        return avvia(
                "demo",
                Map.of(
                        "spring.datasource.url",
                        PostgresEmbedded.url(database),
                        "spring.datasource.username",
                        PostgresEmbedded.UTENTE,
                        "spring.datasource.password",
                        PostgresEmbedded.PASSWORD,
                        "sil.demo.database-non-incorporato",
                        "true"));
    }
}
