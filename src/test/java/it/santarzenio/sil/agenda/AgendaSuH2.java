package it.santarzenio.sil.agenda;

import it.santarzenio.sil.OrologioRegolabile;
import it.santarzenio.sil.accesso.AccessoService;
import it.santarzenio.sil.accesso.internal.NumeratorePratiche;
import it.santarzenio.sil.audit.AuditService;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDateTime;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestConstructor;
import org.springframework.test.context.TestConstructor.AutowireMode;

/**
 * The agenda module (and the accesso service it reads names from) on an in-memory H2 migrated by Flyway, without
 * the engine or the web layer, with a clock
 * the test sets ({@link OrologioRegolabile}, at first Monday 2026-11-30 09:00). Starts in a couple of seconds;
 * classes with this annotation and nothing else share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DataJpaTest
@ImportAutoConfiguration(ValidationAutoConfiguration.class)
@Import({AgendaSuH2.Moduli.class, AccessoService.class, AuditService.class, NumeratorePratiche.class})
@TestConstructor(autowireMode = AutowireMode.ALL)
public @interface AgendaSuH2 {

    LocalDateTime ADESSO = LocalDateTime.of(2026, 11, 30, 9, 0);

    @TestConfiguration(proxyBeanMethods = false)
    @ComponentScan(
            basePackageClasses = AgendaService.class,
            excludeFilters = {
                @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*\\.agenda\\.web\\..*"),
                @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = TestConfiguration.class)
            })
    @EnableConfigurationProperties(AgendaProperties.class)
    class Moduli {

        @Bean
        @Primary
        OrologioRegolabile orologioDiProva() {
            return new OrologioRegolabile(ADESSO);
        }
    }
}
