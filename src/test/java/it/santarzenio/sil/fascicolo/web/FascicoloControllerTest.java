package it.santarzenio.sil.fascicolo.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import it.santarzenio.sil.ApplicazioneSuH2;
import it.santarzenio.sil.ClientHttp;
import it.santarzenio.sil.agenda.AgendaService;
import it.santarzenio.sil.audit.AuditService;
import it.santarzenio.sil.audit.EventoAudit;
import it.santarzenio.sil.fascicolo.PraticaDiProva;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Fascicolo, the search of citizens and the PDFs over /api, on one case worked through every desk up to its final
 * report, with a second, earlier request of the same citizen: what each group reads, 403 for the others, an audit row
 * for every read, labels and names instead of codes and user ids, and PDFs that parse back with the case's data and
 * the typed markup as typed.
 */
@ApplicazioneSuH2
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FascicoloControllerTest {

    private static final String MARKUP = "<b>Corso</b> & <script>alert(1)</script> carrellisti";

    private final int porta;
    private final ClientHttp client;
    private final String password;
    private final ProcessEngine engine;
    private final AgendaService agenda;
    private final AuditService audit;
    private final ObjectMapper json = new ObjectMapper();

    private final String cognome = "Quàrtana" + lettereCasuali();
    private PraticaDiProva richiesta;
    private PraticaDiProva pratica;

    FascicoloControllerTest(
            @LocalServerPort int porta,
            @Value("${sil.demo.password}") String password,
            ProcessEngine engine,
            AgendaService agenda,
            AuditService audit) {
        this.porta = porta;
        this.client = new ClientHttp(porta);
        this.password = password;
        this.engine = engine;
        this.agenda = agenda;
        this.audit = audit;
    }

    @BeforeAll
    void praticaLavorataDaTuttiGliSportelli() {
        richiesta = new PraticaDiProva(engine, agenda)
                .richiestaRapida("Nicolò", cognome, "Informazioni sui corsi della Regione.");
        pratica = new PraticaDiProva(engine, agenda, richiesta.codiceFiscale())
                .accoglienza("Nicolò", cognome, "Cerca lavoro dopo la chiusura del negozio.")
                .appuntamento("Bilancio delle competenze.")
                .colloquio()
                .obiettivi(MARKUP)
                .proposta("Corso per carrellisti di 120 ore.")
                .decisione("APPROVATA", "Progetto coerente con il percorso di riqualificazione.")
                .progettoConcluso("Corso concluso con l'attestato.");
    }

    @AfterAll
    void elimina() {
        richiesta.eliminaSeInCorso();
        pratica.eliminaSeInCorso();
    }

    @Test
    void sportelloInformativo_leggeLaCronologiaDallaPiuVecchiaConEtichetteDateENomi() throws Exception {
        var risposta = client.get(fascicolo(), "informativo", password);

        assertThat(risposta.statusCode()).as(risposta.body()).isEqualTo(200);
        JsonNode vista = json.readTree(risposta.body());
        assertThat(vista.path("cittadino").path("cognome").asText()).isEqualTo(cognome);
        assertThat(vista.path("cittadino").path("dataNascita").asText()).isEqualTo("21/04/1988");
        assertThat(vista.path("cittadino").path("telefono").asText()).isEqualTo("+39 333 1234567");
        // Back at the informative desk for the presa visione of the report.
        assertThat(vista.path("stato").asText()).isEqualTo("In corso");
        var titoli = new ArrayList<String>();
        vista.path("cronologia").forEach(voce -> titoli.add(voce.path("titolo").asText()));
        assertThat(titoli)
                .containsSubsequence(
                        "Accesso allo Sportello Informativo",
                        "Presa in carico: aperta la scheda utente",
                        "Colloquio di assessment",
                        "Profilazione e obiettivi condivisi",
                        "Condivisione del caso con lo Sportello Informativo",
                        "Orientamento specialistico",
                        "Proposta progettuale, versione 1",
                        "Decisione della Cabina di Regia sulla versione 1",
                        "Avvio del progetto",
                        "Monitoraggio n. 1",
                        "Relazione finale")
                .contains("Appuntamento allo Sportello Informativo di Orientamento al Lavoro");
        JsonNode primo = vista.path("cronologia").get(0);
        assertThat(primo.path("data").asText()).matches("\\d{2}/\\d{2}/\\d{4} alle \\d{2}:\\d{2}");
        assertThat(primo.path("operatore").asText()).isEqualTo("Giulia Marchetti");
        assertThat(voce(vista, "Decisione della Cabina di Regia sulla versione 1")
                        .path("operatore")
                        .asText())
                .isEqualTo("Antonio Greco");
        assertThat(dettagli(voce(vista, "Colloquio di assessment")))
                .contains("Titolo di studio: Licenza media", "Competenze digitali: Di base (e-mail, navigazione)")
                .noneMatch(riga -> riga.contains("LICENZA_MEDIA"));
        assertThat(dettagli(voce(vista, "Profilazione e obiettivi condivisi")))
                .contains("Percorso scelto: Riqualificazione - reskilling (GOL 3)", "Obiettivi concordati: " + MARKUP);
        assertThat(dettagli(voce(vista, "Decisione della Cabina di Regia sulla versione 1")))
                .contains(
                        "Decisione: Approvata", "Motivazione: Progetto coerente con il percorso di riqualificazione.");
        assertThat(vista.path("altrePratiche").get(0).path("numeroPratica").asText())
                .isEqualTo(richiesta.numeroPratica());
        assertThat(vista.path("altrePratiche").get(0).path("stato").asText())
                .isEqualTo("Richiesta in attesa di risposta");
        var documenti = new ArrayList<String>();
        vista.path("documenti").forEach(d -> documenti.add(d.path("tipo").asText()));
        assertThat(documenti)
                .containsExactly("scheda-accesso", "appuntamento", "patto", "proposta", "relazione-finale");
        assertThat(vista.path("strumenti").path("cercaCittadini").asBoolean()).isTrue();
        assertThat(vista.path("strumenti").path("scriveCartellaSociale").asBoolean())
                .isTrue();
    }

    /**
     * The Cabina di Regia reads what its decision needs, as its task receives it (ADR 0010, 0016): who, the chosen
     * path and goals, the specialist outcome, the proposals and decisions; not the assessment (social fragility,
     * work history), the suggestion's reason, the access, the appointments, the desks' notes, the matching and the
     * project, the contacts, the codice fiscale, the citizen's other cases; of the documents its minutes only.
     */
    @Test
    void cabinaDiRegia_leggeSoloCioCheServeAllaDecisione() throws Exception {
        var risposta = client.get(fascicolo(), "cabina", password);

        assertThat(risposta.statusCode()).as(risposta.body()).isEqualTo(200);
        JsonNode vista = json.readTree(risposta.body());
        JsonNode cittadino = vista.path("cittadino");
        assertThat(cittadino.path("cognome").asText()).isEqualTo(cognome);
        assertThat(cittadino.path("nome").asText()).isEqualTo("Nicolò");
        for (String nascosto : List.of("telefono", "email", "codiceFiscale", "dataNascita")) {
            assertThat(cittadino.path(nascosto).isNull()).as(nascosto).isTrue();
        }
        var titoli = new ArrayList<String>();
        vista.path("cronologia").forEach(voce -> titoli.add(voce.path("titolo").asText()));
        assertThat(titoli)
                .containsExactly(
                        "Profilazione e obiettivi condivisi",
                        "Orientamento specialistico",
                        "Proposta progettuale, versione 1",
                        "Decisione della Cabina di Regia sulla versione 1");
        assertThat(dettagli(voce(vista, "Profilazione e obiettivi condivisi")))
                .contains("Percorso scelto: Riqualificazione - reskilling (GOL 3)", "Obiettivi concordati: " + MARKUP)
                .noneMatch(riga -> riga.startsWith("Percorso suggerito") || riga.startsWith("Motivazione"));
        assertThat(risposta.body())
                .doesNotContain(
                        "Fragilità", "Storia professionale", "Bisogno espresso", pratica.codiceFiscale(), "+39 333");
        // Not an empty list: the tab would tell the committee that the citizen has no other case.
        assertThat(vista.path("altrePratiche").isNull()).isTrue();
        var documenti = new ArrayList<String>();
        vista.path("documenti").forEach(d -> documenti.add(d.path("tipo").asText()));
        assertThat(documenti).containsExactly("proposta");
        // The tab offers neither the search of citizens nor the writing of the cartella sociale, which /api refuses.
        assertThat(vista.path("strumenti").path("cercaCittadini").isBoolean()).isTrue();
        assertThat(vista.path("strumenti").path("cercaCittadini").asBoolean()).isFalse();
        assertThat(vista.path("strumenti").path("scriveCartellaSociale").asBoolean())
                .isFalse();
        assertThat(client.get("/api/cittadini?q=" + cognome, "cabina", password).statusCode())
                .isEqualTo(403);
        assertThat(client.get(documento("proposta"), "cabina", password).statusCode())
                .isEqualTo(200);
        for (String tipo : List.of("scheda-accesso", "appuntamento", "patto", "relazione-finale")) {
            var rifiutato = client.get(documento(tipo), "cabina", password);
            assertThat(rifiutato.statusCode()).as(tipo).isEqualTo(403);
            assertThat(json.readTree(rifiutato.body()).path("detail").asText())
                    .startsWith("La Cabina di Regia può stampare solo la proposta progettuale");
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "informativo,   200",
        "specialistico, 200",
        "cabina,        200",
        "partner,       403",
        "responsabile,  403",
        "admin,         403"
    })
    void fascicoloEDocumenti_soloSportelliECabina_ogniLetturaNelRegistro(String utente, int stato) {
        Instant prima = Instant.now();
        assertThat(client.get(fascicolo(), utente, password).statusCode()).isEqualTo(stato);
        assertThat(client.get(documento("proposta"), utente, password).statusCode())
                .isEqualTo(stato);

        var righe = righeDi(utente, prima);
        if (stato == 200) {
            assertThat(righe)
                    .extracting(EventoAudit::entita, EventoAudit::entitaId)
                    .contains(
                            org.assertj.core.groups.Tuple.tuple("fascicolo", pratica.numeroPratica()),
                            org.assertj.core.groups.Tuple.tuple("documento pdf", "proposta"));
            assertThat(righe).allMatch(riga -> riga.cittadinoId() != null);
        } else {
            assertThat(righe).isEmpty();
        }
    }

    @Test
    void anonimo_401() {
        assertThat(client.get(fascicolo()).statusCode()).isEqualTo(401);
        assertThat(client.get("/api/cittadini?q=" + cognome).statusCode()).isEqualTo(401);
    }

    @Test
    void praticaSconosciuta_404InItaliano() throws Exception {
        var risposta = client.get("/api/pratiche/SIL-2099-999999/fascicolo", "informativo", password);

        assertThat(risposta.statusCode()).isEqualTo(404);
        assertThat(json.readTree(risposta.body()).path("detail").asText())
                .isEqualTo("Non esiste una pratica SIL-2099-999999.");
        assertThat(client.get(documento("ricevuta"), "informativo", password).statusCode())
                .isEqualTo(404);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "informativo,   200",
        "specialistico, 200",
        "cabina,        403",
        "partner,       403",
        "responsabile,  403",
        "admin,         403"
    })
    void ricercaPerParteDelCognomeSenzaAccentiNeMaiuscole_soloGliSportelli(String utente, int stato) throws Exception {
        Instant prima = Instant.now();
        String parte =
                cognome.substring(0, cognome.length() - 2).replace('à', 'a').toLowerCase();

        var risposta = client.get("/api/cittadini?q=" + parte, utente, password);

        assertThat(risposta.statusCode()).as(risposta.body()).isEqualTo(stato);
        if (stato == 200) {
            JsonNode trovati = json.readTree(risposta.body()).path("cittadini");
            assertThat(trovati).hasSize(1);
            assertThat(trovati.get(0).path("codiceFiscale").asText()).isEqualTo(pratica.codiceFiscale());
            assertThat(trovati.get(0).path("pratiche")).hasSize(2);
            assertThat(righeDi(utente, prima)).extracting(EventoAudit::entita).containsExactly("cittadino");
        } else {
            assertThat(righeDi(utente, prima)).isEmpty();
        }
    }

    @Test
    void ricerca_perCodiceFiscaleONomeECognome_eTroppoCortaRifiutata() throws Exception {
        String parteDelCodice = pratica.codiceFiscale().substring(0, 9).toLowerCase();
        assertThat(trovati("/api/cittadini?q=" + parteDelCodice)).contains(pratica.codiceFiscale());
        assertThat(trovati("/api/cittadini?q=nicol%20" + cognome.substring(3, 8).replace('à', 'a')))
                .isEmpty();
        assertThat(trovati("/api/cittadini?q=nicol%20quartana" + cognome.substring(8, 10)))
                .containsExactly(pratica.codiceFiscale());
        var corta = client.get("/api/cittadini?q=q", "informativo", password);
        assertThat(corta.statusCode()).isEqualTo(400);
        assertThat(json.readTree(corta.body()).path("detail").asText()).contains("almeno due lettere");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"scheda-accesso", "appuntamento", "patto", "proposta", "relazione-finale"})
    void documentoPdf_validoConIntestazionePaginaEDatiDellaPratica(String tipo) throws Exception {
        var risposta = scarica(documento(tipo));

        assertThat(risposta.statusCode()).isEqualTo(200);
        assertThat(risposta.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(risposta.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment;");
        // Kept for the README's picture of a page (pdftoppm) and for a look by hand.
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/pdf"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/pdf/" + tipo + ".pdf"), risposta.body());
        String testo = testoDelPdf(risposta.body());
        assertThat(testo)
                .contains("Comune di Sant'Arzenio", pratica.numeroPratica(), "Pagina 1 di 1")
                .contains(cognome + " Nicolò");
        switch (tipo) {
            case "scheda-accesso" -> assertThat(testo)
                    .contains("informativa sul trattamento dei dati personali", "Giulia Marchetti")
                    .contains("Firma del cittadino per ricevuta");
            case "appuntamento" -> assertThat(testo).contains("Torre Civica", "documento d'identità");
            case "patto" -> assertThat(testo)
                    .contains(MARKUP, "Riqualificazione - reskilling (GOL 3)", "Firma del cittadino")
                    // No appointment follows the goals in the model: the citizen reads who will call and where.
                    .contains("Prossimo appuntamento", "contatterà");
            case "proposta" -> assertThat(testo)
                    .contains("Corso per carrellisti di 120 ore.", "Verbale della Cabina di Regia", "Approvata")
                    .contains("Antonio Greco", "Per la Cabina di Regia");
            case "relazione-finale" -> assertThat(testo)
                    .contains("Corso concluso con l'attestato.", "Formazione conclusa", "Centro di formazione");
            default -> throw new IllegalArgumentException(tipo);
        }
    }

    private String fascicolo() {
        return "/api/pratiche/" + pratica.numeroPratica() + "/fascicolo";
    }

    private String documento(String tipo) {
        return "/api/pratiche/" + pratica.numeroPratica() + "/documenti/" + tipo + ".pdf";
    }

    private List<String> trovati(String percorso) throws Exception {
        var risposta = client.get(percorso, "specialistico", password);
        assertThat(risposta.statusCode()).as(risposta.body()).isEqualTo(200);
        var codici = new ArrayList<String>();
        json.readTree(risposta.body())
                .path("cittadini")
                .forEach(c -> codici.add(c.path("codiceFiscale").asText()));
        return codici;
    }

    private List<EventoAudit> righeDi(String utente, Instant dal) {
        return audit.cerca(dal, Instant.now().plusSeconds(1), utente, null).stream()
                .filter(riga -> riga.entita().equals("fascicolo")
                        || riga.entita().equals("documento pdf")
                        || riga.dettaglio() != null && riga.dettaglio().startsWith("ricerca"))
                .toList();
    }

    private HttpResponse<byte[]> scarica(String percorso) throws Exception {
        var richiesta = HttpRequest.newBuilder(URI.create("http://localhost:" + porta + percorso))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(("informativo:" + password).getBytes()))
                .timeout(Duration.ofSeconds(30))
                .build();
        return HttpClient.newHttpClient().send(richiesta, HttpResponse.BodyHandlers.ofByteArray());
    }

    static String testoDelPdf(byte[] pdf) throws Exception {
        try (var lettore = new PdfReader(pdf)) {
            var estrattore = new PdfTextExtractor(lettore);
            var testo = new StringBuilder();
            for (int pagina = 1; pagina <= lettore.getNumberOfPages(); pagina++) {
                testo.append(estrattore.getTextFromPage(pagina)).append('\n');
            }
            return testo.toString();
        }
    }

    private static JsonNode voce(JsonNode vista, String titolo) {
        for (JsonNode voce : vista.path("cronologia")) {
            if (voce.path("titolo").asText().equals(titolo)) {
                return voce;
            }
        }
        throw new AssertionError("no event " + titolo + " in " + vista.path("cronologia"));
    }

    private static List<String> dettagli(JsonNode voce) {
        var righe = new ArrayList<String>();
        voce.path("dettagli")
                .forEach(d -> righe.add(
                        d.path("etichetta").asText() + ": " + d.path("valore").asText()));
        return righe;
    }

    private static String lettereCasuali() {
        var lettere = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            lettere.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return lettere.toString();
    }
}
