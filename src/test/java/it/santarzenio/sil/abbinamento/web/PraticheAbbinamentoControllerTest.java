package it.santarzenio.sil.abbinamento.web;

import static it.santarzenio.sil.accesso.CodiciFiscaliDiProva.nuovoCodiceFiscale;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.santarzenio.sil.ApplicazioneSuH2;
import it.santarzenio.sil.accesso.AccessoService;
import it.santarzenio.sil.accesso.SchedaAccesso;
import it.santarzenio.sil.accesso.Sesso;
import it.santarzenio.sil.accesso.TipoRichiesta;
import it.santarzenio.sil.orientamento.CompetenzeDigitali;
import it.santarzenio.sil.orientamento.CondizioneOccupazionale;
import it.santarzenio.sil.orientamento.EsitoColloquio;
import it.santarzenio.sil.orientamento.OrientamentoService;
import it.santarzenio.sil.orientamento.Presenza;
import it.santarzenio.sil.orientamento.TitoloStudio;
import it.santarzenio.sil.specialistico.CartellaSocialeService;
import it.santarzenio.sil.specialistico.NuovaNota;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Matching of one case over {@code /api/pratiche/{numeroPratica}}: the partner sees ranked offers with reasons and a
 * match profile that carries no social data, records referrals; the specialist desk reads their outcomes.
 */
@ApplicazioneSuH2
class PraticheAbbinamentoControllerTest {

    private final TestRestTemplate http;
    private final ObjectMapper json;
    private final AccessoService accessi;
    private final OrientamentoService orientamento;
    private final CartellaSocialeService cartellaSociale;
    private final String password;

    PraticheAbbinamentoControllerTest(
            TestRestTemplate http,
            ObjectMapper json,
            AccessoService accessi,
            OrientamentoService orientamento,
            CartellaSocialeService cartellaSociale,
            @Value("${sil.demo.password}") String password) {
        this.http = http;
        this.json = json;
        this.accessi = accessi;
        this.orientamento = orientamento;
        this.cartellaSociale = cartellaSociale;
        this.password = password;
    }

    /** A case taken in charge and assessed, with social fragility recorded: the partner must never read it. */
    static void praticaValutata(
            AccessoService accessi, OrientamentoService orientamento, String numeroPratica, String codiceFiscale) {
        var registrato = accessi.registra(
                new SchedaAccesso(
                        codiceFiscale,
                        "Anna",
                        "Ferraro",
                        LocalDate.of(1988, 5, 10),
                        "+39 347 7654321",
                        "anna.ferraro@example.org",
                        true,
                        "Bisogno riservato espresso allo sportello",
                        TipoRichiesta.PERCORSO,
                        true,
                        null),
                numeroPratica,
                "informativo");
        accessi.apriSchedaUtente(numeroPratica, registrato.cittadinoId(), "informativo");
        orientamento.registraColloquio(
                numeroPratica,
                new EsitoColloquio(
                        Presenza.PRESENTE,
                        TitoloStudio.LICENZA_MEDIA,
                        CondizioneOccupazionale.DISOCCUPATO,
                        14,
                        "Magazziniera per cinque anni in un centro logistico",
                        true,
                        CompetenzeDigitali.BASE,
                        true),
                "informativo");
    }

    private ResponseEntity<String> chiama(HttpMethod metodo, String percorso, String utente, String corpo) {
        var intestazioni = new HttpHeaders();
        intestazioni.setContentType(MediaType.APPLICATION_JSON);
        var client = utente == null ? http : http.withBasicAuth(utente, password);
        return client.exchange(percorso, metodo, new HttpEntity<>(corpo, intestazioni), String.class);
    }

    private JsonNode corpo(ResponseEntity<String> risposta) throws Exception {
        return json.readTree(risposta.getBody());
    }

    private long offerta(String titolo, String codice, String requisiti) throws Exception {
        var testo = OfferteControllerTest.offertaValida(titolo)
                .replace("\"8.1.3\"", "\"" + codice + "\"")
                .replace("\"titoloStudioMinimo\": \"LICENZA_MEDIA\"", requisiti);
        var creata = chiama(HttpMethod.POST, "/api/offerte", "partner", testo);
        assertThat(creata.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return corpo(creata).path("id").asLong();
    }

    @Test
    void consulente_offerteOrdinateConMotiviESoloIlProfiloDiAbbinamento() throws Exception {
        var pratica = "SIL-2026-910001";
        praticaValutata(accessi, orientamento, pratica, "FRRNNA88E50H501D");
        cartellaSociale.aggiungiNota(
                pratica, new NuovaNota("Seguita dai servizi sociali per disagio abitativo"), "specialistico");
        var desiderate = chiama(
                HttpMethod.PUT,
                "/api/pratiche/" + pratica + "/professioni-desiderate",
                "specialistico",
                "{\"professioniDesiderate\": [\"8.1.3\", \"5.1.2\"], \"patente\": true}");
        assertThat(desiderate.getStatusCode()).isEqualTo(HttpStatus.OK);
        long lontana = offerta("Commessa di profumeria", "2.5.1", "\"titoloStudioMinimo\": \"LAUREA\"");
        long conDiploma = offerta("Magazziniera con diploma", "8.1.3", "\"titoloStudioMinimo\": \"DIPLOMA\"");
        long vicina = offerta("Addetta al carico merci", "8.1.3", "\"titoloStudioMinimo\": \"LICENZA_MEDIA\"");
        long chiusa = offerta("Addetta consegne", "8.1.3", "\"titoloStudioMinimo\": null");
        chiama(HttpMethod.POST, "/api/offerte/" + chiusa + "/chiusura", "partner", null);

        var risposta = chiama(HttpMethod.GET, "/api/pratiche/" + pratica + "/abbinamento", "partner", null);

        assertThat(risposta.getStatusCode()).isEqualTo(HttpStatus.OK);
        var abbinamento = corpo(risposta);
        var ordine = new ArrayList<Long>();
        abbinamento
                .path("offerte")
                .forEach(o -> ordine.add(o.path("offerta").path("id").asLong()));
        assertThat(ordine).doesNotContain(chiusa).containsSubsequence(vicina, conDiploma, lontana);
        var prima = abbinamento.path("offerte").get(ordine.indexOf(vicina));
        assertThat(testi(prima.path("motivi")))
                .contains(
                        "Stessa classe professionale 8.1.3",
                        "Titolo di studio adeguato: LICENZA_MEDIA (richiesto: LICENZA_MEDIA)",
                        "Competenze digitali adeguate: BASE (richieste: BASE)",
                        "Patente richiesta e posseduta",
                        "Stesso comune: Sant'Arzenio");
        assertThat(testi(abbinamento
                        .path("offerte")
                        .get(ordine.indexOf(conDiploma))
                        .path("motivi")))
                .contains("Titolo di studio inferiore al richiesto: DIPLOMA");

        var profilo = abbinamento.path("profilo");
        var campi = new ArrayList<String>();
        profilo.fieldNames().forEachRemaining(campi::add);
        assertThat(campi)
                .containsExactlyInAnyOrder(
                        "numeroPratica",
                        "nome",
                        "cognome",
                        "telefono",
                        "email",
                        "titoloStudio",
                        "esperienzaProfessionale",
                        "competenzeDigitali",
                        "professioniDesiderate",
                        "patente",
                        "comune");
        assertThat(profilo.path("esperienzaProfessionale").asText())
                .isEqualTo("Magazziniera per cinque anni in un centro logistico");
        assertThat(profilo.path("professioniDesiderate")
                        .get(0)
                        .path("denominazione")
                        .asText())
                .isEqualTo("Addetti alle vendite");
        assertNessunDatoSociale(risposta.getBody());
        assertNessunDatoSociale(chiama(HttpMethod.GET, "/api/pratiche/" + pratica + "/segnalazioni", "partner", null)
                .getBody());
        assertNessunDatoSociale(desiderate.getBody());
    }

    /** Field names and values the partner's views must never carry (design.md section 4). */
    static void assertNessunDatoSociale(String corpo) {
        assertThat(corpo.toLowerCase(Locale.ROOT))
                .doesNotContain("fragilit")
                .doesNotContain("cartella")
                .doesNotContain("note")
                .doesNotContain("codicefiscale")
                .doesNotContain("frrnna88e50h501d")
                .doesNotContain("vrdgpp75c12l219z")
                .doesNotContain("bnclra90m41f205z")
                .doesNotContain("datanascita")
                .doesNotContain("1988-05-10")
                .doesNotContain("bisogno riservato")
                .doesNotContain("condizioneoccupazionale")
                .doesNotContain("disoccupat")
                .doesNotContain("obiettivi")
                .doesNotContain("percorso")
                .doesNotContain("servizi sociali")
                .doesNotContain("disagio");
    }

    @Test
    void segnalazioni_registrateDalPartnerConMotivoLetteDalloSpecialistico() throws Exception {
        var pratica = "SIL-2026-910002";
        praticaValutata(
                accessi,
                orientamento,
                pratica,
                nuovoCodiceFiscale("Ferraro", "Anna", LocalDate.of(1988, 5, 10), Sesso.F));
        long offerta = offerta("Mulettista", "7.4.4", "\"titoloStudioMinimo\": null");
        var segnalazioni = "/api/pratiche/" + pratica + "/segnalazioni";
        var ieri = LocalDate.now().minusDays(1);

        assertProblema(
                chiama(HttpMethod.POST, segnalazioni, "partner", segnalazione(offerta, ieri, "NON_SELEZIONATO", null)),
                "Con il cittadino non selezionato o che ha rifiutato indicare il motivo.");
        assertProblema(
                chiama(
                        HttpMethod.POST,
                        segnalazioni,
                        "partner",
                        segnalazione(offerta, LocalDate.now().plusDays(3), "COLLOQUIO_FISSATO", null)),
                "La data della segnalazione (" + LocalDate.now().plusDays(3) + ") non può essere futura.");
        assertProblema(
                chiama(HttpMethod.POST, segnalazioni, "partner", segnalazione(999999, ieri, "ASSUNTO", null)),
                "L'offerta 999999 non esiste.");
        assertProblema(
                chiama(HttpMethod.POST, segnalazioni, "partner", segnalazione(offerta, ieri, "FORSE", null)),
                "Il valore «FORSE» non è ammesso per il campo «esito». Valori ammessi: COLLOQUIO_FISSATO, ASSUNTO,"
                        + " NON_SELEZIONATO, RIFIUTATO_DAL_CITTADINO.");
        assertThat(chiama(
                                HttpMethod.POST,
                                segnalazioni,
                                "specialistico",
                                segnalazione(offerta, ieri, "COLLOQUIO_FISSATO", null))
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(chiama(
                                HttpMethod.POST,
                                segnalazioni,
                                "partner",
                                segnalazione(offerta, ieri.minusDays(2), "COLLOQUIO_FISSATO", null))
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        var negativa = chiama(
                HttpMethod.POST,
                segnalazioni,
                "partner",
                segnalazione(offerta, ieri, "NON_SELEZIONATO", "Richiesto patentino per carrelli elevatori"));
        assertThat(negativa.getStatusCode()).isEqualTo(HttpStatus.CREATED);

        var lette = corpo(chiama(HttpMethod.GET, segnalazioni, "specialistico", null));
        assertThat(lette).hasSize(2);
        assertThat(lette.get(0).path("esito").asText()).isEqualTo("COLLOQUIO_FISSATO");
        assertThat(lette.get(1).path("esito").asText()).isEqualTo("NON_SELEZIONATO");
        assertThat(lette.get(1).path("motivo").asText()).isEqualTo("Richiesto patentino per carrelli elevatori");
        assertThat(lette.get(1).path("titoloOfferta").asText()).isEqualTo("Mulettista");
        assertThat(lette.get(1).path("operatore").asText()).isEqualTo("partner");
        assertThat(chiama(HttpMethod.GET, segnalazioni, "cabina", null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    private static String segnalazione(long offerta, LocalDate data, String esito, String motivo) {
        return "{\"offertaId\": %d, \"data\": \"%s\", \"esito\": \"%s\", \"motivo\": %s}"
                .formatted(offerta, data, esito, motivo == null ? "null" : "\"" + motivo + "\"");
    }

    @Test
    void accessiNegatiECasiSbagliati() throws Exception {
        var pratica = "SIL-2026-910001";
        assertThat(chiama(HttpMethod.GET, "/api/pratiche/" + pratica + "/abbinamento", null, null)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        var negata = chiama(HttpMethod.GET, "/api/pratiche/" + pratica + "/abbinamento", "informativo", null);
        assertThat(negata.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(corpo(negata).path("detail").asText())
                .isEqualTo("L'abbinamento è consultabile dalla società partner e dallo Sportello Specialistico.");
        assertThat(chiama(
                                HttpMethod.PUT,
                                "/api/pratiche/" + pratica + "/professioni-desiderate",
                                "partner",
                                "{\"professioniDesiderate\": []}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        var sconosciuta = chiama(HttpMethod.GET, "/api/pratiche/SIL-2026-999999/abbinamento", "partner", null);
        assertThat(sconosciuta.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(corpo(sconosciuta).path("detail").asText())
                .isEqualTo("La pratica SIL-2026-999999 non esiste o non è stata presa in carico.");
        assertThat(chiama(
                                HttpMethod.PUT,
                                "/api/pratiche/SIL-2026-999999/professioni-desiderate",
                                "informativo",
                                "{\"professioniDesiderate\": [\"8.1.3\"]}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void professioniSconosciute_400PerCiascuna() throws Exception {
        praticaValutata(
                accessi,
                orientamento,
                "SIL-2026-910003",
                nuovoCodiceFiscale("Ferraro", "Anna", LocalDate.of(1988, 5, 10), Sesso.F));

        var risposta = chiama(
                HttpMethod.PUT,
                "/api/pratiche/SIL-2026-910003/professioni-desiderate",
                "informativo",
                "{\"professioniDesiderate\": [\"8.1.3\", \"8.9.9\", \"magazziniere\"]}");

        assertThat(risposta.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(testi(corpo(risposta).path("errori")))
                .containsExactly(
                        "Il codice CP2021 «8.9.9» non è nella classificazione delle professioni.",
                        "Il codice CP2021 «magazziniere» non è nella classificazione delle professioni.");
    }

    private static List<String> testi(JsonNode elenco) {
        var testi = new ArrayList<String>();
        elenco.forEach(testo -> testi.add(testo.asText()));
        return testi;
    }

    private void assertProblema(ResponseEntity<String> risposta, String messaggio) throws Exception {
        assertThat(risposta.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(corpo(risposta).path("detail").asText()).isEqualTo(messaggio);
    }
}
