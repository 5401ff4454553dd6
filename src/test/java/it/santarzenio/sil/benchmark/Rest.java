package it.santarzenio.sil.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The engine's REST API as Tasklist calls it: HTTP Basic as a demo user, JSON or HAL, each call timed. */
final class Rest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String PASSWORD = "demo";

    record Risposta(int stato, String corpo, double millis) {
        JsonNode json() {
            try {
                return JSON.readTree(corpo);
            } catch (IOException e) {
                throw new UncheckedIOException("Risposta non JSON: " + corpo, e);
            }
        }

        boolean riuscita() {
            return stato >= 200 && stato < 300;
        }
    }

    private final String base;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Rest(int porta) {
        this.base = "http://localhost:" + porta + "/engine-rest";
    }

    Risposta get(String percorso, String utente) {
        return invia(richiesta(percorso, utente).GET());
    }

    Risposta post(String percorso, String utente, Object corpo) {
        return invia(richiesta(percorso, utente)
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(scrivi(corpo))));
    }

    /** As Tasklist lists a filter: HAL, so that the filter's variables come embedded with the tasks. */
    Risposta postHal(String percorso, String utente, Object corpo) {
        return invia(richiesta(percorso, utente)
                .header("Content-Type", "application/json")
                .header("Accept", "application/hal+json")
                .POST(BodyPublishers.ofString(scrivi(corpo))));
    }

    private HttpRequest.Builder richiesta(String percorso, String utente) {
        String credenziali =
                Base64.getEncoder().encodeToString((utente + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base + percorso))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", "Basic " + credenziali);
    }

    private Risposta invia(HttpRequest.Builder richiesta) {
        long inizio = System.nanoTime();
        try {
            HttpResponse<String> risposta = http.send(richiesta.build(), BodyHandlers.ofString());
            return new Risposta(risposta.statusCode(), risposta.body(), (System.nanoTime() - inizio) / 1e6);
        } catch (IOException e) {
            return new Risposta(-1, e.toString(), (System.nanoTime() - inizio) / 1e6);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String scrivi(Object corpo) {
        try {
            return corpo instanceof String testo ? testo : JSON.writeValueAsString(corpo);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
