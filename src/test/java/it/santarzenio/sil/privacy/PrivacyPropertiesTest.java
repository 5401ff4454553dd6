package it.santarzenio.sil.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** sil.privacy.* as the start-up binds it: defaults, and a wrong value that stops the application with a clear cause. */
class PrivacyPropertiesTest {

    private final ApplicationContextRunner avvio =
            new ApplicationContextRunner().withUserConfiguration(Configurazione.class);

    @EnableConfigurationProperties(PrivacyProperties.class)
    static class Configurazione {}

    @Test
    void senzaConfigurazione_dieciAnniAlle0230ACentoPerVolta() {
        avvio.run(contesto -> {
            var privacy = contesto.getBean(PrivacyProperties.class);
            assertThat(privacy.conservazione()).isEqualTo(Period.ofYears(10));
            assertThat(privacy.cron()).isEqualTo("0 30 2 * * *");
            assertThat(privacy.lotto()).isEqualTo(100);
        });
    }

    @Test
    void periodoIsoEProgrammazioneSpenta_accettati() {
        avvio.withPropertyValues("sil.privacy.conservazione=P5Y6M", "sil.privacy.cron=-")
                .run(contesto -> {
                    assertThat(contesto).hasNotFailed();
                    assertThat(contesto.getBean(PrivacyProperties.class).conservazione())
                            .isEqualTo(Period.of(5, 6, 0));
                });
    }

    @Test
    void periodoNonIso_laPartenzaFallisceNominandoLaProprieta() {
        avvio.withPropertyValues("sil.privacy.conservazione=dieci anni").run(contesto -> {
            assertThat(contesto).hasFailed();
            assertThat(contesto.getStartupFailure())
                    .hasMessageContaining("sil.privacy")
                    .rootCause()
                    .hasMessageContaining("dieci anni");
        });
    }

    @Test
    void periodoNulloONegativo_laPartenzaFallisceConMessaggioItaliano() {
        for (String periodo : new String[] {"P0D", "-P1Y", "P10Y-1D"}) {
            avvio.withPropertyValues("sil.privacy.conservazione=" + periodo).run(contesto -> {
                assertThat(contesto).as(periodo).hasFailed();
                assertThat(contesto.getStartupFailure())
                        .as(periodo)
                        .rootCause()
                        .hasMessageContaining("sil.privacy.conservazione deve essere un periodo positivo");
            });
        }
    }

    @Test
    void cronOLottoSbagliati_laPartenzaFallisce() {
        avvio.withPropertyValues("sil.privacy.cron=ogni notte").run(contesto -> assertThat(contesto.getStartupFailure())
                .rootCause()
                .hasMessageContaining("sil.privacy.cron deve essere un'espressione cron"));
        avvio.withPropertyValues("sil.privacy.lotto=0").run(contesto -> assertThat(contesto.getStartupFailure())
                .rootCause()
                .hasMessageContaining("sil.privacy.lotto deve essere tra 1 e 10000"));
    }
}
