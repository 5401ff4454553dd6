package it.santarzenio.sil.processo;

import static it.santarzenio.sil.accesso.CodiciFiscaliDiProva.nuovoCodiceFiscale;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** Bad input through the engine's REST API: HTTP 400 and the Italian message alone, nothing written. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:rest;DB_CLOSE_DELAY=-1")
class ValidazioneRestTest {

    private static final String AVVIO = "/engine-rest/process-definition/key/PercorsoCittadinoProcess/submit-form";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ProcessEngine engine;

    @Test
    void codiceFiscaleSbagliato_400ConIlSoloMessaggioItaliano() {
        var scheda = PercorsoCittadinoProcessTest.schedaAccesso("RSSMRA85T10A562X", "PERCORSO", true);
        long prima = istanze();

        var risposta = comeInformativo().postForEntity(AVVIO, variabili(scheda), Map.class);

        assertThat(risposta.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) risposta.getBody().get("message"))
                .isEqualTo("Il codice fiscale RSSMRA85T10A562X non è valido: il carattere di controllo non"
                        + " corrisponde. Verificare di averlo trascritto correttamente.");
        assertThat(istanze()).isEqualTo(prima);
    }

    /** The generic start call, which Tasklist does not use: the engine would answer 500 (ADR 0002). */
    @Test
    void codiceFiscaleSbagliatoConLaChiamataStart_400ConIlSoloMessaggioItaliano() {
        var scheda = PercorsoCittadinoProcessTest.schedaAccesso("RSSMRA85T10A562X", "PERCORSO", true);
        long prima = istanze();

        var risposta = comeInformativo()
                .postForEntity(
                        "/engine-rest/process-definition/key/PercorsoCittadinoProcess/start",
                        variabili(scheda),
                        Map.class);

        assertThat(risposta.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) risposta.getBody().get("message"))
                .isEqualTo("Il codice fiscale RSSMRA85T10A562X non è valido: il carattere di controllo non"
                        + " corrisponde. Verificare di averlo trascritto correttamente.");
        assertThat(istanze()).isEqualTo(prima);
    }

    /** No `sesso` in the variables (the older contract): name, surname and birth date are checked all the same. */
    @Test
    void codiceFiscaleDiUnAltraPersonaSenzaSessoConLaChiamataStart_400NominandoLaParte() {
        var scheda = PercorsoCittadinoProcessTest.schedaAccesso(nuovoCodiceFiscale(), "PERCORSO", true);
        scheda.put(Variabili.NOME, "Marco");
        long prima = istanze();

        var risposta = comeInformativo()
                .postForEntity(
                        "/engine-rest/process-definition/key/PercorsoCittadinoProcess/start",
                        variabili(scheda),
                        Map.class);

        assertThat(risposta.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) risposta.getBody().get("message"))
                .startsWith("Il codice fiscale ")
                .contains("non corrisponde al nome «Marco»: le lettere dalla quarta alla sesta dovrebbero essere MRC,"
                        + " nel codice sono LCU.");
        assertThat(istanze()).isEqualTo(prima);
    }

    @Test
    void compitoConDatiMancanti_400ECompitoAncoraAperto() {
        var scheda = PercorsoCittadinoProcessTest.schedaAccesso(nuovoCodiceFiscale(), "RISOLVIBILE", null);
        var avvio = comeInformativo().postForEntity(AVVIO, variabili(scheda), Map.class);
        assertThat(avvio.getStatusCode()).isEqualTo(HttpStatus.OK);
        var compito = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId((String) avvio.getBody().get("id"))
                .singleResult();

        var risposta = comeInformativo()
                .postForEntity(
                        "/engine-rest/task/" + compito.getId() + "/submit-form",
                        variabili(Map.of(Variabili.RISPOSTA_FORNITA, "")),
                        Map.class);

        assertThat(risposta.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) risposta.getBody().get("message"))
                .isEqualTo("Descrivere la risposta fornita al cittadino.");
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(compito.getId())
                        .count())
                .isOne();
    }

    @Test
    void utenteDiUnAltroGruppo_nonPuoAprirePratiche() {
        var scheda = PercorsoCittadinoProcessTest.schedaAccesso(nuovoCodiceFiscale(), "RISOLVIBILE", null);

        var risposta = rest.withBasicAuth("partner", "demo").postForEntity(AVVIO, variabili(scheda), Map.class);

        assertThat(risposta.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    /**
     * Cases in the engine's history. The tests of this class share one database and JUnit does not promise their
     * order: each compares with the count before it, not with zero.
     */
    private long istanze() {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().count();
    }

    private TestRestTemplate comeInformativo() {
        return rest.withBasicAuth("informativo", "demo");
    }

    private static Map<String, Object> variabili(Map<String, Object> valori) {
        var variabili = new HashMap<String, Object>();
        valori.forEach((nome, valore) -> {
            if (valore != null) {
                variabili.put(nome, Map.of("value", valore));
            }
        });
        return Map.of("variables", variabili);
    }
}
