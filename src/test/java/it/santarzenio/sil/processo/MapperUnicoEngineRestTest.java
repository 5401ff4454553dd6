package it.santarzenio.sil.processo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.santarzenio.sil.ApplicazioneSuH2;
import it.santarzenio.sil.ClientHttp;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.rest.dto.task.TaskQueryDto;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The engine REST API answers with one shared mapper configured as the engine's own (ADR 0025): the running Jersey
 * configuration holds it in place of the per-request {@link JacksonConfigurator}, and the API keeps the engine's date
 * format and its tolerance of unknown properties.
 */
@ApplicazioneSuH2
class MapperUnicoEngineRestTest {

    /** The engine's date format, {@code yyyy-MM-dd'T'HH:mm:ss.SSSZ}. */
    private static final String DATA_DEL_MOTORE = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}[+-]\\d{4}";

    private final CamundaJerseyResourceConfig configurazione;
    private final ClientHttp http;

    MapperUnicoEngineRestTest(CamundaJerseyResourceConfig configurazione, @LocalServerPort int porta) {
        this.configurazione = configurazione;
        this.http = new ClientHttp(porta);
    }

    @Test
    void laConfigurazioneInUsoHaUnSoloMapperAlPostoDiQuelloPerRichiesta() {
        assertThat(configurazione.getClasses()).doesNotContain(JacksonConfigurator.class);
        var risolutori = configurazione.getInstances().stream()
                .filter(MapperUnicoEngineRest.MapperUnico.class::isInstance)
                .map(MapperUnicoEngineRest.MapperUnico.class::cast)
                .toList();
        assertThat(risolutori).hasSize(1);
        var risolutore = risolutori.get(0);
        assertThat(risolutore.getContext(TaskQueryDto.class)).isSameAs(risolutore.getContext(Map.class));
    }

    @Test
    void ilMapperCondivisoScriveLeDateComeIlMotore() throws Exception {
        var condiviso = new MapperUnicoEngineRest.MapperUnico().getContext(Date.class);
        var delMotore = new JacksonConfigurator().getContext(Date.class);
        var data = new Date(1_733_300_000_000L);

        assertThat(condiviso.writeValueAsString(data)).isEqualTo(delMotore.writeValueAsString(data));
        assertThat(condiviso.readValue("\"2026-12-04T10:15:30.000+0100\"", Date.class))
                .isEqualTo(delMotore.readValue("\"2026-12-04T10:15:30.000+0100\"", Date.class));
    }

    @Test
    void lApiLeggeEScriveLeDateDelMotoreEIgnoraLeProprietaSconosciute() throws Exception {
        var distribuzioni = http.get("/engine-rest/deployment?maxResults=1", "admin", "demo");
        assertThat(distribuzioni.statusCode()).isEqualTo(200);
        var tempo = new ObjectMapper()
                .readTree(distribuzioni.body())
                .get(0)
                .get("deploymentTime")
                .asText();
        assertThat(tempo).matches(DATA_DEL_MOTORE);

        var compiti = http.postJson(
                "/engine-rest/task/count",
                "informativo",
                "demo",
                "{\"createdBefore\":\"2999-01-01T00:00:00.000+0000\",\"proprietaSconosciuta\":1}");
        assertThat(compiti.statusCode()).isEqualTo(200);
        assertThat(compiti.body()).contains("\"count\"");

        var dataIllegibile =
                http.postJson("/engine-rest/task/count", "informativo", "demo", "{\"createdBefore\":\"domani\"}");
        assertThat(dataIllegibile.statusCode()).isEqualTo(400);
    }
}
