package it.santarzenio.sil.agenda.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.santarzenio.sil.accesso.AccessoService;
import it.santarzenio.sil.accesso.SchedaAccesso;
import it.santarzenio.sil.accesso.TipoRichiesta;
import it.santarzenio.sil.agenda.AgendaService;
import it.santarzenio.sil.agenda.RichiestaAppuntamento;
import it.santarzenio.sil.agenda.Sportello;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestConstructor;
import org.springframework.test.context.TestConstructor.AutowireMode;

/** The agenda API as the desks call it: HTTP Basic with the engine's users, each desk's agenda for its group only. */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:sil;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE")
@TestConstructor(autowireMode = AutowireMode.ALL)
class AgendaControllerTest {

    private final TestRestTemplate http;
    private final AgendaService agenda;
    private final AccessoService accessi;
    private final ObjectMapper json;
    private final String password;

    AgendaControllerTest(
            TestRestTemplate http,
            AgendaService agenda,
            AccessoService accessi,
            ObjectMapper json,
            @Value("${sil.demo.password}") String password) {
        this.http = http;
        this.agenda = agenda;
        this.accessi = accessi;
        this.json = json;
        this.password = password;
    }

    private ResponseEntity<String> get(String utente, String percorso) {
        var client = utente == null ? http : http.withBasicAuth(utente, password);
        return client.getForEntity(percorso, String.class);
    }

    private JsonNode corpo(ResponseEntity<String> risposta) throws Exception {
        return json.readTree(risposta.getBody());
    }

    @Test
    void senzaCredenziali_401() {
        assertThat(get(null, "/api/agenda?sportello=INFORMATIVO").getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get(null, "/api/agenda/slot-liberi?sportello=INFORMATIVO").getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void agendaDiUnAltroSportello_403ConMessaggioItaliano() throws Exception {
        var risposta = get("informativo", "/api/agenda?sportello=SPECIALISTICO");

        assertThat(risposta.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(corpo(risposta).path("detail").asText())
                .isEqualTo("L'agenda dello Sportello di Orientamento Specialistico è riservata agli operatori del"
                        + " gruppo sportello-specialistico.");
        assertThat(get("specialistico", "/api/agenda/slot-liberi?sportello=INFORMATIVO")
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("partner", "/api/agenda?sportello=INFORMATIVO").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("responsabile", "/api/agenda?sportello=SPECIALISTICO").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void agendaDellaSettimana_soloPraticaNominativoOrarioEStato() throws Exception {
        var registrato = accessi.registra(
                new SchedaAccesso(
                        "RSSMRA80A01H501U",
                        "Mario",
                        "Rossi",
                        LocalDate.of(1980, 1, 1),
                        "+39 333 1234567",
                        "mario.rossi@example.org",
                        true,
                        "Cerca lavoro nella logistica.",
                        TipoRichiesta.PERCORSO,
                        true,
                        null),
                "SIL-2026-900001",
                "informativo");
        ZonedDateTime slot = agenda.slotLiberi(
                        Sportello.INFORMATIVO, LocalDate.now().plusYears(2), 1)
                .get(0);
        agenda.prenota(new RichiestaAppuntamento(
                "SIL-2026-900001",
                registrato.cittadinoId(),
                Sportello.INFORMATIVO,
                slot.toLocalDateTime(),
                "informativo",
                "Obiettivi riservati del colloquio",
                "mario.rossi@example.org"));

        var risposta = get("informativo", "/api/agenda?sportello=informativo&dal=" + slot.toLocalDate());

        assertThat(risposta.getStatusCode()).isEqualTo(HttpStatus.OK);
        var settimana = corpo(risposta);
        assertThat(settimana.path("sportello").asText()).isEqualTo("INFORMATIVO");
        assertThat(settimana.path("al").asText())
                .isEqualTo(slot.toLocalDate().plusDays(6).toString());
        var appuntamento = settimana.path("appuntamenti").get(0);
        assertThat(appuntamento.path("numeroPratica").asText()).isEqualTo("SIL-2026-900001");
        assertThat(appuntamento.path("nominativo").asText()).isEqualTo("Rossi Mario");
        assertThat(ZonedDateTime.parse(appuntamento.path("inizio").asText()).toInstant())
                .isEqualTo(slot.toInstant());
        assertThat(appuntamento.path("stato").asText()).isEqualTo("PRENOTATO");
        assertThat(risposta.getBody())
                .doesNotContain("RSSMRA80A01H501U")
                .doesNotContain("mario.rossi@example.org")
                .doesNotContain("333")
                .doesNotContain("Obiettivi riservati");
        assertThat(get("specialistico", "/api/agenda?sportello=SPECIALISTICO&dal=" + slot.toLocalDate())
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void slotLiberi_etichettaItalianaEValorePerIlModulo() throws Exception {
        // The first Monday of next December: in the future whatever the real clock, never a national holiday, in
        // winter time (+01:00).
        var lunedi = java.time.LocalDate.of(java.time.LocalDate.now().getYear() + 1, 12, 1)
                .with(java.time.temporal.TemporalAdjusters.firstInMonth(java.time.DayOfWeek.MONDAY));
        var risposta =
                get("specialistico", "/api/agenda/slot-liberi?sportello=SPECIALISTICO&dal=" + lunedi + "&quanti=3");

        assertThat(risposta.getStatusCode()).isEqualTo(HttpStatus.OK);
        var slot = corpo(risposta);
        assertThat(slot).hasSize(3);
        assertThat(slot.get(0).path("etichetta").asText())
                .isEqualTo("lunedì " + lunedi.getDayOfMonth() + " dicembre " + lunedi.getYear() + ", 10:00");
        assertThat(slot.get(0).path("valore").asText()).isEqualTo(lunedi + "T10:00");
        assertThat(slot.get(0).path("inizio").asText()).isEqualTo(lunedi + "T10:00:00+01:00");
    }

    @Test
    void parametriSbagliati_400ConMessaggioItaliano() throws Exception {
        assertProblema(
                get("informativo", "/api/agenda"), "Indicare lo sportello: sportello=INFORMATIVO o SPECIALISTICO.");
        assertProblema(
                get("informativo", "/api/agenda?sportello=ANAGRAFE"),
                "Sportello sconosciuto: 'ANAGRAFE'. Valori ammessi: INFORMATIVO o SPECIALISTICO.");
        assertProblema(
                get("informativo", "/api/agenda?sportello=INFORMATIVO&dal=07/12/2026"),
                "Il giorno 'dal' deve essere una data nella forma 2026-12-07, non '07/12/2026'.");
        assertProblema(
                get("informativo", "/api/agenda?sportello=INFORMATIVO&dal=2026-12-07&al=2026-12-01"),
                "Il giorno 'al' (2026-12-01) viene prima del giorno 'dal' (2026-12-07).");
        assertProblema(
                get("informativo", "/api/agenda?sportello=INFORMATIVO&dal=2026-01-01&al=2026-12-31"),
                "Si possono chiedere al massimo 92 giorni di agenda per volta.");
        assertProblema(
                get("informativo", "/api/agenda/slot-liberi?sportello=INFORMATIVO&quanti=tanti"),
                "'quanti' deve essere un numero intero da 1 a 50, non 'tanti'.");
        assertProblema(
                get("informativo", "/api/agenda/slot-liberi?sportello=INFORMATIVO&dal=domani"),
                "Il giorno 'dal' deve essere una data nella forma 2026-12-07, non 'domani'.");
    }

    private void assertProblema(ResponseEntity<String> risposta, String messaggio) throws Exception {
        assertThat(risposta.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(risposta.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(corpo(risposta).path("detail").asText()).isEqualTo(messaggio);
    }
}
