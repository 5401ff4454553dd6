package it.santarzenio.sil;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database goes away under a running node (its own PostgreSQL, stopped and started again by the test): readiness
 * turns DOWN within seconds while liveness stays UP, every door answers 503 in Italian after the pool's short wait
 * instead of hanging, and when the database is back the node is ready again, the job executor fires the timer that
 * fell due meanwhile and the e-mail outbox sends again, with no restart. The figures are printed for the README.
 */
class DatabasePersoIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration ENTRO = Duration.ofSeconds(10);

    private static EmbeddedPostgres postgres;
    private static int portaPostgres;
    private static Path dati;
    private static GreenMail smtp;
    private static NodoSeparato nodo;

    @BeforeAll
    static void avvia() throws Exception {
        portaPostgres = NodoSeparato.portaLibera();
        dati = Path.of("target", "pg-database-perso").toAbsolutePath();
        // zonky deletes a "clean" data directory when it stops: this one must survive the stop, so it is emptied here.
        org.springframework.util.FileSystemUtils.deleteRecursively(dati);
        postgres = avviaPostgres();
        try (var connessione = postgres.getPostgresDatabase().getConnection();
                var istruzione = connessione.createStatement()) {
            istruzione.execute("CREATE DATABASE sil");
        }
        smtp = new GreenMail(new ServerSetup(NodoSeparato.portaLibera(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        nodo = NodoSeparato.demoSuPostgres(
                "database-perso",
                postgres.getJdbcUrl(PostgresEmbedded.UTENTE, "sil"),
                Map.of(
                        "spring.mail.host", "127.0.0.1",
                        "spring.mail.port", String.valueOf(smtp.getSmtp().getPort()),
                        "sil.agenda.promemoria.frequenza", "PT1S"));
    }

    @AfterAll
    static void ferma() throws IOException {
        if (nodo != null) {
            nodo.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private static EmbeddedPostgres avviaPostgres() throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dati)
                .setCleanDataDirectory(false)
                .setPort(portaPostgres)
                .start();
    }

    @Test
    void databaseFermatoERiavviato_503InItalianoPoiRipresaDaSolo() throws Exception {
        var admin = nodo.client();
        Casi.deployProcessoConTimer(admin, "ProvaRipresaProcess", "PT3S");
        var tasklist = nodo.client();
        assertThat(tasklist.loginWebapp("tasklist", "informativo", "demo").statusCode())
                .isEqualTo(200);
        var avvio =
                admin.postJson("/engine-rest/process-definition/key/ProvaRipresaProcess/start", "admin", "demo", "{}");
        assertThat(avvio.statusCode()).as(avvio.body()).isEqualTo(200);
        String istanza = JSON.readTree(avvio.body()).path("id").asText();
        var avviata = Instant.now();

        postgres.close();
        var fermato = Instant.now();

        Duration nonPronto = attendi(() -> nodo.client().get("/actuator/health/readiness"), r -> r.statusCode() == 503);
        assertThat(nonPronto).isLessThan(ENTRO);
        assertThat(nodo.client().get("/actuator/health/liveness").statusCode()).isEqualTo(200);

        var rest = cronometra(() -> nodo.client().get("/engine-rest/task", "informativo", "demo"));
        var api = cronometra(() -> nodo.client().get("/api/offerte", "informativo", "demo"));
        var dalTasklist = cronometra(() -> tasklist.get("/camunda/api/engine/engine/default/task/count"));
        for (var risposta : new Cronometrata[] {rest, api, dalTasklist}) {
            assertThat(risposta.risposta().statusCode())
                    .as(risposta.risposta().body())
                    .isEqualTo(503);
            assertThat(risposta.risposta().body())
                    .contains("il database non risponde")
                    .doesNotContain("Exception", "at org.", "at java.");
            assertThat(risposta.durata()).isLessThan(ENTRO);
        }
        assertThat(JSON.readTree(rest.risposta().body()).path("message").asText())
                .startsWith("Il servizio non è momentaneamente disponibile");
        assertThat(JSON.readTree(api.risposta().body()).path("detail").asText())
                .startsWith("Il servizio non è momentaneamente disponibile");
        // The timer (PT3S) falls due while the database is away.
        NodoSeparato.pausa(Duration.ofSeconds(4).minus(Duration.between(avviata, Instant.now())));
        var assenza = Duration.between(fermato, Instant.now());

        postgres = avviaPostgres();
        var riavviato = Instant.now();
        Duration dinuovoPronto =
                attendi(() -> nodo.client().get("/actuator/health/readiness"), r -> r.statusCode() == 200);
        Duration timerEseguito = attendi(
                () -> admin.get("/engine-rest/history/process-instance/" + istanza, "admin", "demo"),
                r -> r.body().contains("\"state\":\"COMPLETED\""));
        assertThat(timerEseguito).isLessThan(Duration.ofSeconds(90));

        int primaDellaPrenotazione = smtp.getReceivedMessages().length;
        Casi.avviaEPrenota(nodo.client());
        Duration emailInviata =
                attendi(() -> smtp.getReceivedMessages().length, quante -> quante > primaDellaPrenotazione);
        assertThat(emailInviata).isLessThan(Duration.ofSeconds(30));

        System.out.printf(
                "Database perso: readiness DOWN dopo %d ms; risposte 503 in %d ms (REST), %d ms (/api), %d ms"
                        + " (Tasklist); database assente %d s; pronto di nuovo %d ms dopo il riavvio del database;"
                        + " timer scaduto eseguito %d ms dopo; e-mail inviata %d ms dopo la prenotazione%n",
                nonPronto.toMillis(),
                rest.durata().toMillis(),
                api.durata().toMillis(),
                dalTasklist.durata().toMillis(),
                assenza.toSeconds(),
                Duration.between(riavviato, riavviato.plus(dinuovoPronto)).toMillis(),
                timerEseguito.plus(dinuovoPronto).toMillis(),
                emailInviata.toMillis());
    }

    record Cronometrata(HttpResponse<String> risposta, Duration durata) {}

    private static Cronometrata cronometra(Supplier<HttpResponse<String>> richiesta) {
        var inizio = Instant.now();
        var risposta = richiesta.get();
        return new Cronometrata(risposta, Duration.between(inizio, Instant.now()));
    }

    /** Polls until the condition holds; the time it took. Fails after two minutes. */
    static <T> Duration attendi(Supplier<T> lettura, Predicate<T> condizione) {
        var inizio = Instant.now();
        Object ultima = null;
        while (Duration.between(inizio, Instant.now()).compareTo(Duration.ofMinutes(2)) < 0) {
            try {
                T valore = lettura.get();
                ultima = valore;
                if (condizione.test(valore)) {
                    return Duration.between(inizio, Instant.now());
                }
            } catch (RuntimeException ancoraNo) {
                // Not yet (the node or the database is still starting).
                ultima = ancoraNo;
            }
            NodoSeparato.pausa(Duration.ofMillis(200));
        }
        throw new AssertionError("condizione non raggiunta in due minuti; ultima lettura: " + ultima);
    }
}
