package it.santarzenio.sil.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A whole defined-project path (nine user tasks, Fase I and Fase II) driven through the REST API as Tasklist drives
 * it, by the demo user of each desk: the start form (its variables, then submit), and for each task: find it in the
 * desk's filter, read its form variables, claim it, submit its form. Each REST call is one action.
 */
final class PercorsoRest {

    record Esito(int clienti, int percorsi, int azioni, double secondi, Campioni latenze, int slotOccupati) {
        double azioniAlSecondo() {
            return azioni / secondi;
        }
    }

    private record Passo(String compito, Operatori operatore, Function<JsonNode, Map<String, Object>> modulo) {}

    private final Rest rest;
    private final boolean nudo;
    private final Map<String, String> filtroSportello = new HashMap<>();
    private final AtomicInteger percorsiAvviati = new AtomicInteger();
    private final AtomicInteger slotOccupati = new AtomicInteger();

    /**
     * What happens between booking and the interview, off the clock: the day of the appointment comes (the application
     * records a presence only from the appointment's hour on). Given the case number.
     */
    private final Consumer<String> giornoDelColloquio;

    PercorsoRest(Rest rest, boolean nudo, Interrogazioni interrogazioni, Consumer<String> giornoDelColloquio) {
        this.rest = rest;
        this.nudo = nudo;
        this.giornoDelColloquio = giornoDelColloquio;
        for (Operatori operatore : List.of(Operatori.INFORMATIVO, Operatori.SPECIALISTICO)) {
            filtroSportello.put(
                    operatore.utente(),
                    interrogazioni.filtri(operatore.utente()).get(operatore.filtroSportello()));
        }
    }

    /** {@code percorsi} whole paths on each of {@code clienti} concurrent clients. */
    Esito esegui(int clienti, int percorsi) throws Exception {
        var latenze = new Campioni();
        var esecutore = Executors.newFixedThreadPool(clienti);
        slotOccupati.set(0);
        long inizio = System.nanoTime();
        try {
            var lavori = new ArrayList<Callable<Void>>();
            for (int c = 0; c < clienti; c++) {
                int cliente = c;
                lavori.add(() -> {
                    for (int p = 0; p < percorsi; p++) {
                        percorso(cliente, latenze);
                    }
                    return null;
                });
            }
            for (var esito : esecutore.invokeAll(lavori)) {
                esito.get();
            }
        } finally {
            esecutore.shutdownNow();
        }
        double secondi = (System.nanoTime() - inizio) / 1e9;
        return new Esito(clienti, clienti * percorsi, latenze.numero(), secondi, latenze, slotOccupati.get());
    }

    private void percorso(int cliente, Campioni latenze) {
        String processo = nudo ? "PercorsoNudoProcess" : "PercorsoCittadinoProcess";
        String informativo = Operatori.INFORMATIVO.utente();
        misura(latenze, rest.get("/process-definition/key/" + processo + "/form-variables", informativo));
        var corpo = new LinkedHashMap<String, Object>();
        corpo.put("variables", variabili(Casi.schedaAccesso(Casi.nuovoCodiceFiscale(cliente), cliente)));
        if (nudo) {
            corpo.put("businessKey", "NUDO-PERCORSO-" + percorsiAvviati.incrementAndGet() + "-" + System.nanoTime());
        }
        var avvio =
                misura(latenze, rest.post("/process-definition/key/" + processo + "/submit-form", informativo, corpo));
        String chiave = avvio.json().get("businessKey").asText();
        for (Passo passo : passi(cliente)) {
            if (passo.compito().equals("Task_ColloquioAssessment")) {
                giornoDelColloquio.accept(chiave);
            }
            compito(chiave, passo, latenze);
        }
    }

    private void compito(String chiave, Passo passo, Campioni latenze) {
        String utente = passo.operatore().utente();
        var ricerca = new HashMap<String, Object>(Interrogazioni.CORPO_LISTA);
        ricerca.put("processInstanceBusinessKey", chiave);
        ricerca.put("taskDefinitionKey", passo.compito());
        var trovati = misura(
                latenze,
                rest.postHal(
                        "/filter/" + filtroSportello.get(utente) + "/list?firstResult=0&maxResults=15",
                        utente,
                        ricerca));
        var compiti = trovati.json().path("_embedded").path("task");
        if (compiti.isEmpty()) {
            throw new IllegalStateException("Compito " + passo.compito() + " di " + chiave + " non trovato");
        }
        String id = compiti.get(0).get("id").asText();
        var modulo = misura(latenze, rest.get("/task/" + id + "/form-variables?deserializeValues=false", utente));
        misura(latenze, rest.post("/task/" + id + "/claim", utente, Map.of("userId", utente)));
        for (int tentativo = 0; ; tentativo++) {
            var invio = rest.post(
                    "/task/" + id + "/submit-form",
                    utente,
                    Map.of("variables", variabili(passo.modulo().apply(conTentativo(modulo.json(), tentativo)))));
            if (invio.riuscita()) {
                latenze.aggiungi(invio.millis());
                return;
            }
            // Two clients chose the same free slot: the application refuses the second, as Tasklist would show it.
            if (invio.stato() == 400 && passo.compito().equals("Task_ConcordaAppuntamento") && tentativo < 12) {
                latenze.aggiungi(invio.millis());
                slotOccupati.incrementAndGet();
                modulo = misura(latenze, rest.get("/task/" + id + "/form-variables?deserializeValues=false", utente));
                continue;
            }
            throw new IllegalStateException(passo.compito() + " di " + chiave + " rifiutato: " + invio.corpo());
        }
    }

    private static JsonNode conTentativo(JsonNode modulo, int tentativo) {
        var copia = modulo.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) copia).put("__tentativo", tentativo);
        return copia;
    }

    private List<Passo> passi(int cliente) {
        var informativo = Operatori.INFORMATIVO;
        var specialistico = Operatori.SPECIALISTICO;
        String oggi = LocalDate.now().toString();
        return List.of(
                new Passo("Task_ConcordaAppuntamento", informativo, modulo -> {
                    var valori = new HashMap<String, Object>();
                    valori.put("obiettiviProssimoColloquio", "Bilancio delle competenze");
                    valori.put("dataAppuntamento", slot(modulo, cliente));
                    return valori;
                }),
                new Passo(
                        "Task_ColloquioAssessment",
                        informativo,
                        modulo -> Map.of(
                                "presenza", "PRESENTE",
                                "titoloStudio", "DIPLOMA",
                                "condizioneOccupazionale", "DISOCCUPATO",
                                "mesiSenzaLavoro", 2,
                                "storiaProfessionale", "Commessa per dieci anni in un negozio di abbigliamento.",
                                "haCurriculum", "true",
                                "competenzeDigitali", "AVANZATE",
                                "fragilitaSociale", "false")),
                new Passo("Task_CondivisioneObiettivi", informativo, modulo -> {
                    var valori = new HashMap<String, Object>();
                    String suggerito =
                            modulo.path("percorsoSuggerito").path("value").asText("REINSERIMENTO");
                    valori.put("percorsoConfermato", suggerito);
                    valori.put("motivazioneScostamento", null);
                    valori.put("obiettivi", "Impiego nella logistica entro sei mesi.");
                    valori.put("esitoPrimoLivello", "INVIO_SPECIALISTICO");
                    valori.put("progettoDefinito", true);
                    valori.put("interventiSecondoLivello", "Tirocinio in magazzino con corso per carrellisti.");
                    return valori;
                }),
                new Passo(
                        "Task_CondivisioneProgetto",
                        specialistico,
                        modulo -> Map.of("noteCondivisione", "Progetto e cartella sociale condivisi.")),
                new Passo(
                        "Task_OrientamentoSecondoLivello",
                        specialistico,
                        modulo -> Map.of("tipoProgetto", "TIROCINIO", "richiedeAbbinamento", "false")),
                new Passo(
                        "Task_AvvioProgetto",
                        specialistico,
                        modulo -> Map.of("dataAvvio", oggi, "enteOspitante", "Logistica Adriatica S.r.l.")),
                new Passo(
                        "Task_Monitoraggio",
                        specialistico,
                        modulo -> Map.of(
                                "statoProgetto", "CONCLUSO", "noteMonitoraggio", "Colloquio con il tutor aziendale.")),
                new Passo(
                        "Task_Rendicontazione",
                        specialistico,
                        modulo -> Map.of(
                                "esitoFinale", "TIROCINIO_CONCLUSO",
                                "relazioneFinale", "Tirocinio svolto con regolarità; assunzione a tempo determinato.")),
                new Passo("Task_PresaVisioneRendicontazione", informativo, modulo -> Map.of()));
    }

    /** One of the free slots the form offers (slotLiberi), a different one per client and per refused try. */
    private String slot(JsonNode modulo, int cliente) {
        int tentativo = modulo.path("__tentativo").asInt();
        var slot = modulo.path("slotLiberi");
        if (slot.isMissingNode() || slot.path("value").isNull()) {
            return LocalDate.now().plusDays(7) + "T10:00";
        }
        JsonNode scelte;
        try {
            scelte = Rest.JSON.readTree(slot.path("value").asText());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return scelte.get((cliente + tentativo) % scelte.size()).get("value").asText();
    }

    private static Rest.Risposta misura(Campioni latenze, Rest.Risposta risposta) {
        if (!risposta.riuscita()) {
            throw new IllegalStateException("HTTP " + risposta.stato() + ": " + risposta.corpo());
        }
        latenze.aggiungi(risposta.millis());
        return risposta;
    }

    /** Values as Tasklist submits them: typed REST variables. */
    private static Map<String, Object> variabili(Map<String, Object> valori) {
        var variabili = new LinkedHashMap<String, Object>();
        valori.forEach((nome, valore) -> {
            var variabile = new LinkedHashMap<String, Object>();
            variabile.put("value", valore);
            variabile.put(
                    "type",
                    valore == null
                            ? "Null"
                            : valore instanceof Boolean ? "Boolean" : valore instanceof Integer ? "Integer" : "String");
            variabili.put(nome, variabile);
        });
        return variabili;
    }
}
