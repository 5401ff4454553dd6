package it.santarzenio.sil.tasklist;

import static it.santarzenio.sil.abbinamento.OfferteDiProva.offerta;
import static it.santarzenio.sil.tasklist.Browser.campo;
import static org.assertj.core.api.Assertions.assertThat;

import it.santarzenio.sil.abbinamento.AbbinamentoService;
import it.santarzenio.sil.abbinamento.DatiCandidatura;
import it.santarzenio.sil.abbinamento.EsitoSegnalazione;
import it.santarzenio.sil.abbinamento.OfferteService;
import it.santarzenio.sil.abbinamento.Segnalazione;
import it.santarzenio.sil.accesso.AccessoService;
import it.santarzenio.sil.accesso.CodiciFiscaliDiProva;
import it.santarzenio.sil.accesso.SchedaAccesso;
import it.santarzenio.sil.accesso.Sesso;
import it.santarzenio.sil.accesso.TipoRichiesta;
import it.santarzenio.sil.orientamento.CompetenzeDigitali;
import it.santarzenio.sil.orientamento.CondizioneOccupazionale;
import it.santarzenio.sil.orientamento.EsitoColloquio;
import it.santarzenio.sil.orientamento.OrientamentoService;
import it.santarzenio.sil.orientamento.Presenza;
import it.santarzenio.sil.orientamento.TitoloStudio;
import it.santarzenio.sil.processo.Processi;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The closed loop of matching in a real browser: the partner's consultant sees the offers ranked for a referred
 * citizen with their reasons, records a referral that went badly with its reason, concludes; the specialist desk then
 * reads outcome and reason in the form that starts the project.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:tasklist;DB_CLOSE_DELAY=-1")
class AbbinamentoTasklistIT {

    private static final String PRATICA = "SIL-2099-900002";
    private static final ZoneId ROMA = ZoneId.of("Europe/Rome");

    @LocalServerPort
    int porta;

    @Autowired
    ProcessEngine engine;

    @Autowired
    AccessoService accessi;

    @Autowired
    OrientamentoService orientamento;

    @Autowired
    AbbinamentoService abbinamento;

    @Autowired
    OfferteService offerte;

    Browser browser;
    ProcessInstance fase;
    CasoInCorso caso;
    long magazzino;

    @BeforeEach
    void cittadinoInviatoAllaSocietaPartner() {
        var registrato = accessi.registra(
                new SchedaAccesso(
                        CodiciFiscaliDiProva.nuovoCodiceFiscale("Galli", "Marta", LocalDate.of(1990, 4, 12), Sesso.F),
                        "Marta",
                        "Galli",
                        LocalDate.of(1990, 4, 12),
                        "+39 333 4445556",
                        "marta.galli@example.it",
                        true,
                        "Cerca lavoro nella logistica",
                        TipoRichiesta.PERCORSO,
                        true,
                        null),
                PRATICA,
                "informativo");
        accessi.apriSchedaUtente(PRATICA, registrato.cittadinoId(), "informativo");
        orientamento.registraColloquio(
                PRATICA,
                new EsitoColloquio(
                        Presenza.PRESENTE,
                        TitoloStudio.DIPLOMA,
                        CondizioneOccupazionale.DISOCCUPATO,
                        8,
                        "Magazziniera per due anni",
                        true,
                        CompetenzeDigitali.BASE,
                        true),
                "informativo");
        abbinamento.impostaCandidatura(PRATICA, new DatiCandidatura(List.of("8.1.3"), true, null), "informativo");
        offerte.crea(offerta("Impiegata amministrativa", "4.1.1"), "partner");
        magazzino = offerte.crea(offerta("Addetta al magazzino", "8.1.3"), "partner")
                .id();

        var variabili = new HashMap<String, Object>();
        variabili.put("numeroPratica", PRATICA);
        variabili.put("nome", "Marta");
        variabili.put("cognome", "Galli");
        variabili.put("percorsoConfermato", "RIQUALIFICAZIONE");
        variabili.put("obiettivi", "Lavorare in un magazzino della zona.");
        variabili.put("progettoDefinito", true);
        variabili.put("interventiSecondoLivello", "Inserimento lavorativo nella logistica.");
        fase = engine.getRuntimeService()
                .startProcessInstanceByKey(Processi.ORIENTAMENTO_SPECIALISTICO, PRATICA, variabili);
        caso = new CasoInCorso(engine, fase);
        caso.completa("Task_CondivisioneProgetto", "specialistico", Map.of("noteCondivisione", "Progetto condiviso."));
        caso.completa(
                "Task_OrientamentoSecondoLivello",
                "specialistico",
                Map.of("tipoProgetto", "LAVORO", "richiedeAbbinamento", "true"));
        browser = new Browser(porta);
    }

    @AfterEach
    void chiudi() {
        browser.close();
        if (caso != null) {
            caso.eliminaSeInCorso();
        }
    }

    @Test
    void ilConsulenteRegistraUnaSegnalazioneELoSportelloSpecialisticoNeLeggeLEsito() throws Exception {
        browser.entraInTasklist("partner", "demo");
        browser.clicca(By.partialLinkText("Compiti del mio gruppo"));
        browser.clicca(By.partialLinkText("Abbina il cittadino alle offerte del territorio"));
        browser.attendiTesto(By.cssSelector("[cam-tasklist-task]"), PRATICA);
        browser.prendiInCarico();

        var compito = browser.testo(By.cssSelector("[cam-tasklist-task]"));
        assertThat(compito)
                .contains("Marta Galli", "Titolo di studio: DIPLOMA", "8.1.3")
                .doesNotContainIgnoringCase("fragilit")
                .doesNotContain("Lavorare in un magazzino della zona.", "Progetto condiviso.");
        assertThat(compito.indexOf("Addetta al magazzino"))
                .as("the offer of the wished occupation comes first:\n" + compito)
                .isNotNegative()
                .isLessThan(compito.indexOf("Impiegata amministrativa"));
        assertThat(compito)
                .contains("Stessa classe professionale 8.1.3")
                .as("an offer of the demo profile")
                .contains("Magazziniere con patentino per il muletto");

        browser.clicca(campo("azioneAbbinamento-0"));
        browser.clicca(campo("offertaSegnalata-display"));
        browser.clicca(
                By.xpath("//*[contains(@class, 'fjs-dropdownlist-item') and contains(., 'Addetta al magazzino')]"));
        var oggi = LocalDate.now(ROMA);
        browser.scrivi(campo("dataSegnalazione-date"), oggi.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        // Closes the date picker, which would take the next click.
        browser.clicca(By.xpath("//h5[contains(., 'Segnalazioni già registrate')]"));
        browser.clicca(campo("esitoSegnalazione-2"));
        browser.completaIlModulo();
        browser.attendiTesto(
                By.cssSelector(".page-notifications"),
                "Con il cittadino non selezionato o che ha rifiutato indicare il motivo.");
        browser.fotografa(Path.of("target/screenshots/segnalazione-senza-motivo.png"));
        assertThat(abbinamento.segnalazioni(PRATICA))
                .as("a refused referral writes nothing")
                .isEmpty();

        browser.scrivi(campo("motivoSegnalazione"), "Serve il patentino per il <b>muletto</b>.");
        browser.completaIlModulo();
        browser.attendi(() -> !abbinamento.segnalazioni(PRATICA).isEmpty());
        assertThat(abbinamento.segnalazioni(PRATICA))
                .singleElement()
                .returns(magazzino, Segnalazione::offertaId)
                .returns(oggi, Segnalazione::data)
                .returns(EsitoSegnalazione.NON_SELEZIONATO, Segnalazione::esito)
                .returns("partner", Segnalazione::operatore);

        // The task comes back to the consultant, empty, with the referral listed.
        browser.clicca(By.partialLinkText("I miei compiti"));
        browser.clicca(By.partialLinkText("Abbina il cittadino alle offerte del territorio"));
        browser.attendiTesto(By.cssSelector("[cam-tasklist-task]"), "Segnalazioni già registrate");
        browser.attendiTesto(By.cssSelector("[cam-tasklist-task]"), "non selezionato - Serve il patentino");
        browser.clicca(campo("azioneAbbinamento-1"));
        browser.clicca(campo("esitoAbbinamento-1"));
        browser.scrivi(campo("noteAbbinamento"), "Da riproporre dopo il corso per carrellisti.");
        browser.fotografa(Path.of("target/screenshots/abbinamento-partner-tasklist.png"));
        browser.completaIlModulo();
        browser.attendi(() -> engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceId(fase.getId())
                        .taskDefinitionKey("Task_AvvioProgetto")
                        .count()
                == 1);
        browser.close();

        browser = new Browser(porta);
        browser.entraInTasklist("specialistico", "demo");
        browser.clicca(By.partialLinkText("Compiti del mio gruppo"));
        browser.clicca(By.partialLinkText("Avvia il progetto"));
        // Markup typed by the partner is shown as typed, not rendered.
        var avvio = browser.attendiTesto(
                By.cssSelector("[cam-tasklist-task]"), "Serve il patentino per il <b>muletto</b>.");
        assertThat(browser.driver().findElements(By.cssSelector("[cam-tasklist-task] .fjs-form b")))
                .isEmpty();
        assertThat(avvio).contains(PRATICA, "Addetta al magazzino", "non selezionato");
        assertThat(browser.attributo(campo("noteAbbinamento"), "value"))
                .isEqualTo("Da riproporre dopo il corso per carrellisti.");
        browser.fotografa(Path.of("target/screenshots/avvio-progetto-esito-abbinamento.png"));
    }
}
