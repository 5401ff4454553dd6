package it.santarzenio.sil;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestConstructor;
import org.springframework.test.context.TestConstructor.AutowireMode;

/**
 * The application in the demo profile on the JVM's one embedded PostgreSQL ({@link PostgresEmbedded}, database
 * {@code sil}), behind a real HTTP port. Test classes with this annotation share one cached context; name them
 * {@code *IT} so that failsafe runs them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// No shutdown hook: at JVM exit zonky stops PostgreSQL in a hook of its own, concurrently, and a context closing at
// the same moment (the engine flushes its metrics) waits on a dead database until surefire kills the fork.
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.main.register-shutdown-hook=false")
@ContextConfiguration(initializers = PostgresEmbedded.Inizializzatore.class)
@TestConstructor(autowireMode = AutowireMode.ALL)
public @interface ApplicazioneSuPostgres {}
