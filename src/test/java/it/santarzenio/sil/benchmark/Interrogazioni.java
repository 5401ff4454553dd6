package it.santarzenio.sil.benchmark;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The requests an operator's Tasklist makes at a given number of open cases, each timed over repetitions after a
 * warm-up: every filter the user can read (list of 15, newest first, with the filter's variables; count), the group
 * task query and its count, a case by business key, a citizen by codice fiscale.
 */
final class Interrogazioni {

    /** One measured request: who asked, what, its samples. */
    record Misura(String utente, String richiesta, String tipo, Campioni campioni) {}

    /** Tasklist's body for a filter's list: no extra criteria, newest first. */
    static final Map<String, Object> CORPO_LISTA = Map.of(
            "processVariables", List.of(),
            "taskVariables", List.of(),
            "caseInstanceVariables", List.of(),
            "orQueries", List.of(),
            "sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc")));

    private final Rest rest;
    private final int ripetizioni;
    private final int riscaldamento;
    private final long budgetMillis;

    Interrogazioni(Rest rest, int ripetizioni, int riscaldamento, long budgetMillis) {
        this.rest = rest;
        this.ripetizioni = ripetizioni;
        this.riscaldamento = riscaldamento;
        this.budgetMillis = budgetMillis;
    }

    /**
     * Measures every request of {@code operatore}; {@code chiavi} and {@code codiciFiscali} are open cases of its
     * group, a different one at each repetition.
     */
    List<Misura> misura(Operatori operatore, List<String> chiavi, List<String> codiciFiscali) {
        var misure = new ArrayList<Misura>();
        String utente = operatore.utente();
        // The filters of the user's groups (FiltriTasklistPlugin); with authorizations off every user sees all.
        var propri = new java.util.HashSet<>(
                List.of("I miei compiti", "Compiti del mio gruppo", operatore.filtroSportello()));
        if (operatore.sportello()) {
            propri.add("Colloqui di oggi - " + operatore.filtroSportello());
        }
        for (var filtro : filtri(utente).entrySet()) {
            if (!propri.contains(filtro.getKey())) {
                continue;
            }
            String id = filtro.getValue();
            misure.add(new Misura(
                    utente,
                    "filtro \"" + filtro.getKey() + "\": lista 15",
                    "lista",
                    ripeti(i ->
                            rest.postHal("/filter/" + id + "/list?firstResult=0&maxResults=15", utente, CORPO_LISTA))));
            misure.add(new Misura(
                    utente,
                    "filtro \"" + filtro.getKey() + "\": conteggio",
                    "conteggio",
                    ripeti(i -> rest.get("/filter/" + id + "/count", utente))));
        }
        String gruppo = operatore.gruppo();
        misure.add(new Misura(
                utente,
                "GET /task?candidateGroup=" + gruppo + "&sortBy=created&sortOrder=desc&maxResults=15",
                "lista",
                ripeti(i -> rest.get(
                        "/task?candidateGroup=" + gruppo + "&sortBy=created&sortOrder=desc&firstResult=0&maxResults=15",
                        utente))));
        misure.add(new Misura(
                utente,
                "GET /task/count?candidateGroup=" + gruppo,
                "conteggio",
                ripeti(i -> rest.get("/task/count?candidateGroup=" + gruppo, utente))));
        if (!chiavi.isEmpty()) {
            misure.add(new Misura(
                    utente,
                    "GET /task?processInstanceBusinessKey=…",
                    "chiave",
                    ripeti(i -> rest.get(
                            "/task?processInstanceBusinessKey=" + codifica(chiavi.get(i % chiavi.size())), utente))));
        }
        if (operatore.sportello() && !codiciFiscali.isEmpty()) {
            misure.add(new Misura(
                    utente,
                    "GET /task?processVariables=codiceFiscale_eq_…",
                    "chiave",
                    ripeti(i -> rest.get(
                            "/task?processVariables=codiceFiscale_eq_"
                                    + codifica(codiciFiscali.get(i % codiciFiscali.size())),
                            utente))));
        }
        return misure;
    }

    /** The Tasklist filters the user may read, by name, as Tasklist loads them. */
    Map<String, String> filtri(String utente) {
        var risposta = rest.get("/filter?resourceType=Task&sortBy=name&sortOrder=asc", utente);
        if (!risposta.riuscita()) {
            throw new IllegalStateException("Filtri di " + utente + ": " + risposta.corpo());
        }
        var filtri = new LinkedHashMap<String, String>();
        risposta.json()
                .forEach(filtro ->
                        filtri.put(filtro.get("name").asText(), filtro.get("id").asText()));
        return filtri;
    }

    /**
     * Warm-up, then up to {@code ripetizioni} samples within the time budget (at least three, so that a request that
     * takes seconds is still measured without holding the run for an hour). A failed request (the database's
     * statement_timeout, a refusal) is counted and ends the measurement.
     */
    private Campioni ripeti(IntFunction<Rest.Risposta> richiesta) {
        var campioni = new Campioni();
        for (int i = 0; i < riscaldamento; i++) {
            var risposta = richiesta.apply(i);
            if (!risposta.riuscita()) {
                campioni.errore(risposta);
                return campioni;
            }
            if (risposta.millis() > 2_000) {
                break;
            }
        }
        long inizio = System.nanoTime();
        for (int i = 0; i < ripetizioni; i++) {
            var risposta = richiesta.apply(riscaldamento + i);
            if (!risposta.riuscita()) {
                campioni.errore(risposta);
                return campioni;
            }
            campioni.aggiungi(risposta.millis());
            if (i >= 2 && (System.nanoTime() - inizio) / 1_000_000 > budgetMillis) {
                break;
            }
        }
        return campioni;
    }

    private static String codifica(String valore) {
        return URLEncoder.encode(valore, StandardCharsets.UTF_8);
    }
}
