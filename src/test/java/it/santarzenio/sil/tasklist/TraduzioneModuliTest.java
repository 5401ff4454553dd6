package it.santarzenio.sil.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Camunda Forms' English texts against our table in moduli-italiano.js (ADR 0013). The texts are read from the
 * form-js bundled in the webjar on the classpath, so a Camunda upgrade that changes a message we translate, or adds a
 * validation message we do not, fails here, naming it, instead of the operator reading English.
 */
class TraduzioneModuliTest {

    static final String DEPS = "META-INF/resources/webjars/camunda/lib/deps.js";
    static final String SCRIPT =
            "META-INF/resources/webjars/camunda/app/tasklist/scripts/moduli-italiano/moduli-italiano.js";

    /** The first and the last validation message of form-js's validator, which pushes each error into a list. */
    static final String PRIMO = "Value is not a number.";

    static final String ULTIMO = "Field must be a valid email.";

    static final Pattern LETTERALE = Pattern.compile("`([^`]*)`|\"([^\"\\\\]*)\"");
    static final Pattern ESPRESSIONE = Pattern.compile("\\$\\{[^}]*}");

    /**
     * Messages form-js composes by concatenation ("Value is expected to " + "be an integer" + "."): the pieces of
     * source that must still be there for our translation to match what the operator reads.
     */
    static final Map<String, List<String>> COMPOSTI = Map.of(
            "Value is expected to be an integer.",
            List.of("\"Value is expected to \"+(0===n?\"be an integer\"", ")+\".\""),
            "Value is expected to have at most {0} decimal digit.",
            List.of("\"Value is expected to \"+", "`have at most ${n} decimal digit${n>1?\"s\":\"\"}`)+\".\""),
            "Value is expected to have at most {0} decimal digits.",
            List.of("\"Value is expected to \"+", "`have at most ${n} decimal digit${n>1?\"s\":\"\"}`)+\".\""));

    final ObjectMapper json = new ObjectMapper();

    @Test
    void ogniTestoTradottoEsisteAncoraInFormJs() throws IOException {
        String formJs = testo(DEPS);
        var mancanti = new ArrayList<String>();
        for (String inglese : inglesi(tabella())) {
            for (String frammento : COMPOSTI.getOrDefault(inglese, frammenti(inglese))) {
                if (!formJs.contains(frammento)) {
                    mancanti.add(inglese + " (" + frammento + ")");
                }
            }
        }
        assertThat(mancanti)
                .as("texts form-js no longer writes: translate the new ones")
                .isEmpty();
    }

    @Test
    void ogniMessaggioDiValidazioneDiFormJsHaLaSuaTraduzione() throws IOException {
        String formJs = testo(DEPS);
        int inizio = formJs.indexOf(PRIMO);
        int fine = formJs.indexOf(ULTIMO);
        assertThat(inizio).as("form-js validator (\"" + PRIMO + "\") not found").isPositive();
        assertThat(fine).as("form-js validator (\"" + ULTIMO + "\") not found").isGreaterThan(inizio);
        String validatore = formJs.substring(inizio - 1, fine + ULTIMO.length() + 1);

        var nostri = inglesi(tabella());
        var nonTradotti = new TreeSet<String>();
        var letterali = LETTERALE.matcher(validatore);
        while (letterali.find()) {
            String letterale = letterali.group(1) != null ? letterali.group(1) : letterali.group(2);
            // Sentences only: not the field types, keys and single letters the validator also compares.
            if (!letterale.contains(" ")) {
                continue;
            }
            for (String frammento : frammenti(letterale)) {
                if (nostri.stream().noneMatch(inglese -> inglese.contains(frammento))) {
                    nonTradotti.add(letterale);
                }
            }
        }
        assertThat(nonTradotti)
                .as("form-js validation messages without Italian")
                .isEmpty();
    }

    @Test
    void lItalianoConservaISegnapostoELoScriptECaricatoDaTasklist() throws IOException {
        JsonNode tabella = tabella();
        tabella.path("modelli").properties().forEach(voce -> assertThat(
                        segnaposto(voce.getValue().asText()))
                .as(voce.getKey())
                .isEqualTo(segnaposto(voce.getKey())));
        tabella.path("esatte").properties().forEach(voce -> assertThat(
                        voce.getValue().asText())
                .as(voce.getKey())
                .isNotBlank()
                .isNotEqualTo(voce.getKey()));
        assertThat(testo(TraduzioneItalianaTest.APP + "tasklist/scripts/config.js"))
                .contains("'scripts/moduli-italiano/moduli-italiano.js'");
    }

    private JsonNode tabella() throws IOException {
        String script = testo(SCRIPT);
        int inizio = script.indexOf("/* inizio traduzioni */");
        int fine = script.indexOf("/* fine traduzioni */");
        String oggetto = script.substring(script.indexOf('{', inizio), script.lastIndexOf('}', fine) + 1);
        return json.readTree(oggetto);
    }

    private static List<String> inglesi(JsonNode tabella) {
        var inglesi = new ArrayList<String>();
        tabella.path("esatte").fieldNames().forEachRemaining(inglesi::add);
        tabella.path("modelli").fieldNames().forEachRemaining(inglesi::add);
        return inglesi;
    }

    /** The literal parts of a text around its {0} placeholders or ${...} expressions, each at least 3 characters. */
    private static List<String> frammenti(String testo) {
        return Arrays.stream(ESPRESSIONE.matcher(testo).replaceAll("{0}").split("\\{\\d}"))
                .map(String::strip)
                .filter(frammento -> frammento.length() >= 3)
                .toList();
    }

    private static List<String> segnaposto(String testo) {
        var trovati = new ArrayList<String>();
        var m = Pattern.compile("\\{\\d}").matcher(testo);
        while (m.find()) {
            trovati.add(m.group());
        }
        return trovati.stream().sorted().toList();
    }

    private static String testo(String risorsa) throws IOException {
        try (InputStream in = TraduzioneModuliTest.class.getClassLoader().getResourceAsStream(risorsa)) {
            assertThat(in).as(risorsa).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
