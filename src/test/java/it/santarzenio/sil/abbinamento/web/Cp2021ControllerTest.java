package it.santarzenio.sil.abbinamento.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.santarzenio.sil.ApplicazioneSuH2;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** {@code POST /api/cp2021}: an administrator imports ISTAT's file; bad lines are listed in Italian. */
@ApplicazioneSuH2
class Cp2021ControllerTest {

    private final TestRestTemplate http;
    private final ObjectMapper json;
    private final String password;

    Cp2021ControllerTest(TestRestTemplate http, ObjectMapper json, @Value("${sil.demo.password}") String password) {
        this.http = http;
        this.json = json;
        this.password = password;
    }

    private ResponseEntity<String> importa(String utente, byte[] contenuto) {
        var parti = new LinkedMultiValueMap<String, Object>();
        parti.add("file", new ByteArrayResource(contenuto) {
            @Override
            public String getFilename() {
                return "cp2021.csv";
            }
        });
        var intestazioni = new HttpHeaders();
        intestazioni.setContentType(MediaType.MULTIPART_FORM_DATA);
        var client = utente == null ? http : http.withBasicAuth(utente, password);
        return client.postForEntity("/api/cp2021", new HttpEntity<>(parti, intestazioni), String.class);
    }

    private ResponseEntity<String> importa(String utente, String contenuto) {
        return importa(utente, contenuto.getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode corpo(ResponseEntity<String> risposta) throws Exception {
        return json.readTree(risposta.getBody());
    }

    @Test
    void fileIstatDellaMigrazione_reimportatoSenzaModifiche() throws Exception {
        var file = new ClassPathResource("cp2021/cp2021-grandi-gruppi-e-classi.csv").getContentAsByteArray();

        var risposta = importa("admin", file);

        assertThat(risposta.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(corpo(risposta).path("righe").asInt()).isEqualTo(139);
        assertThat(corpo(risposta).path("inserite").asInt()).isZero();
        assertThat(corpo(risposta).path("aggiornate").asInt()).isEqualTo(139);
    }

    @Test
    void fileACinqueLivelli_aggiungeCategorieEUnita() throws Exception {
        var risposta = importa(
                "admin",
                "\uFEFFcodice;livello;denominazione\r\n"
                        + "7.4;gruppo;Conduttori di veicoli, di macchinari mobili e di sollevamento\r\n"
                        + "7.4.4.2;Categoria;Conduttori di macchinari per il movimento terra\r\n"
                        + "7.4.4.2.1;unità professionale;\"Conduttori di macchinari per il movimento terra; escavatoristi\"\r\n"
                        + "\r\n");

        assertThat(risposta.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(corpo(risposta).path("inserite").asInt()).isEqualTo(3);
        var unita = corpo(http.withBasicAuth("partner", password).getForEntity("/api/cp2021/7.4.4.2.1", String.class));
        assertThat(unita.path("livello").asInt()).isEqualTo(5);
        assertThat(unita.path("denominazione").asText())
                .isEqualTo("Conduttori di macchinari per il movimento terra; escavatoristi");
    }

    @Test
    void righeSbagliate_400ConOgniRigaENienteImportato() throws Exception {
        var risposta = importa(
                "admin",
                "codice;livello;denominazione\n"
                        + "6.9.9.9.9;unità professionale;Professione che non deve entrare\n"
                        + "7.x;classe;Codice sbagliato\n"
                        + "7.4.4.2;classe;Livello sbagliato\n"
                        + "7.4.4.3;categoria;\n"
                        + "solo due;colonne\n"
                        + "6.9.9.9.9;unità professionale;Doppione\n");

        assertThat(risposta.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        List<String> errori = new ArrayList<>();
        corpo(risposta).path("errori").forEach(errore -> errori.add(errore.asText()));
        assertThat(errori)
                .containsExactly(
                        "Riga 3: «7.x» non è un codice CP2021 (per esempio 7.4.4).",
                        "Riga 4: il livello «classe» non corrisponde al codice 7.4.4.2, che è di livello 4"
                                + " («categoria»).",
                        "Riga 5: manca la denominazione della professione 7.4.4.3.",
                        "Riga 6: attese 3 colonne separate da «;» (codice;livello;denominazione).",
                        "Riga 7: il codice 6.9.9.9.9 compare già alla riga 2.");
        assertThat(http.withBasicAuth("partner", password)
                        .getForEntity("/api/cp2021/6.9.9.9.9", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void fileNonUtf8OVuoto_400() throws Exception {
        var latino1 = "7.4.4;classe;Conduttori di macchine agricole e attività".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(corpo(importa("admin", latino1)).path("detail").asText())
                .isEqualTo(
                        "Il file non è in UTF-8: salvarlo come CSV UTF-8 (codice;livello;denominazione) e riprovare.");
        assertThat(corpo(importa("admin", "codice;livello;denominazione\n"))
                        .path("detail")
                        .asText())
                .isEqualTo("Il file non contiene alcuna professione: atteso codice;livello;denominazione per riga.");
    }

    @Test
    void soloGliAmministratori_importano() throws Exception {
        assertThat(importa(null, "7;grande gruppo;x").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        var negata = importa("partner", "7;grande gruppo;x");
        assertThat(negata.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(corpo(negata).path("detail").asText())
                .isEqualTo("Solo gli amministratori di sistema possono importare la classificazione CP2021.");
        assertThat(importa("specialistico", "7;grande gruppo;x").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }
}
