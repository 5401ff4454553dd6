package it.santarzenio.sil.cruscotto.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.santarzenio.sil.ApplicazioneSuH2;
import it.santarzenio.sil.ClientHttp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Cruscotto API on H2: its keys, its Italian refusals, its files, and the Cockpit session that the plugin uses
 * in place of a second login (only the managers' and only for reading). The exact figures are CruscottoPostgresIT's.
 */
@ApplicazioneSuH2
class CruscottoControllerTest {

    private static final String PERIODO = "/api/cruscotto?dal=2026-01-01&al=2026-12-31";

    private final int porta;
    private final String password;
    private final ObjectMapper json = new ObjectMapper();

    CruscottoControllerTest(@LocalServerPort int porta, @Value("${sil.demo.password}") String password) {
        this.porta = porta;
        this.password = password;
    }

    @Test
    void responsabile_leChiaviDelCruscotto() throws Exception {
        var risposta = new ClientHttp(porta).get(PERIODO, "responsabile", password);

        assertThat(risposta.statusCode()).as(risposta.body()).isEqualTo(200);
        var figure = json.readTree(risposta.body());
        assertThat(figure.fieldNames())
                .toIterable()
                .contains(
                        "accessi",
                        "richiesteEvase",
                        "presiInCarico",
                        "inviiSpecialistico",
                        "proposte",
                        "decisioniCabina",
                        "progettiAvviati",
                        "progettiConclusi",
                        "casiChiusi",
                        "verificheEsiti",
                        "casiAperti",
                        "scaduti",
                        "durate",
                        "indicatoriGol",
                        "capacita");
        assertThat(figure.path("decisioniCabina").fieldNames())
                .toIterable()
                .containsExactly("APPROVATA", "DA_RIVEDERE", "RESPINTA");
        assertThat(figure.path("verificheEsiti").fieldNames())
                .toIterable()
                .as("the intervals of sil.verifica-esiti.intervalli")
                .containsExactly("P6M", "P12M");
        assertThat(figure.path("verificheEsiti").path("P12M").fieldNames())
                .toIterable()
                .containsExactly("OCCUPATO", "IN_FORMAZIONE", "IN_TIROCINIO", "DISOCCUPATO", "NON_RAGGIUNGIBILE");
        assertThat(figure.path("periodo").path("dal").asText()).isEqualTo("2026-01-01");
        assertThat(figure.path("capacita")
                        .path("INFORMATIVO")
                        .path("slotOfferti")
                        .asLong())
                .as("Mon and Tue 10-12 in 2026, less holidays")
                .isBetween(350L, 420L);
    }

    @Test
    void praticheInCorso_leStesseDelCruscottoSenzaPeriodo() throws Exception {
        var client = new ClientHttp(porta);
        var inCorso = client.get("/api/cruscotto/pratiche-in-corso", "responsabile", password);
        var cruscotto = client.get(PERIODO, "responsabile", password);

        assertThat(inCorso.statusCode()).as(inCorso.body()).isEqualTo(200);
        assertThat(json.readTree(inCorso.body()))
                .as("Cockpit's dashboard box reads what the Cruscotto calls casiAperti, without a period")
                .isEqualTo(json.readTree(cruscotto.body()).path("casiAperti"));
        assertThat(json.readTree(inCorso.body()).fieldNames())
                .toIterable()
                .containsExactly("pratiche", "perPasso", "perCompito", "perSportello");
    }

    @Test
    void periodoSbagliato_400ConMessaggioItaliano() {
        var client = new ClientHttp(porta);
        var data = client.get("/api/cruscotto?dal=2026-13-01&al=2026-12-31", "responsabile", password);
        var rovescio = client.get("/api/cruscotto?dal=2026-12-31&al=2026-01-01", "responsabile", password);
        var mezzo = client.get("/api/cruscotto/export.csv?dal=2026-01-01", "responsabile", password);

        assertThat(data.statusCode()).isEqualTo(400);
        assertThat(data.body()).contains("non è valida: usare il formato AAAA-MM-GG");
        assertThat(rovescio.statusCode()).isEqualTo(400);
        assertThat(rovescio.body()).contains("precede l'inizio");
        assertThat(mezzo.statusCode()).isEqualTo(400);
        assertThat(mezzo.body()).contains("Indicare anche «al»");
    }

    @Test
    void esportazioni_nomeETipoDelFile() throws Exception {
        var http = HttpClient.newHttpClient();
        var richiesta = HttpRequest.newBuilder(URI.create("http://localhost:" + porta
                        + "/api/cruscotto/export.xlsx?dal=2026-01-01&al=2026-06-30&pubblicabile=true"))
                .header("Authorization", ClientHttp.basic("responsabile", password))
                .build();
        var xlsx = http.send(richiesta, BodyHandlers.ofByteArray());
        var csv =
                new ClientHttp(porta).get("/api/cruscotto/export.csv?dal=2026-01-01&al=2026-06-30", "admin", password);

        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"cruscotto-2026-01-01-2026-06-30-pubblicabile.xlsx\"");
        assertThat(new String(xlsx.body(), 0, 2)).as("a zip file").isEqualTo("PK");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(csv.body()).startsWith("\uFEFFSezione;Indicatore;Dettaglio;Valore;Unità");
    }

    @Test
    void sessioneDiCockpit_responsabileLeggeSenzaSecondoLogin_nonDaAltriSitiNeScrivendo() {
        var responsabile = new ClientHttp(porta);
        assertThat(responsabile.get(PERIODO).statusCode()).as("no session yet").isEqualTo(401);
        assertThat(responsabile.loginWebapp("cockpit", "responsabile", password).statusCode())
                .isEqualTo(200);

        var figure = responsabile.get(PERIODO);
        assertThat(figure.statusCode()).isEqualTo(200);
        assertThat(figure.headers().allValues("Set-Cookie"))
                .as("the session keeps its id: Cockpit's requests in flight keep their login")
                .isEmpty();
        assertThat(responsabile
                        .get("/api/cruscotto/export.csv?dal=2026-01-01&al=2026-01-31")
                        .statusCode())
                .isEqualTo(200);
        assertThat(responsabile
                        .getConIntestazione(PERIODO, "Sec-Fetch-Site", "cross-site")
                        .statusCode())
                .as("a page of another site")
                .isEqualTo(401);
        assertThat(responsabile.get("/api/agenda?sportello=INFORMATIVO").statusCode())
                .as("the session carries the manager's rights and no more: the agenda is the desks'")
                .isEqualTo(403);

        var operatore = new ClientHttp(porta);
        assertThat(operatore.loginWebapp("tasklist", "informativo", password).statusCode())
                .isEqualTo(200);
        assertThat(operatore.get(PERIODO).statusCode())
                .as("a Tasklist session of a desk: the desk's rights, which do not include the Cruscotto")
                .isEqualTo(403);
    }
}
