package it.santarzenio.sil.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Italian locale files against the English ones of the Camunda webjar on the classpath: after a Camunda upgrade
 * that adds a text, this fails naming the key, instead of the operator seeing the raw key in Tasklist, Cockpit or Admin.
 */
class TraduzioneItalianaTest {

    static final String APP = "META-INF/resources/webjars/camunda/app/";

    /** Angular placeholders, HTML tags and moment's %s/%d: what a translation must carry over unchanged. */
    static final Pattern SEGNAPOSTO = Pattern.compile("\\{\\{[^}]*}}|</?(?:a|b|br|em|strong|span|code)\\b[^>]*>|%[sd]");

    final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome", "cockpit", "admin"})
    void ogniTestoIngleseDiCamundaHaLaSuaTraduzione(String webapp) throws IOException {
        var inglese = leggi(APP + webapp + "/locales/en.json");
        var italiano = leggi(APP + webapp + "/locales/it.json");

        // Differences rather than containsExactlyInAnyOrder: with Cockpit's 2,500 keys the failure would print them
        // all.
        assertThat(differenza(chiavi(inglese), chiavi(italiano)))
                .as("untranslated keys")
                .isEmpty();
        assertThat(differenza(chiavi(italiano), chiavi(inglese)))
                .as("keys Camunda no longer has")
                .isEmpty();
        var etichetteIt = italiano.get("labels");
        inglese.get("labels").properties().forEach(voce -> assertThat(
                        segnaposto(etichetteIt.get(voce.getKey()).asText()))
                .as(voce.getKey())
                .isEqualTo(segnaposto(voce.getValue().asText())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome", "cockpit", "admin"})
    void laConfigurazioneDelProgettoPrevaleEScegliePrimaLItaliano(String webapp) throws IOException {
        String config = testo(APP + webapp + "/scripts/config.js");

        assertThat(config).contains("availableLocales: ['it', 'en']").contains("fallbackLocale: 'it'");
    }

    /**
     * Every key path down to the leaves, "labels.START" or "dateLocales.longDateFormat.LT", so that nested objects are
     * compared at any depth.
     */
    static List<String> chiavi(JsonNode radice) {
        var chiavi = new ArrayList<String>();
        aggiungiChiavi("", radice, chiavi);
        return chiavi;
    }

    private static void aggiungiChiavi(String percorso, JsonNode nodo, List<String> chiavi) {
        if (!nodo.isObject()) {
            chiavi.add(percorso);
            return;
        }
        nodo.properties()
                .forEach(voce -> aggiungiChiavi(
                        percorso.isEmpty() ? voce.getKey() : percorso + "." + voce.getKey(), voce.getValue(), chiavi));
    }

    static List<String> differenza(List<String> chiavi, List<String> daTogliere) {
        var restanti = new ArrayList<>(chiavi);
        restanti.removeAll(daTogliere);
        return restanti;
    }

    static Map<String, Long> segnaposto(String testo) {
        var conteggio = new TreeMap<String, Long>();
        SEGNAPOSTO.matcher(testo).results().forEach(m -> conteggio.merge(m.group(), 1L, Long::sum));
        return conteggio;
    }

    JsonNode leggi(String risorsa) throws IOException {
        try (InputStream in = apri(risorsa)) {
            return json.readTree(in);
        }
    }

    static String testo(String risorsa) throws IOException {
        try (InputStream in = apri(risorsa)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The first on the classpath, as Spring Boot serves it: our target/classes before the webjar. */
    static InputStream apri(String risorsa) throws IOException {
        var url = TraduzioneItalianaTest.class.getClassLoader().getResource(risorsa);
        assertThat(url).as(risorsa).isNotNull();
        return url.openStream();
    }
}
