package it.santarzenio.sil.specialistico.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.santarzenio.sil.accesso.AccessoService;
import it.santarzenio.sil.accesso.SchedaAccesso;
import it.santarzenio.sil.accesso.TipoRichiesta;
import jakarta.servlet.Filter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * /api/pratiche/{numeroPratica}/cartella-sociale through the real /api security chain: the desks upload and download,
 * the committee reads, the partner agency and anonymous callers are refused.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:percorso;DB_CLOSE_DELAY=-1")
class CartellaSocialeControllerTest {

    private static final AtomicLong CODICI = new AtomicLong(System.nanoTime() % 1_000_000_000L);
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    WebApplicationContext contesto;

    @Autowired
    AccessoService accessi;

    @Autowired
    ObjectMapper json;

    MockMvc http;
    String pratica;

    @BeforeEach
    void praticaPresaInCarico() {
        http = MockMvcBuilders.webAppContextSetup(contesto)
                .addFilters(contesto.getBean("springSecurityFilterChain", Filter.class))
                .build();
        pratica = accessi.nuovoNumeroPratica();
        var registrato = accessi.registra(
                new SchedaAccesso(
                        codiceProvvisorio(),
                        "Marta",
                        "Colombo",
                        LocalDate.of(1979, 3, 14),
                        null,
                        null,
                        true,
                        "Cerca un impiego part-time.",
                        TipoRichiesta.PERCORSO,
                        true,
                        null),
                pratica,
                "informativo");
        accessi.apriSchedaUtente(pratica, registrato.cittadinoId(), "informativo");
    }

    @Test
    void sportelloCaricaDocumento_sportelliECabinaLoLeggonoEScaricano() throws Exception {
        var risposta = http.perform(come(
                        "specialistico",
                        multipart(cartella() + "/documenti")
                                .file(new MockMultipartFile(
                                        "file", "C:\\Documenti\\relazione sociale.pdf", "application/pdf", PDF))
                                .param("descrizione", "Relazione dei servizi sociali")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.nomeFile").value("relazione sociale.pdf"))
                .andExpect(jsonPath("$.caricatoDa").value("specialistico"))
                .andExpect(jsonPath("$.dimensione").value(PDF.length))
                .andReturn()
                .getResponse();
        long id = json.readTree(risposta.getContentAsString()).path("id").asLong();
        assertThat(risposta.getHeader(HttpHeaders.LOCATION)).isEqualTo(cartella() + "/documenti/" + id);

        for (String utente : new String[] {"informativo", "specialistico", "cabina"}) {
            http.perform(come(utente, get(cartella())))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.documenti[0].descrizione").value("Relazione dei servizi sociali"))
                    .andExpect(jsonPath("$.documenti[0].contenuto").doesNotExist());
            http.perform(come(utente, get(cartella() + "/documenti/" + id)))
                    .andExpect(status().isOk())
                    .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                    .andExpect(header().string(
                                    HttpHeaders.CONTENT_DISPOSITION, org.hamcrest.Matchers.startsWith("attachment;")))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(content().bytes(PDF));
        }
    }

    @Test
    void sportelloAggiungeNota_compareNellaCartellaConAutore() throws Exception {
        http.perform(come(
                        "informativo",
                        post(cartella() + "/note")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"testo\": \"Seguita dai servizi sociali dal 2024.\"}")))
                .andExpect(status().isCreated());

        http.perform(come("specialistico", get(cartella())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.note[0].testo").value("Seguita dai servizi sociali dal 2024."))
                .andExpect(jsonPath("$.note[0].autore").value("informativo"));
    }

    @Test
    void notaVuota_400ConMessaggio() throws Exception {
        http.perform(come(
                        "informativo",
                        post(cartella() + "/note")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"testo\": \" \"}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Il testo della nota è obbligatorio."));
    }

    @Test
    void societaPartner_403InLetturaEInScrittura() throws Exception {
        http.perform(come("partner", get(cartella()))).andExpect(status().isForbidden());
        http.perform(come("partner", multipart(cartella() + "/documenti").file(pdf())))
                .andExpect(status().isForbidden());
    }

    @Test
    void cabinaDiRegia_leggeMaNonCarica() throws Exception {
        http.perform(come("cabina", get(cartella()))).andExpect(status().isOk());
        http.perform(come("cabina", multipart(cartella() + "/documenti").file(pdf())))
                .andExpect(status().isForbidden());
    }

    @Test
    void anonimoOUtenteSconosciuto_401() throws Exception {
        http.perform(get(cartella()))
                .andExpect(status().isUnauthorized())
                .andExpect(header().exists(HttpHeaders.WWW_AUTHENTICATE));
        // Not a demo user: a wrong password locks a real one for a while (the engine's login throttling).
        http.perform(get(cartella()).header(HttpHeaders.AUTHORIZATION, basic("sconosciuto", "demo")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void tipoNonAmmessoOContenutoDiverso_415ConMessaggio() throws Exception {
        http.perform(come(
                        "specialistico",
                        multipart(cartella() + "/documenti")
                                .file(new MockMultipartFile(
                                        "file", "setup.exe", "application/x-msdownload", new byte[] {'M', 'Z', 0}))))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.containsString("non è ammesso nella cartella sociale")));
        http.perform(come(
                        "specialistico",
                        multipart(cartella() + "/documenti")
                                .file(new MockMultipartFile(
                                        "file", "fattura.pdf", "application/pdf", new byte[] {'M', 'Z', 0}))))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.containsString("non corrisponde al tipo dichiarato (PDF)")));
    }

    @Test
    void documentoOltreIlLimite_413ConMessaggio() throws Exception {
        byte[] grande = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, grande, 0, PDF.length);
        http.perform(come(
                        "specialistico",
                        multipart(cartella() + "/documenti")
                                .file(new MockMultipartFile("file", "scansione.pdf", "application/pdf", grande))))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.startsWith("Il documento supera la dimensione massima di 10 MB")));
    }

    @Test
    void praticaInesistenteODocumentoDiAltraPratica_404() throws Exception {
        http.perform(come("informativo", get("/api/pratiche/SIL-1999-000001/cartella-sociale")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("non esiste")));
        http.perform(come("informativo", get(cartella() + "/documenti/999999999")))
                .andExpect(status().isNotFound());
    }

    private String cartella() {
        return "/api/pratiche/" + pratica + "/cartella-sociale";
    }

    private static MockMultipartFile pdf() {
        return new MockMultipartFile("file", "documento.pdf", "application/pdf", PDF);
    }

    private static MockHttpServletRequestBuilder come(String utente, MockHttpServletRequestBuilder richiesta) {
        return richiesta.header(HttpHeaders.AUTHORIZATION, basic(utente, "demo"));
    }

    private static String basic(String utente, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((utente + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** An 11-digit provisional codice fiscale with its check digit, new for every case. */
    private static String codiceProvvisorio() {
        String cifre = "%010d".formatted(CODICI.incrementAndGet() % 10_000_000_000L);
        int somma = 0;
        for (int i = 0; i < 10; i++) {
            int cifra = cifre.charAt(i) - '0';
            if (i % 2 == 1) {
                cifra = cifra * 2 > 9 ? cifra * 2 - 9 : cifra * 2;
            }
            somma += cifra;
        }
        return cifre + (10 - somma % 10) % 10;
    }
}
