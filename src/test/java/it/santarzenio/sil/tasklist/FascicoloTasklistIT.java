package it.santarzenio.sil.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import it.santarzenio.sil.agenda.AgendaService;
import it.santarzenio.sil.fascicolo.PraticaDiProva;
import it.santarzenio.sil.specialistico.CartellaSocialeService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The informative desk at the end of a case, in a real browser: opens the task and reads the whole timeline in the
 * Fascicolo tab, finds the citizen by part of the surname, downloads the patto, adds a note and a document to the
 * cartella sociale, all in the Tasklist session. Then Camunda Forms' own messages in Italian.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:tasklist;DB_CLOSE_DELAY=-1")
class FascicoloTasklistIT {

    @LocalServerPort
    int porta;

    @Autowired
    ProcessEngine engine;

    @Autowired
    AgendaService agenda;

    @Autowired
    CartellaSocialeService cartelle;

    Browser browser;
    PraticaDiProva pratica;

    @BeforeEach
    void apriBrowser() {
        browser = new Browser(porta);
    }

    @AfterEach
    void chiudi() {
        browser.close();
        if (pratica != null) {
            pratica.eliminaSeInCorso();
        }
    }

    /**
     * The first Tasklist page of a cold application parses megabytes of scripts: on a busy machine it can take longer
     * than the browser helper's 20 seconds, so the login is tried a second time before the test fails.
     */
    private void entraInTasklist() {
        try {
            browser.entraInTasklist("informativo", "demo");
        } catch (org.openqa.selenium.TimeoutException primaVolta) {
            browser.entraInTasklist("informativo", "demo");
        }
    }

    @Test
    void sportelloInformativo_leggeLaCronologia_trovaIlCittadino_scaricaIlPatto_aggiungeNotaEDocumento()
            throws Exception {
        pratica = new PraticaDiProva(engine, agenda)
                .accoglienza("Nicolò", "D'Annunzìo", "Cerca lavoro dopo la chiusura del negozio.")
                .appuntamento("Bilancio delle competenze.")
                .colloquio()
                .obiettivi("Corso per carrellisti, poi <b>ricerca</b> in magazzino.")
                .proposta("Corso per carrellisti di 120 ore.")
                .decisione("APPROVATA", "Progetto coerente con il percorso.")
                .progettoConcluso("Corso concluso con l'attestato.");
        String compito = pratica.compito("Task_PresaVisioneRendicontazione");

        entraInTasklist();
        browser.vai("/camunda/app/tasklist/default/#/?task=" + compito + "&detailsTab=sil-fascicolo");
        String fascicolo = browser.attendiTesto(By.cssSelector(".sil-fascicolo"), "Relazione finale");
        assertThat(fascicolo)
                .contains(
                        "Pratica " + pratica.numeroPratica(), "D'Annunzìo Nicolò", "Accesso allo Sportello Informativo")
                .contains("Colloquio di assessment", "Licenza media", "Giulia Marchetti")
                .contains("Decisione della Cabina di Regia sulla versione 1", "Antonio Greco")
                .contains("Corso per carrellisti, poi <b>ricerca</b> in magazzino.")
                .doesNotContain("LICENZA_MEDIA", "RIQUALIFICAZIONE");
        assertThat(browser.driver().findElements(By.cssSelector(".sil-fascicolo b")))
                .isEmpty();
        browser.fotografa(Path.of("target/screenshots/fascicolo-tasklist.png"));

        // The cartella sociale is the last part to arrive.
        browser.attendiTesto(By.cssSelector(".sil-cartella"), "Aggiungi una nota");
        // A returning citizen, by part of the surname typed without the accent.
        browser.scrivi(By.cssSelector("input[name=ricercaCittadino]"), "dannunz");
        browser.clicca(By.xpath("//div[contains(@class,'sil-ricerca')]//button[normalize-space()='Cerca']"));
        assertThat(browser.attendiTesto(By.cssSelector(".sil-risultati"), pratica.codiceFiscale()))
                .contains("D'Annunzìo Nicolò", pratica.numeroPratica())
                .doesNotContainPattern("\\bnull\\b");

        // The patto, downloaded in the same session as Tasklist.
        String patto = browser.attributo(By.cssSelector("a[data-tipo=patto]"), "href");
        @SuppressWarnings("unchecked")
        var scaricato = (Map<String, Object>) ((JavascriptExecutor) browser.driver())
                .executeAsyncScript(
                        "const fine = arguments[arguments.length - 1];"
                                + "fetch(arguments[0]).then(async r => fine({stato: r.status,"
                                + " tipo: r.headers.get('Content-Type'),"
                                + " inizio: new TextDecoder().decode((await r.arrayBuffer()).slice(0, 5))}));",
                        patto);
        assertThat(scaricato).containsEntry("stato", 200L).containsEntry("tipo", "application/pdf");
        assertThat(scaricato.get("inizio")).isEqualTo("%PDF-");

        // The cartella sociale: a note and a document, then both listed with the operator's name.
        browser.scrivi(By.cssSelector("textarea[name=nota]"), "Telefonato: <i>verrà</i> giovedì.");
        browser.clicca(By.xpath("//button[normalize-space()='Aggiungi la nota']"));
        browser.attendiTesto(By.cssSelector(".sil-note"), "Telefonato: <i>verrà</i> giovedì.");
        Path allegato = Files.createTempFile("attestato", ".txt");
        Files.writeString(allegato, "Attestato di frequenza del corso.");
        browser.driver().findElement(By.cssSelector("input[name=documento]")).sendKeys(allegato.toString());
        browser.scrivi(By.cssSelector("input[name=descrizione]"), "Attestato");
        browser.clicca(By.xpath("//button[normalize-space()='Carica il documento']"));
        assertThat(browser.attendiTesto(
                        By.cssSelector(".sil-documenti-cartella"),
                        allegato.getFileName().toString()))
                .contains("Attestato", "Giulia Marchetti");
        // The form of the task reads the outcome in words, not its code.
        browser.clicca(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='Modulo']"));
        assertThat(browser.attendiTesto(By.cssSelector(".fjs-form"), "Esito della fase specialistica"))
                .contains("progetto svolto e rendicontato")
                .doesNotContain("PROGETTO_CONCLUSO");
        var cartella = cartelle.cartella(pratica.numeroPratica());
        assertThat(cartella.note()).extracting(n -> n.autore()).containsExactly("informativo");
        assertThat(cartella.documenti()).hasSize(1);
    }

    /**
     * The Cabina di Regia opens the Fascicolo of the proposal it decides: the proposal and the cartella sociale to read,
     * and nothing the API would refuse it (no search of citizens, no note or document to add).
     */
    @Test
    void cabinaDiRegia_leggeFascicoloECartella_senzaRicercaNeScrittura() throws Exception {
        pratica = new PraticaDiProva(engine, agenda)
                .accoglienza("Ottavio", "Bellomo", "Cerca lavoro nella logistica.")
                .appuntamento("Bilancio delle competenze.")
                .colloquio()
                .obiettivi("Corso per carrellisti.")
                .proposta("Corso per carrellisti di 120 ore.");
        String compito = pratica.compito("Task_ApprovazioneCabinaDiRegia");

        try {
            browser.entraInTasklist("cabina", "demo");
        } catch (org.openqa.selenium.TimeoutException primaVolta) {
            browser.entraInTasklist("cabina", "demo");
        }
        browser.vai("/camunda/app/tasklist/default/#/?task=" + compito + "&detailsTab=sil-fascicolo");
        assertThat(browser.attendiTesto(By.cssSelector(".sil-fascicolo"), "Proposta progettuale, versione 1"))
                .contains("Pratica " + pratica.numeroPratica(), "Bellomo Ottavio")
                .doesNotContain(pratica.codiceFiscale(), "Cerca un cittadino")
                // It does not know the citizen's other cases, so it is not told there are none.
                .doesNotContain("altre pratiche");
        assertThat(browser.attendiTesto(By.cssSelector(".sil-cartella"), "Nessuna nota."))
                .doesNotContain("Aggiungi una nota", "Carica un documento");
        assertThat(browser.driver().findElements(By.cssSelector("input[name=ricercaCittadino], textarea[name=nota]")))
                .isEmpty();
    }

    @Test
    void dopoLAvvio_tasklistMostraIlNumeroDellaNuovaPratica() throws Exception {
        entraInTasklist();
        browser.clicca(By.linkText("Avvia processo"));
        browser.clicca(By.partialLinkText("Percorso del cittadino"));
        // The code agrees with the name, surname, birth date and sex typed below (they are checked against it).
        String codiceFiscale = it.santarzenio.sil.accesso.CodiciFiscaliDiProva.nuovoCodiceFiscale(
                "Sàntoro", "Ada", java.time.LocalDate.of(1988, 4, 21), it.santarzenio.sil.accesso.Sesso.F);
        browser.scrivi(Browser.campo("codiceFiscale"), codiceFiscale);
        browser.scrivi(Browser.campo("nome"), "Ada");
        browser.scrivi(Browser.campo("cognome"), "Sàntoro");
        browser.scrivi(Browser.campo("dataNascita-date"), "21/04/1988");
        // Closes the date picker, which covers the fields below it (as in AccoglienzaTasklistIT).
        browser.clicca(By.xpath("//h3[contains(., 'Scheda d')]"));
        browser.clicca(Browser.campo("sesso-1"));
        browser.scrivi(Browser.campo("email"), "ada.santoro@example.org");
        browser.clicca(Browser.campo("informativaPrivacy"));
        browser.scrivi(Browser.campo("bisognoEspresso"), "Cerca lavoro come magazziniera.");
        browser.clicca(Browser.campo("tipoRichiesta-1"));
        browser.clicca(Browser.campo("aderisceOrientamento-0"));
        browser.clicca(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='Avvia']"));

        String avviso = browser.attendiTesto(By.cssSelector(".sil-pratica-aperta"), "Aperta la pratica");
        var nuova = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .variableValueEquals("codiceFiscale", codiceFiscale)
                .singleResult();
        assertThat(avviso).contains("Aperta la pratica " + nuova.getBusinessKey());
        engine.getRuntimeService().deleteProcessInstance(nuova.getId(), "fine del test");
    }

    @Test
    void campoObbligatorioVuoto_messaggioInItaliano() throws Exception {
        entraInTasklist();
        browser.clicca(By.linkText("Avvia processo"));
        browser.clicca(By.partialLinkText("Percorso del cittadino"));
        browser.trova(Browser.campo("codiceFiscale"));
        browser.clicca(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='Avvia']"));

        String errori = browser.attendiTesto(By.cssSelector(".modal-body"), "Questo campo è obbligatorio.");
        assertThat(errori).doesNotContain("Field is required.");
        browser.fotografa(Path.of("target/screenshots/campo-obbligatorio-italiano.png"));
        assertThat(browser.testo(By.cssSelector(".modal-body .fjs-form-field-error")))
                .isEqualTo("Questo campo è obbligatorio.");
    }
}
