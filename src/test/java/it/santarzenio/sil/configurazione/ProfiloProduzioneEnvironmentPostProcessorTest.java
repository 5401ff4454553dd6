package it.santarzenio.sil.configurazione;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.santarzenio.sil.SilApplication;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;

/** A production node never starts with a missing database setting or a default administrator password. */
class ProfiloProduzioneEnvironmentPostProcessorTest {

    private static final Map<String, String> TUTTE = Map.of(
            "SIL_DB_URL", "jdbc:postgresql://db:5432/sil",
            "SIL_DB_USER", "sil",
            "SIL_DB_PASSWORD", "segreta",
            "SIL_ADMIN_USER", "amministratore",
            "SIL_ADMIN_PASSWORD", "segretissima");

    @Test
    void avvioProdSenzaVariabili_rifiutatoNominandoleTutte() {
        var applicazione = new SpringApplication(SilApplication.class);
        applicazione.setAdditionalProfiles("prod");
        applicazione.setEnvironment(ambiente(Map.of()));

        assertThatThrownBy(() -> applicazione.run("--server.port=0"))
                .hasMessageContainingAll(
                        "SIL_DB_URL", "SIL_DB_USER", "SIL_DB_PASSWORD", "SIL_ADMIN_USER", "SIL_ADMIN_PASSWORD");
    }

    @Test
    void manca_SIL_ADMIN_PASSWORD_rifiutatoNominandoSoloQuella() {
        var variabili = new HashMap<>(TUTTE);
        variabili.remove("SIL_ADMIN_PASSWORD");

        assertThatThrownBy(() -> controlla(ambiente(variabili), "prod"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SIL_ADMIN_PASSWORD")
                .hasMessageNotContaining("SIL_DB_URL")
                .hasMessageNotContaining("SIL_ADMIN_USER");
    }

    @Test
    void passwordVuota_trattataComeMancante() {
        var variabili = new HashMap<>(TUTTE);
        variabili.put("SIL_DB_PASSWORD", "  ");

        assertThatThrownBy(() -> controlla(ambiente(variabili), "prod")).hasMessageContaining("SIL_DB_PASSWORD");
    }

    @Test
    void tutteLeVariabili_avvioConsentito() {
        assertThatCode(() -> controlla(ambiente(TUTTE), "prod")).doesNotThrowAnyException();
    }

    @Test
    void profiloDemo_nessunaVariabileRichiesta() {
        assertThatCode(() -> controlla(ambiente(Map.of("spring.datasource.url", "jdbc:h2:mem:sil")), "demo"))
                .doesNotThrowAnyException();
    }

    @Test
    void demoSuPostgres_rifiutatoSpiegandoPerche() {
        var ambiente = ambiente(Map.of("spring.datasource.url", "jdbc:postgresql://db:5432/sil"));

        assertThatThrownBy(() -> controlla(ambiente, "demo"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContainingAll("demo", "H2", "jdbc:postgresql://db:5432/sil", "SPRING_PROFILES_ACTIVE=prod");
    }

    @Test
    void nessunProfiloSuPostgres_rifiutatoComeIlDemo() {
        var applicazione = new SpringApplication(SilApplication.class);
        applicazione.setEnvironment(ambiente(Map.of()));

        assertThatThrownBy(() -> applicazione.run(
                        "--server.port=0", "--spring.datasource.url=jdbc:postgresql://localhost:1/sil"))
                .hasMessageContaining("Avvio rifiutato: il profilo demo");
    }

    @Test
    void demoSuH2ServerTcp_rifiutato() {
        var ambiente = ambiente(Map.of("spring.datasource.url", "jdbc:h2:tcp://db/sil"));

        assertThatThrownBy(() -> controlla(ambiente, "demo")).hasMessageContaining("H2");
    }

    @Test
    void demoSuH2IncorporatoOEsplicitamenteConsentito_avvioConsentito() {
        assertThatCode(() -> controlla(ambiente(Map.of("spring.datasource.url", "jdbc:h2:file:./data/sil")), "demo"))
                .doesNotThrowAnyException();
        assertThatCode(() -> controlla(ambiente(Map.of("spring.datasource.url", "jdbc:h2:mem:x")), "qualunque"))
                .doesNotThrowAnyException();
        assertThatCode(() -> controlla(
                        ambiente(Map.of(
                                "spring.datasource.url",
                                "jdbc:postgresql://localhost/sil",
                                "sil.demo.database-non-incorporato",
                                "true")),
                        "demo"))
                .doesNotThrowAnyException();
    }

    private static void controlla(StandardEnvironment ambiente, String profilo) {
        ambiente.setActiveProfiles(profilo);
        new ProfiloProduzioneEnvironmentPostProcessor().postProcessEnvironment(ambiente, new SpringApplication());
    }

    /** An environment holding only {@code variabili}: whatever this machine exports cannot leak into the test. */
    private static StandardEnvironment ambiente(Map<String, String> variabili) {
        return new StandardEnvironment() {
            @Override
            protected void customizePropertySources(MutablePropertySources fonti) {
                fonti.addLast(new MapPropertySource("variabili", new HashMap<>(variabili)));
            }
        };
    }
}
