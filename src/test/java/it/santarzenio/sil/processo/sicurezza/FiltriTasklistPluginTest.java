package it.santarzenio.sil.processo.sicurezza;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.santarzenio.sil.ApplicazioneSuH2;
import it.santarzenio.sil.ClientHttp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Each user sees in Tasklist exactly the saved filters of its groups. */
@ApplicazioneSuH2
class FiltriTasklistPluginTest {

    private static final String MIEI = "I miei compiti";
    private static final String GRUPPO = "Compiti del mio gruppo";
    private static final String INFORMATIVO = "Sportello Informativo di Orientamento al Lavoro";
    private static final String SPECIALISTICO = "Sportello di Orientamento Specialistico";
    private static final String PARTNER = "Società partner (incontro domanda/offerta)";
    private static final String CABINA = "Cabina di Regia";
    private static final String OGGI_INFORMATIVO = "Colloqui di oggi - " + INFORMATIVO;
    private static final String OGGI_SPECIALISTICO = "Colloqui di oggi - " + SPECIALISTICO;

    private final ClientHttp client;
    private final String password;
    private final ObjectMapper json;

    FiltriTasklistPluginTest(
            @LocalServerPort int porta, @Value("${sil.demo.password}") String password, ObjectMapper json) {
        this.client = new ClientHttp(porta);
        this.password = password;
        this.json = json;
    }

    static List<Object[]> filtriPerUtente() {
        return List.of(
                new Object[] {"informativo", List.of(MIEI, GRUPPO, INFORMATIVO, OGGI_INFORMATIVO)},
                new Object[] {"specialistico", List.of(MIEI, GRUPPO, SPECIALISTICO, OGGI_SPECIALISTICO)},
                new Object[] {"partner", List.of(MIEI, GRUPPO, PARTNER)},
                new Object[] {"cabina", List.of(MIEI, GRUPPO, CABINA)},
                new Object[] {"responsabile", List.of()},
                // camunda-admin passes every authorization check.
                new Object[] {
                    "admin",
                    List.of(
                            MIEI,
                            GRUPPO,
                            INFORMATIVO,
                            SPECIALISTICO,
                            PARTNER,
                            CABINA,
                            OGGI_INFORMATIVO,
                            OGGI_SPECIALISTICO)
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filtriPerUtente")
    void utenteDemo_vedeSoloIFiltriDelSuoGruppo(String utente, List<String> attesi) throws Exception {
        var risposta = client.get("/engine-rest/filter?resourceType=Task", utente, password);

        assertThat(risposta.statusCode()).isEqualTo(200);
        var filtri = json.readValue(risposta.body(), new TypeReference<List<Map<String, Object>>>() {});
        assertThat(filtri).extracting(filtro -> filtro.get("name")).containsExactlyInAnyOrderElementsOf(attesi);
    }
}
