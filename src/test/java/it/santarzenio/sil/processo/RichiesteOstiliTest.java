package it.santarzenio.sil.processo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import it.santarzenio.sil.ApplicazioneSuH2;
import it.santarzenio.sil.ClientHttp;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Hostile input, generated: every {@code /api} endpoint (from Spring's own mappings) and every operation of the
 * engine REST API (from its OpenAPI description), called by operators of the groups with wrong types, huge strings,
 * bad JSON, impossible dates, unknown enumeration values, path traversal in ids and file names, duplicate keys. None
 * may answer 5xx, show a stack trace or a class name, or write anything when it refuses.
 *
 * <p>Bounded: one pass with a fixed seed (about two thousand requests). A longer run with other seeds:
 * {@code mvn -o -Dtest=RichiesteOstiliTest -Dsil.fuzz.giri=20 -Dsil.fuzz.seme=7 test} (README "Affidabilità").
 */
@ApplicazioneSuH2
class RichiesteOstiliTest {

    private static final int GIRI = Integer.getInteger("sil.fuzz.giri", 1);
    private static final long SEME = Long.getLong("sil.fuzz.seme", 15L);
    private static final List<String> UTENTI_API =
            List.of("informativo", "specialistico", "partner", "cabina", "admin");
    /**
     * The groups' operators: the administrator may suspend or delete anything on purpose, which would spoil the context
     * other test classes share.
     */
    private static final List<String> UTENTI_MOTORE = List.of("informativo", "specialistico", "partner", "cabina");

    /** A Java class named in full, or a frame of a stack trace. */
    private static final Pattern FUGA = Pattern.compile(
            "\\b(?:java|javax|jakarta|org|com|it|sun)\\.(?:[a-z0-9_]+\\.)+[A-Z]\\w*|\\bat [a-z]\\w*(?:\\.\\w+)+\\(|"
                    + "\\w+Exception:|Caused by");

    /** Tables a request could write to: the domain's and the engine's own (not its metrics or job bookkeeping). */
    private static final List<String> TABELLE_SCRITTE = List.of(
            "cittadino",
            "accesso",
            "scheda_utente",
            "appuntamento",
            "avviso_email",
            "colloquio",
            "profilo",
            "attivita_specialistica",
            "progetto",
            "monitoraggio",
            "rendicontazione",
            "nota_cartella",
            "documento_cartella",
            "proposta_progettuale",
            "decisione_cabina",
            "professione_cp2021",
            "offerta",
            "professione_desiderata",
            "candidatura",
            "segnalazione",
            "evento_audit",
            "act_ru_execution",
            "act_ru_task",
            "act_ru_variable",
            "act_ru_identitylink",
            "act_ru_authorization",
            "act_ru_filter",
            "act_re_deployment",
            "act_id_user",
            "act_id_group",
            "act_id_membership",
            "act_id_tenant",
            "act_hi_procinst",
            "act_hi_comment",
            "act_hi_attachment");

    private static final String ENORME = "x".repeat(20_000);
    private static final List<String> IDENTIFICATIVI = List.of(
            "../../../../etc/passwd",
            "..%2F..%2F..%2Fetc%2Fpasswd",
            "%2e%2e%5c%2e%2e%5cwindows%5cwin.ini",
            "SIL-2026-000001'%20OR%20'1'='1",
            "-1",
            "99999999999999999999999",
            "%00",
            "%F0%9F%92%A3",
            "x".repeat(3000),
            "NaN");
    private static final List<String> VALORI = List.of(
            "2026-02-30",
            "31/13/2026",
            "2026-12-01T25:61",
            "VALORE_SCONOSCIUTO",
            "true;drop table cittadino",
            "-999999999999",
            "1e400",
            "../../etc/passwd",
            "<script>alert(1)</script>",
            "x".repeat(4000));
    private static final List<String> CORPI = List.of(
            "{",
            "[",
            "{\"a\":",
            "null",
            "[]",
            "42",
            "\"testo\"",
            "{\"variables\": [1, 2, 3]}",
            "{\"variables\": {\"x\": {\"value\": \"2026-02-30\", \"type\": \"Date\"}}}",
            "{\"variables\": {\"x\": {\"value\": {\"a\": 1}, \"type\": \"Sconosciuto\"}}}",
            "{\"variables\": {\"x\": {\"value\": \"ZZ\", \"type\": \"Integer\"}}}",
            "{\"id\": 1, \"id\": 2, \"id\": \"tre\"}",
            "{\"esito\": \"VALORE_SCONOSCIUTO\", \"data\": \"2026-02-30\", \"offertaId\": \"abc\"}",
            "{\"testo\": \"" + ENORME + "\"}",
            "{\"professioniDesiderate\": \"8.1.3\", \"patente\": \"forse\", \"comune\": 12}",
            "{\"titolo\": [], \"oreSettimanali\": -5, \"validaDal\": \"ieri\", \"tipoContratto\": \"PIRATA\"}",
            "{\"sortBy\": \"'; drop table act_ru_task; --\", \"maxResults\": -1}",
            "{\"processInstanceIdIn\": \"non-una-lista\", \"variables\": [{\"name\": \"x\", \"operator\": \"boh\"}]}",
            "[".repeat(5000),
            "{\"a\": \"\\ud800\"}");

    private final ClientHttp client;
    private final RequestMappingHandlerMapping mappe;
    private final JdbcTemplate jdbc;
    private final Random caso = new Random(SEME);
    private final List<String> problemi = new ArrayList<>();
    private int richieste;

    RichiesteOstiliTest(
            @LocalServerPort int porta,
            @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
                    RequestMappingHandlerMapping mappe,
            JdbcTemplate jdbc) {
        this.client = new ClientHttp(porta);
        this.mappe = mappe;
        this.jdbc = jdbc;
    }

    @Test
    void ogniEndpointApiEOperazioneDelMotore_nessun5xxNessunaFugaNienteScritto() throws Exception {
        var inizio = Instant.now();
        var operazioni = new LinkedHashMap<String, String>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mappa :
                mappe.getHandlerMethods().entrySet()) {
            for (String modello : mappa.getKey().getPatternValues()) {
                if (!modello.startsWith("/api/")) {
                    continue;
                }
                var metodi = mappa.getKey().getMethodsCondition().getMethods();
                for (var metodo : metodi.isEmpty()
                        ? List.of(org.springframework.web.bind.annotation.RequestMethod.GET)
                        : metodi) {
                    operazioni.put(metodo.name() + " " + modello, "api");
                }
            }
        }
        int api = operazioni.size();
        JsonNode descrizione = LettureVariabiliCoperturaTest.descrizione();
        descrizione.path("paths").fields().forEachRemaining(percorso -> percorso.getValue()
                .fieldNames()
                .forEachRemaining(metodo -> operazioni.put(
                        metodo.toUpperCase(java.util.Locale.ROOT) + " /engine-rest" + percorso.getKey(), "motore")));
        assertThat(api).as("the /api endpoints found").isGreaterThanOrEqualTo(15);
        assertThat(operazioni.size() - api)
                .as("the engine operations described")
                .isGreaterThan(300);

        for (int giro = 0; giro < GIRI; giro++) {
            for (var operazione : operazioni.keySet()) {
                attacca(operazione, descrizione);
            }
        }
        var durata = Duration.between(inizio, Instant.now());
        System.out.printf(
                "Richieste ostili: %d richieste a %d endpoint /api e %d operazioni del motore in %d s (seme %d):"
                        + " %d problemi%n",
                richieste, api, operazioni.size() - api, durata.toSeconds(), SEME, problemi.size());
        problemi.forEach(problema -> System.out.println("PROBLEMA " + problema));
        assertThat(problemi).isEmpty();
    }

    /** All the variants for one operation; if every one was refused, nothing may have changed in the tables. */
    private void attacca(String operazione, JsonNode descrizione) {
        String metodo = operazione.substring(0, operazione.indexOf(' '));
        String modello = operazione.substring(operazione.indexOf(' ') + 1);
        var prima = conteggi();
        boolean tuttiRifiutati = true;
        for (String percorso : percorsi(modello)) {
            var utenti = modello.startsWith("/api/") ? UTENTI_API : UTENTI_MOTORE;
            String utente = utenti.get(caso.nextInt(utenti.size()));
            for (String corpo : corpiPer(metodo)) {
                HttpResponse<String> risposta;
                try {
                    risposta = invia(metodo, percorso, utente, corpo);
                } catch (java.io.UncheckedIOException chiusa) {
                    problemi.add(metodo + " " + abbrevia(percorso) + " come " + utente + " [" + abbrevia(corpo)
                            + "]: connessione chiusa senza risposta (" + chiusa.getMessage() + ")");
                    continue;
                }
                tuttiRifiutati &= risposta.statusCode() >= 400;
                controlla(metodo + " " + percorso + " come " + utente, risposta, corpo);
            }
        }
        if (tuttiRifiutati) {
            var dopo = conteggi();
            if (!dopo.equals(prima)) {
                problemi.add(operazione + ": rifiutata ma ha scritto " + differenza(prima, dopo));
            }
        }
    }

    private List<String> percorsi(String modello) {
        var percorsi = new ArrayList<String>();
        boolean conParametri = modello.contains("{");
        int quanti = conParametri ? 3 : 1;
        for (int i = 0; i < quanti; i++) {
            String identificativo = IDENTIFICATIVI.get(caso.nextInt(IDENTIFICATIVI.size()));
            String percorso = modello.replaceAll("\\{[^}]+}", java.util.regex.Matcher.quoteReplacement(identificativo));
            String parametro = VALORI.get(caso.nextInt(VALORI.size()));
            // One hostile value per request line, under Tomcat's 8 KB limit: the application is under test, not the
            // container's refusal of an oversized header.
            String chiave = List.of("maxResults", "sortBy", "dal", "sportello", "quanti", "due", "q")
                    .get(caso.nextInt(7));
            percorso += "?" + chiave + "=" + codifica(parametro) + "&firstResult=abc&sortOrder=su&processInstanceId="
                    + codifica(identificativo.length() > 100 ? "x" : identificativo)
                    + "&includeInputs=true&withTaskVariablesInReturn=forse";
            percorsi.add(percorso);
        }
        return percorsi;
    }

    private List<String> corpiPer(String metodo) {
        if (metodo.equals("GET") || metodo.equals("DELETE") || metodo.equals("OPTIONS") || metodo.equals("HEAD")) {
            return java.util.Collections.singletonList(null);
        }
        var scelti = new ArrayList<String>();
        for (int i = 0; i < 3; i++) {
            scelti.add(CORPI.get(caso.nextInt(CORPI.size())));
        }
        return scelti;
    }

    private HttpResponse<String> invia(String metodo, String percorso, String utente, String corpo) {
        richieste++;
        boolean multipart = (corpo != null && percorso.contains("/documenti"))
                || (percorso.startsWith("/api/cp2021") && metodo.equals("POST"));
        if (multipart) {
            return client.invia(
                    metodo,
                    percorso,
                    utente,
                    "demo",
                    "multipart/form-data; boundary=confine",
                    multipart().getBytes(StandardCharsets.UTF_8));
        }
        return client.invia(
                metodo,
                percorso,
                utente,
                "demo",
                corpo == null ? null : "application/json",
                corpo == null ? null : corpo.getBytes(StandardCharsets.UTF_8));
    }

    /** A file named to climb out of any folder, declared a PDF, holding a script. */
    private String multipart() {
        String nome = List.of(
                        "../../../../etc/passwd",
                        "..\\\\..\\\\win.ini",
                        "a\u0000.pdf",
                        "%2e%2e%2fx.pdf",
                        "x".repeat(2000) + ".pdf")
                .get(caso.nextInt(5));
        return "--confine\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + nome + "\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n<script>alert(1)</script>\r\n"
                + "--confine\r\nContent-Disposition: form-data; name=\"descrizione\"\r\n\r\n" + ENORME + "\r\n"
                + "--confine--\r\n";
    }

    private void controlla(String richiesta, HttpResponse<String> risposta, String corpo) {
        if (risposta.statusCode() >= 500) {
            problemi.add(richiesta + " [" + abbrevia(corpo) + "] -> " + risposta.statusCode() + " "
                    + abbrevia(risposta.body()));
            return;
        }
        var fuga = FUGA.matcher(risposta.body());
        if (risposta.statusCode() >= 400 && fuga.find()) {
            problemi.add(richiesta + " [" + abbrevia(corpo) + "] -> " + risposta.statusCode() + " mostra «"
                    + fuga.group() + "»: " + abbrevia(risposta.body()));
        }
    }

    private Map<String, Long> conteggi() {
        var conteggi = new LinkedHashMap<String, Long>();
        for (String tabella : TABELLE_SCRITTE) {
            conteggi.put(tabella, jdbc.queryForObject("select count(*) from " + tabella, Long.class));
        }
        return conteggi;
    }

    private static String differenza(Map<String, Long> prima, Map<String, Long> dopo) {
        var diverse = new ArrayList<String>();
        prima.forEach((tabella, righe) -> {
            if (!righe.equals(dopo.get(tabella))) {
                diverse.add(tabella + " " + righe + " -> " + dopo.get(tabella));
            }
        });
        return String.join(", ", diverse);
    }

    private static String codifica(String valore) {
        return URLEncoder.encode(valore, StandardCharsets.UTF_8);
    }

    private static String abbrevia(String testo) {
        if (testo == null) {
            return "";
        }
        return testo.length() > 200 ? testo.substring(0, 200) + "…" : testo;
    }
}
