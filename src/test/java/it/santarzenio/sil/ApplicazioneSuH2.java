package it.santarzenio.sil;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.TestConstructor;
import org.springframework.test.context.TestConstructor.AutowireMode;

/**
 * The application as {@code mvn spring-boot:run} starts it (demo profile, demo users), on an in-memory H2 instead of
 * the file under ./data, behind a real HTTP port. Every test class with this annotation and nothing else shares one
 * cached context: add a property or a mock and you pay a second start-up (and need a unique engine name).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:sil;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE")
@TestConstructor(autowireMode = AutowireMode.ALL)
public @interface ApplicazioneSuH2 {}
