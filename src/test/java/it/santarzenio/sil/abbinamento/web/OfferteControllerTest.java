package it.santarzenio.sil.abbinamento.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.santarzenio.sil.ApplicazioneSuH2;
import java.time.LocalDate;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** {@code /api/offerte}: who may read and write offers, and the Italian 400s of a bad offer. */
@ApplicazioneSuH2
class OfferteControllerTest {

    private final TestRestTemplate http;
    private final ObjectMapper json;
    private final String password;

    OfferteControllerTest(TestRestTemplate http, ObjectMapper json, @Value("${sil.demo.password}") String password) {
        this.http = http;
        this.json = json;
        this.password = password;
    }

    static String offerta(String titolo, String codice, LocalDate dal, LocalDate al) {
        return """
                {"datoreLavoro": "Logistica Arzenese Srl", "titolo": "%s", "codiceProfessione": "%s",
                 "comune": "Sant'Arzenio", "tipoContratto": "TEMPO_DETERMINATO", "oreSettimanali": 38,
                 "titoloStudioMinimo": "LICENZA_MEDIA", "patenteRichiesta": true, "lingue": ["inglese"],
                 "competenzeDigitaliMinime": "BASE", "validaDal": "%s", "validaAl": "%s"}"""
                .formatted(titolo, codice, dal, al);
    }

    static String offertaValida(String titolo) {
        return offerta(
                titolo, "8.1.3", LocalDate.now().minusDays(1), LocalDate.now().plusMonths(2));
    }

    ResponseEntity<String> chiama(HttpMethod metodo, String percorso, String utente, String corpo) {
        var intestazioni = new HttpHeaders();
        intestazioni.setContentType(MediaType.APPLICATION_JSON);
        var client = utente == null ? http : http.withBasicAuth(utente, password);
        return client.exchange(percorso, metodo, new HttpEntity<>(corpo, intestazioni), String.class);
    }

    JsonNode corpo(ResponseEntity<String> risposta) throws Exception {
        return json.readTree(risposta.getBody());
    }

    @Test
    void senzaCredenziali_401() {
        assertThat(chiama(HttpMethod.GET, "/api/offerte", null, null).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(chiama(HttpMethod.POST, "/api/offerte", null, offertaValida("Magazziniere"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void soloLaSocietaPartnerScrive_gliSportelliLeggono() throws Exception {
        var negata = chiama(HttpMethod.POST, "/api/offerte", "informativo", offertaValida("Magazziniere"));
        assertThat(negata.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(corpo(negata).path("detail").asText())
                .isEqualTo("Solo la società partner può pubblicare, modificare o chiudere le offerte.");
        assertThat(chiama(HttpMethod.POST, "/api/offerte", "specialistico", offertaValida("Magazziniere"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        var creata = chiama(HttpMethod.POST, "/api/offerte", "partner", offertaValida("Magazziniere"));
        assertThat(creata.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long id = corpo(creata).path("id").asLong();
        assertThat(creata.getHeaders().getLocation()).hasToString("/api/offerte/" + id);
        assertThat(corpo(creata).path("stato").asText()).isEqualTo("APERTA");
        assertThat(corpo(creata).path("professione").asText())
                .isEqualTo("Personale non qualificato addetto allo spostamento e alla consegna merci");
        assertThat(corpo(creata).path("lingue").get(0).asText()).isEqualTo("inglese");

        for (var sportello : new String[] {"informativo", "specialistico", "partner"}) {
            var elenco = chiama(HttpMethod.GET, "/api/offerte", sportello, null);
            assertThat(elenco.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(corpo(elenco).findValuesAsText("id")).contains(String.valueOf(id));
            assertThat(chiama(HttpMethod.GET, "/api/offerte/" + id, sportello, null)
                            .getStatusCode())
                    .isEqualTo(HttpStatus.OK);
        }
        for (var estraneo : new String[] {"cabina", "responsabile", "admin"}) {
            assertThat(chiama(HttpMethod.GET, "/api/offerte", estraneo, null).getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }

        assertThat(chiama(HttpMethod.PUT, "/api/offerte/" + id, "specialistico", offertaValida("Mulettista"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(chiama(HttpMethod.POST, "/api/offerte/" + id + "/chiusura", "informativo", null)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        var modificata = chiama(HttpMethod.PUT, "/api/offerte/" + id, "partner", offertaValida("Mulettista"));
        assertThat(modificata.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(corpo(modificata).path("titolo").asText()).isEqualTo("Mulettista");

        var chiusa = chiama(HttpMethod.POST, "/api/offerte/" + id + "/chiusura", "partner", null);
        assertThat(corpo(chiusa).path("stato").asText()).isEqualTo("CHIUSA");
        assertProblema(
                chiama(HttpMethod.PUT, "/api/offerte/" + id, "partner", offertaValida("Carrellista")),
                "L'offerta " + id + " è chiusa: non si può più modificare.");
    }

    @Test
    void offertaVuota_400ConTuttiGliErrori() throws Exception {
        var risposta = chiama(HttpMethod.POST, "/api/offerte", "partner", "{}");

        assertThat(risposta.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(risposta.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        var errori = new ArrayList<String>();
        corpo(risposta).path("errori").forEach(errore -> errori.add(errore.asText()));
        assertThat(errori)
                .containsExactlyInAnyOrder(
                        "Indicare il datore di lavoro.",
                        "Indicare il titolo dell'offerta.",
                        "Indicare la professione con il suo codice CP2021 (per esempio 7.4.4).",
                        "Indicare il comune della sede di lavoro.",
                        "Indicare il tipo di contratto.",
                        "Indicare le ore settimanali.",
                        "Indicare la data di inizio validità dell'offerta.",
                        "Indicare la data di fine validità dell'offerta.");
    }

    @Test
    void datiIncoerenti_400ConMessaggioItaliano() throws Exception {
        var oggi = LocalDate.now();
        assertProblema(
                chiama(
                        HttpMethod.POST,
                        "/api/offerte",
                        "partner",
                        offerta("Autista", "7.4.2", oggi, oggi.minusDays(1))),
                "La fine della validità non può precedere l'inizio.");
        assertProblema(
                chiama(HttpMethod.POST, "/api/offerte", "partner", offerta("Autista", "7.9.9", oggi, oggi)),
                "Il codice CP2021 «7.9.9» non è nella classificazione delle professioni: sceglierne uno esistente"
                        + " (per esempio 7.4.4).");
        assertProblema(
                chiama(HttpMethod.POST, "/api/offerte", "partner", offerta("Autista", "autista", oggi, oggi)),
                "Il codice della professione deve essere un codice CP2021 come 7.4.4 o 7.4.4.2.1.");
        assertProblema(
                chiama(
                        HttpMethod.POST,
                        "/api/offerte",
                        "partner",
                        offerta("Autista", "7.4.2", oggi.minusDays(30), oggi.minusDays(1))),
                "La fine della validità (" + oggi.minusDays(1)
                        + ") è già passata: un'offerta scaduta non verrebbe mai proposta.");
        assertProblema(
                chiama(
                        HttpMethod.POST,
                        "/api/offerte",
                        "partner",
                        offertaValida("Autista").replace("TEMPO_DETERMINATO", "PART_TIME")),
                "Il valore «PART_TIME» non è ammesso per il campo «tipoContratto». Valori ammessi: TEMPO_INDETERMINATO,"
                        + " TEMPO_DETERMINATO, APPRENDISTATO, SOMMINISTRAZIONE, TIROCINIO, LAVORO_INTERMITTENTE,"
                        + " COLLABORAZIONE.");
        assertProblema(
                chiama(
                        HttpMethod.POST,
                        "/api/offerte",
                        "partner",
                        offertaValida("Autista").replace("\"oreSettimanali\": 38", "\"oreSettimanali\": 60")),
                "Le ore settimanali non possono superare 48.");
        assertProblema(
                chiama(
                        HttpMethod.POST,
                        "/api/offerte",
                        "partner",
                        offertaValida("Autista").replace("\"BASE\"", "\"OTTIME\"")),
                "Il valore «OTTIME» non è ammesso per il campo «competenzeDigitaliMinime». Valori ammessi: NESSUNA,"
                        + " BASE, INTERMEDIE, AVANZATE.");
        assertProblema(
                chiama(
                        HttpMethod.POST,
                        "/api/offerte",
                        "partner",
                        offerta("Autista", "7.4.2", oggi, oggi)
                                .replace("\"validaAl\": \"" + oggi + "\"", "\"validaAl\": \"31/12/2026\"")),
                "Il valore «31/12/2026» non è valido per il campo «validaAl».");
    }

    @Test
    void offertaInesistente_404() throws Exception {
        var risposta = chiama(HttpMethod.GET, "/api/offerte/999999", "specialistico", null);

        assertThat(risposta.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(corpo(risposta).path("detail").asText()).isEqualTo("L'offerta 999999 non esiste.");
    }

    private void assertProblema(ResponseEntity<String> risposta, String messaggio) throws Exception {
        assertThat(risposta.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(corpo(risposta).path("detail").asText()).isEqualTo(messaggio);
        assertThat(corpo(risposta).path("errori").get(0).asText()).isEqualTo(messaggio);
    }
}
