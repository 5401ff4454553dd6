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
 * that adds a text, this fails naming the key, instead of the operator seeing the raw key in Tasklist.
 */
class TraduzioneItalianaTest {

    static final String APP = "META-INF/resources/webjars/camunda/app/";

    /** Angular placeholders, HTML tags and moment's %s/%d: what a translation must carry over unchanged. */
    static final Pattern SEGNAPOSTO = Pattern.compile("\\{\\{[^}]*}}|</?(?:a|b|br|em|strong|span|code)\\b[^>]*>|%[sd]");

    final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome"})
    void ogniTestoIngleseDiCamundaHaLaSuaTraduzione(String webapp) throws IOException {
        var inglese = leggi(APP + webapp + "/locales/en.json");
        var italiano = leggi(APP + webapp + "/locales/it.json");

        assertThat(chiavi(italiano)).containsExactlyInAnyOrderElementsOf(chiavi(inglese));
        var etichetteIt = italiano.get("labels");
        inglese.get("labels").properties().forEach(voce -> assertThat(
                        segnaposto(etichetteIt.get(voce.getKey()).asText()))
                .as(voce.getKey())
                .isEqualTo(segnaposto(voce.getValue().asText())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome"})
    void laConfigurazioneDelProgettoPrevaleEScegliePrimaLItaliano(String webapp) throws IOException {
        String config = testo(APP + webapp + "/scripts/config.js");

        assertThat(config).contains("availableLocales: ['it', 'en']").contains("fallbackLocale: 'it'");
    }

    /** Every key path, "labels.START" or "dateLocales.months", so that nested objects are compared too. */
    static List<String> chiavi(JsonNode radice) {
        var chiavi = new ArrayList<String>();
        radice.properties().forEach(sezione -> sezione.getValue()
                .properties()
                .forEach(voce -> chiavi.add(sezione.getKey() + "." + voce.getKey())));
        return chiavi;
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
