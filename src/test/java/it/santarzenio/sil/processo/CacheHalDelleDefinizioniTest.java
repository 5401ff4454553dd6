package it.santarzenio.sil.processo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.santarzenio.sil.ApplicazioneSuH2;
import it.santarzenio.sil.Casi;
import it.santarzenio.sil.ClientHttp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.hal.processDefinition.HalProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tasklist's HAL lists embed the definitions of their tasks from the cache of {@link CacheHalDelleDefinizioni} (ADR
 * 0025), which the server's threads may share.
 */
@ApplicazioneSuH2
class CacheHalDelleDefinizioniTest {

    private final ClientHttp client;
    private final ProcessEngine engine;
    private final ObjectMapper json = new ObjectMapper();

    CacheHalDelleDefinizioniTest(@LocalServerPort int porta, ProcessEngine engine) {
        this.client = new ClientHttp(porta);
        this.engine = engine;
    }

    @Test
    void laListaHalPrendeLaDefinizioneDallaCache() throws Exception {
        var caso = Casi.avviaEPrenota(client);
        String definizione = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(caso.istanza())
                .list()
                .get(0)
                .getProcessDefinitionId();
        var cache = Hal.getInstance().getHalRelationCache(HalProcessDefinition.class);
        assertThat(cache).isInstanceOf(CacheHalDelleDefinizioni.Sincronizzata.class);
        var sincronizzata = (CacheHalDelleDefinizioni.Sincronizzata) cache;
        sincronizzata.remove(definizione);

        JsonNode prima = listaDelGruppo();
        assertThat(definizioni(prima)).contains(definizione);
        assertThat(cache.get(definizione))
                .as("the definition, cached by the first list")
                .isNotNull();

        JsonNode dopo = listaDelGruppo();
        assertThat(definizioni(dopo)).contains(definizione);
        assertThat(sincronizzata.getCapacity()).isEqualTo(CacheHalDelleDefinizioni.CAPIENZA);
        assertThat(sincronizzata.getSecondsToLive()).isEqualTo(CacheHalDelleDefinizioni.SECONDI);
    }

    /** Eight threads filling a cache smaller than their ids, as the server's threads do: nothing breaks, none is lost. */
    @Test
    void piuThreadInsiemeNonRomponoLaCache() throws Exception {
        var cache = new CacheHalDelleDefinizioni.Sincronizzata(50, 300);
        var esecutore = Executors.newFixedThreadPool(8);
        try {
            var esiti = new ArrayList<Future<?>>();
            for (int t = 0; t < 8; t++) {
                int filo = t;
                esiti.add(esecutore.submit(() -> {
                    for (int i = 0; i < 20_000; i++) {
                        String id = "def-" + filo + "-" + (i % 200);
                        cache.put(id, id);
                        cache.get("def-" + ((filo + 1) % 8) + "-" + (i % 200));
                    }
                }));
            }
            for (var esito : esiti) {
                esito.get();
            }
        } finally {
            esecutore.shutdownNow();
        }
        assertThat(cache.size()).isLessThanOrEqualTo(50);
    }

    private JsonNode listaDelGruppo() throws Exception {
        String filtro = engine.getFilterService()
                .createFilterQuery()
                .filterName("Compiti del mio gruppo")
                .singleResult()
                .getId();
        var risposta = client.listaHalDelFiltro(filtro, 50, "informativo", "demo");
        assertThat(risposta.statusCode()).as(risposta.body()).isEqualTo(200);
        return json.readTree(risposta.body());
    }

    private static List<String> definizioni(JsonNode lista) {
        var id = new ArrayList<String>();
        lista.path("_embedded")
                .path("processDefinition")
                .forEach(d -> id.add(d.path("id").asText()));
        return id;
    }
}
