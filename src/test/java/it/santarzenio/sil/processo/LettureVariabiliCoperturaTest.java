package it.santarzenio.sil.processo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the engine's REST API that answers with a case's variables, as the engine's own OpenAPI
 * description ({@code camunda-engine-rest-openapi}) lists them, is audited or refused by {@link LettureVariabiliFilter},
 * or is named below with the reason it holds no case's data. A Camunda upgrade that adds such an operation fails here,
 * naming it, until someone decides.
 */
class LettureVariabiliCoperturaTest {

    /** Operations that return variables, but none of a case. */
    private static final Map<String, String> SENZA_DATI_DI_UNA_PRATICA = Map.ofEntries(
            Map.entry("POST /decision-definition/{id}/evaluate", "variabili date dal chiamante, esito della decisione"),
            Map.entry("POST /decision-definition/key/{key}/evaluate", "variabili date dal chiamante"),
            Map.entry("POST /decision-definition/key/{key}/tenant-id/{tenant-id}/evaluate", "variabili del chiamante"),
            Map.entry("GET /deployment/{id}/resources/{resourceId}/data", "i modelli BPMN, DMN e i moduli"),
            Map.entry("POST /migration/generate", "variabili del piano di migrazione, scritte dall'amministratore"),
            Map.entry("POST /migration/validate", "variabili del piano di migrazione, scritte dall'amministratore"),
            Map.entry("GET /process-definition/{id}/form-variables", "valori iniziali del modulo di avvio"),
            Map.entry("GET /process-definition/key/{key}/form-variables", "valori iniziali del modulo di avvio"),
            Map.entry(
                    "GET /process-definition/key/{key}/tenant-id/{tenant-id}/form-variables",
                    "valori iniziali del modulo di avvio"),
            Map.entry(
                    "GET /task/{id}",
                    "il campo variables del compito si riempie solo con withTaskVariablesInReturn dell'elenco, rifiutato"));

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void ogniOperazioneCheRestituisceVariabili_registrataRifiutataOMotivata() throws IOException {
        var operazioni = operazioniCheRestituisconoVariabili();
        assertThat(operazioni)
                .as("the description still lists the reads we know")
                .contains(
                        "GET /task/{id}/localVariables",
                        "GET /execution/{id}/localVariables",
                        "GET /process-instance/{id}/variables",
                        "GET /history/variable-instance",
                        "GET /history/detail")
                .hasSizeGreaterThan(40);

        var scoperte = new TreeMap<String, String>();
        for (String operazione : operazioni) {
            String metodo = operazione.substring(0, operazione.indexOf(' '));
            String percorso = "/engine-rest" + concreto(operazione.substring(operazione.indexOf(' ') + 1));
            boolean coperta = LettureVariabiliFilter.coperta(metodo, percorso)
                    && LettureVariabiliFilter.coperta(
                            metodo, percorso.replace("/engine-rest", "/camunda/api/engine/engine/default"));
            if (!coperta && !SENZA_DATI_DI_UNA_PRATICA.containsKey(operazione)) {
                scoperte.put(operazione, metodo + " " + percorso);
            }
        }
        assertThat(scoperte)
                .as("variable-reading operations neither audited, refused nor explained")
                .isEmpty();
        assertThat(SENZA_DATI_DI_UNA_PRATICA.keySet())
                .as("an explanation for an operation the description no longer has")
                .allMatch(operazioni::contains);
    }

    @Test
    void operazioniSenzaVariabili_nonSonoIntercettate() {
        assertThat(LettureVariabiliFilter.coperta("GET", "/engine-rest/process-definition"))
                .isFalse();
        assertThat(LettureVariabiliFilter.coperta("POST", "/engine-rest/task/abc/claim"))
                .isFalse();
        assertThat(LettureVariabiliFilter.coperta("GET", "/engine-rest/task/abc/localVariables/nome/data"))
                .isTrue();
    }

    /** "METHOD /path/{param}" of every operation whose answer carries variable values. */
    static Set<String> operazioniCheRestituisconoVariabili() throws IOException {
        JsonNode descrizione = descrizione();
        JsonNode schemi = descrizione.path("components").path("schemas");
        var memoria = new HashMap<String, Boolean>();
        var risultato = new java.util.TreeSet<String>();
        descrizione.path("paths").fields().forEachRemaining(percorso -> percorso.getValue()
                .fields()
                .forEachRemaining(operazione -> {
                    String metodo = operazione.getKey().toUpperCase(java.util.Locale.ROOT);
                    if (!List.of("GET", "POST", "PUT", "DELETE").contains(metodo)) {
                        return;
                    }
                    JsonNode risposte = operazione.getValue().path("responses");
                    boolean binario = percorso.getKey().endsWith("/data")
                            && risposte.toString().contains("application/octet-stream");
                    boolean variabili = riferimenti(risposte).stream()
                            .anyMatch(schema -> conVariabili(schema, schemi, memoria, new HashSet<>()));
                    if (variabili || binario) {
                        risultato.add(metodo + " " + percorso.getKey());
                    }
                }));
        return risultato;
    }

    static JsonNode descrizione() throws IOException {
        try (InputStream flusso = LettureVariabiliCoperturaTest.class.getResourceAsStream("/openapi.json")) {
            assertThat(flusso).as("openapi.json of camunda-engine-rest-openapi").isNotNull();
            return JSON.readTree(flusso);
        }
    }

    /** A variable: VariableValueDto, or a schema with a value next to a variable's name or type. */
    private static boolean conVariabili(
            String nome, JsonNode schemi, Map<String, Boolean> memoria, Set<String> visitati) {
        if (memoria.containsKey(nome)) {
            return memoria.get(nome);
        }
        if (!visitati.add(nome)) {
            return false;
        }
        JsonNode schema = schemi.path(nome);
        var proprieta = new HashSet<String>();
        schema.path("properties").fieldNames().forEachRemaining(proprieta::add);
        schema.path("allOf")
                .forEach(parte -> parte.path("properties").fieldNames().forEachRemaining(proprieta::add));
        boolean variabile = nome.equals("VariableValueDto")
                || (proprieta.contains("value")
                        && (proprieta.contains("variableName")
                                || proprieta.contains("variableType")
                                || (proprieta.contains("name") && proprieta.contains("type"))));
        if (!variabile) {
            for (String riferito : riferimenti(schema)) {
                if (conVariabili(riferito, schemi, memoria, visitati)) {
                    variabile = true;
                    break;
                }
            }
        }
        memoria.put(nome, variabile);
        return variabile;
    }

    private static List<String> riferimenti(JsonNode nodo) {
        var trovati = new ArrayList<String>();
        nodo.findValues("$ref").forEach(riferimento -> {
            String testo = riferimento.asText();
            trovati.add(testo.substring(testo.lastIndexOf('/') + 1));
        });
        return trovati;
    }

    /** A template's parameters filled with plausible ids. */
    static String concreto(String modello) {
        return modello.replaceAll("\\{key}", "PercorsoCittadinoProcess")
                .replaceAll("\\{varName}", "nome")
                .replaceAll("\\{[^}]+}", "id-di-prova");
    }
}
