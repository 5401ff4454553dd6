package it.santarzenio.sil.privacy;

import static it.santarzenio.sil.accesso.CodiciFiscaliDiProva.nuovoCodiceFiscale;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.santarzenio.sil.ApplicazioneSuPostgres;
import it.santarzenio.sil.ClientHttp;
import it.santarzenio.sil.accesso.AccessoService;
import it.santarzenio.sil.accesso.EsitoPercorso;
import it.santarzenio.sil.accesso.SchedaAccesso;
import it.santarzenio.sil.accesso.TipoRichiesta;
import it.santarzenio.sil.agenda.AgendaService;
import it.santarzenio.sil.agenda.RichiestaAppuntamento;
import it.santarzenio.sil.agenda.Sportello;
import it.santarzenio.sil.orientamento.CompetenzeDigitali;
import it.santarzenio.sil.orientamento.CondivisioneObiettivi;
import it.santarzenio.sil.orientamento.CondizioneOccupazionale;
import it.santarzenio.sil.orientamento.EsitoColloquio;
import it.santarzenio.sil.orientamento.EsitoPrimoLivello;
import it.santarzenio.sil.orientamento.OrientamentoService;
import it.santarzenio.sil.orientamento.PercorsoGol;
import it.santarzenio.sil.orientamento.Presenza;
import it.santarzenio.sil.orientamento.TitoloStudio;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Export and anonymisation of one citizen on PostgreSQL, through /api as the administrators call them. */
@ApplicazioneSuPostgres
class PrivacyIT {

    private static final AtomicInteger PRATICHE =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000));

    private final ClientHttp client;
    private final String password;
    private final AccessoService accessi;
    private final OrientamentoService orientamento;
    private final AgendaService agenda;
    private final JdbcTemplate jdbc;
    private final HistoryService storia;
    private final ObjectMapper json = new ObjectMapper();

    PrivacyIT(
            @LocalServerPort int porta,
            @Value("${sil.demo.password}") String password,
            AccessoService accessi,
            OrientamentoService orientamento,
            AgendaService agenda,
            JdbcTemplate jdbc,
            HistoryService storia) {
        this.client = new ClientHttp(porta);
        this.password = password;
        this.accessi = accessi;
        this.orientamento = orientamento;
        this.agenda = agenda;
        this.jdbc = jdbc;
        this.storia = storia;
    }

    @Test
    void esportazione_tuttoCioCheSiSaDelCittadinoEUnaRigaDiAudit() throws Exception {
        String codice = nuovoCodiceFiscale();
        var pratica = percorsoCompleto(codice);

        var risposta = client.get("/api/cittadini/" + codice.toLowerCase() + "/export", "informativo", password);

        assertThat(risposta.statusCode()).as(risposta.body()).isEqualTo(200);
        JsonNode esportazione = json.readTree(risposta.body());
        assertThat(esportazione.path("esportatoDa").asText()).isEqualTo("informativo");
        var cittadino = esportazione.path("cittadino");
        assertThat(cittadino.path("codiceFiscale").asText()).isEqualTo(codice);
        assertThat(cittadino.path("nome").asText()).isEqualTo("Lucia");
        assertThat(cittadino.path("telefono").asText()).isEqualTo("+39 333 1234567");
        assertThat(cittadino.path("accessi").get(0).path("numeroPratica").asText())
                .isEqualTo(pratica);
        assertThat(cittadino.path("schedeUtente").get(0).path("esitoPercorso").asText())
                .isEqualTo("ORIENTAMENTO_CONCLUSO");
        var colloquio = esportazione.path("orientamento").path("colloqui").get(0);
        assertThat(colloquio.path("storiaProfessionale").asText()).isEqualTo("Commessa per dodici anni.");
        assertThat(colloquio.path("fragilitaSociale").asBoolean()).isTrue();
        assertThat(esportazione
                        .path("orientamento")
                        .path("profili")
                        .get(0)
                        .path("obiettivi")
                        .asText())
                .isEqualTo("Lavoro nella grande distribuzione.");
        var appuntamento = esportazione.path("appuntamenti").get(0);
        assertThat(appuntamento.path("stato").asText()).isEqualTo("SVOLTO");
        assertThat(appuntamento.path("emailCittadino").asText()).isEqualTo("lucia.esposito@example.org");
        Long id = cittadino.path("id").asLong();
        assertThat(jdbc.queryForObject(
                        "select count(*) from evento_audit where azione = 'ESPORTAZIONE' and utente = 'informativo'"
                                + " and cittadino_id = ?",
                        Long.class,
                        id))
                .isOne();
    }

    @Test
    void esportazione_soloAmministratoriESportelloInformativo() {
        String codice = nuovoCodiceFiscale();
        percorsoCompleto(codice);

        for (var utente : Map.of(
                        "admin",
                        200,
                        "informativo",
                        200,
                        "specialistico",
                        403,
                        "partner",
                        403,
                        "cabina",
                        403,
                        "responsabile",
                        403)
                .entrySet()) {
            assertThat(client.get("/api/cittadini/" + codice + "/export", utente.getKey(), password)
                            .statusCode())
                    .as(utente.getKey())
                    .isEqualTo(utente.getValue());
        }
        assertThat(client.get("/api/cittadini/" + nuovoCodiceFiscale() + "/export", "admin", password)
                        .statusCode())
                .as("unknown citizen")
                .isEqualTo(404);
    }

    @Test
    void anonimizzazione_segnapostoAlPostoDeiDatiPersonali_enumerazioniEDateRestano() throws Exception {
        String codice = nuovoCodiceFiscale();
        var pratica = percorsoCompleto(codice);
        Long id = accessi.idCittadino(codice).orElseThrow();
        assertThat(anonimizza("informativo", codice).statusCode()).isEqualTo(403);

        var risposta = anonimizza("admin", codice);

        assertThat(risposta.statusCode()).as(risposta.body()).isEqualTo(204);
        var cittadino = jdbc.queryForMap("select * from cittadino where id = ?", id);
        assertThat(cittadino.get("codice_fiscale")).isEqualTo("ANONIMO" + "%09d".formatted(id));
        assertThat(cittadino.get("nome")).isEqualTo("ANONIMIZZATO");
        assertThat(cittadino.get("cognome")).isEqualTo("ANONIMIZZATO");
        assertThat(cittadino.get("data_nascita").toString()).isEqualTo("1988-01-01");
        assertThat(cittadino.get("telefono")).isNull();
        assertThat(cittadino.get("email")).isNull();
        var accesso = jdbc.queryForMap("select * from accesso where cittadino_id = ?", id);
        assertThat(accesso.get("bisogno_espresso")).isEqualTo("ANONIMIZZATO");
        assertThat(accesso.get("tipo_richiesta")).isEqualTo("PERCORSO");
        var colloquio = jdbc.queryForMap("select * from colloquio where numero_pratica = ?", pratica);
        assertThat(colloquio.get("storia_professionale")).isEqualTo("ANONIMIZZATO");
        assertThat(colloquio.get("titolo_studio")).isEqualTo("DIPLOMA");
        assertThat(colloquio.get("mesi_senza_lavoro")).isEqualTo(14);
        var profilo = jdbc.queryForMap("select * from profilo where numero_pratica = ?", pratica);
        assertThat(profilo.get("obiettivi")).isEqualTo("ANONIMIZZATO");
        assertThat(profilo.get("percorso_confermato")).isEqualTo("REINSERIMENTO");
        var appuntamento = jdbc.queryForMap("select * from appuntamento where numero_pratica = ?", pratica);
        assertThat(appuntamento.get("obiettivi")).isNull();
        assertThat(appuntamento.get("email_cittadino")).isNull();
        assertThat(appuntamento.get("stato")).isEqualTo("SVOLTO");
        assertThat(jdbc.queryForObject(
                        "select count(*) from avviso_email where appuntamento_id = ?",
                        Long.class,
                        appuntamento.get("id")))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from scheda_utente where numero_pratica = ? and esito_percorso = ?",
                        Long.class,
                        pratica,
                        "ORIENTAMENTO_CONCLUSO"))
                .isOne();
        assertThat(jdbc.queryForObject(
                        "select utente from evento_audit where azione = 'ANONIMIZZAZIONE' and cittadino_id = ?",
                        String.class,
                        id))
                .isEqualTo("admin");
        assertThat(client.get("/api/cittadini/" + codice + "/export", "admin", password)
                        .statusCode())
                .as("the code is gone")
                .isEqualTo(404);
    }

    @Test
    void anonimizzazione_cancellaLaStoriaDelMotoreDelleSuePratiche() throws Exception {
        String codice = nuovoCodiceFiscale();
        var avvio = avviaViaRest(codice, false);
        assertThat(avvio.statusCode()).as(avvio.body()).isEqualTo(200);
        String istanza = json.readTree(avvio.body()).path("id").asText();
        assertThat(storia.createHistoricVariableInstanceQuery()
                        .processInstanceId(istanza)
                        .count())
                .isPositive();

        assertThat(anonimizza("admin", codice).statusCode()).isEqualTo(204);

        assertThat(storia.createHistoricProcessInstanceQuery()
                        .processInstanceId(istanza)
                        .count())
                .isZero();
        assertThat(storia.createHistoricVariableInstanceQuery()
                        .processInstanceId(istanza)
                        .count())
                .isZero();
        assertThat(storia.createHistoricDetailQuery().processInstanceId(istanza).count())
                .isZero();
    }

    @Test
    void anonimizzazioneConPraticaAperta_409ConMessaggioItalianoENienteCambia() throws Exception {
        String codice = nuovoCodiceFiscale();
        assertThat(avviaViaRest(codice, true).statusCode()).isEqualTo(200);

        var risposta = anonimizza("admin", codice);

        assertThat(risposta.statusCode()).isEqualTo(409);
        assertThat(json.readTree(risposta.body()).path("detail").asText())
                .isEqualTo("Il cittadino " + codice + " ha una pratica ancora aperta: si può anonimizzare solo"
                        + " quando tutte le sue pratiche sono chiuse.");
        assertThat(accessi.datiCittadino(codice).orElseThrow().nome()).isEqualTo("Lucia");
    }

    /** A case from the scheda d'accesso to the shared goals, closed, with a held appointment. */
    private String percorsoCompleto(String codice) {
        String pratica = "SIL-2026-9" + "%05d".formatted(PRATICHE.incrementAndGet() % 100_000);
        var registrato = accessi.registra(
                new SchedaAccesso(
                        codice,
                        "Lucia",
                        "Esposito",
                        LocalDate.of(1988, 4, 21),
                        "+39 333 1234567",
                        "lucia.esposito@example.org",
                        true,
                        "Cerca lavoro dopo la chiusura del negozio.",
                        TipoRichiesta.PERCORSO,
                        true),
                pratica,
                "informativo");
        accessi.apriSchedaUtente(pratica, registrato.cittadinoId(), "informativo");
        var slot = agenda.slotLiberi(
                        Sportello.INFORMATIVO, LocalDate.now().plusYears(3).plusDays(PRATICHE.get() % 300), 1)
                .get(0);
        agenda.prenota(new RichiestaAppuntamento(
                pratica,
                registrato.cittadinoId(),
                Sportello.INFORMATIVO,
                slot.toLocalDateTime(),
                "informativo",
                "Portare il curriculum.",
                "lucia.esposito@example.org"));
        orientamento.registraColloquio(
                pratica,
                new EsitoColloquio(
                        Presenza.PRESENTE,
                        TitoloStudio.DIPLOMA,
                        CondizioneOccupazionale.DISOCCUPATO,
                        14,
                        "Commessa per dodici anni.",
                        true,
                        CompetenzeDigitali.BASE,
                        true),
                "informativo");
        agenda.registraEsito(pratica, true);
        orientamento.registraObiettivi(
                pratica,
                new CondivisioneObiettivi(
                        PercorsoGol.REINSERIMENTO,
                        PercorsoGol.REINSERIMENTO,
                        null,
                        "Lavoro nella grande distribuzione.",
                        EsitoPrimoLivello.CONCLUSO,
                        null,
                        null),
                "regola",
                "Decision_Profilazione:1",
                "informativo");
        accessi.chiudiPercorso(pratica, EsitoPercorso.ORIENTAMENTO_CONCLUSO);
        return pratica;
    }

    private HttpResponse<String> anonimizza(String utente, String codice) {
        return client.invia("POST", "/api/cittadini/" + codice + "/anonimizza", utente, password, null, null);
    }

    private HttpResponse<String> avviaViaRest(String codice, boolean aderisce) throws Exception {
        var variabili = new LinkedHashMap<String, Object>();
        Map.of(
                        "codiceFiscale", codice,
                        "nome", "Lucia",
                        "cognome", "Esposito",
                        "dataNascita", "1988-04-21",
                        "informativaPrivacy", true,
                        "bisognoEspresso", "Cerca lavoro.",
                        "tipoRichiesta", "PERCORSO",
                        "aderisceOrientamento", aderisce)
                .forEach((nome, valore) -> variabili.put(nome, Map.of("value", valore)));
        return client.invia(
                "POST",
                "/engine-rest/process-definition/key/PercorsoCittadinoProcess/submit-form",
                "informativo",
                password,
                "application/json",
                json.writeValueAsString(Map.of("variables", variabili)).getBytes(StandardCharsets.UTF_8));
    }
}
