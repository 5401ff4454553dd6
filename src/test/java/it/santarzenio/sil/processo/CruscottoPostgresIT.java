package it.santarzenio.sil.processo;

import static it.santarzenio.sil.processo.PercorsoCittadinoProcessTest.assessment;
import static it.santarzenio.sil.processo.PercorsoCittadinoProcessTest.obiettivi;
import static it.santarzenio.sil.processo.PercorsoCittadinoProcessTest.schedaAccesso;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import it.santarzenio.sil.OrologioRegolabile;
import it.santarzenio.sil.PostgresEmbedded;
import it.santarzenio.sil.accesso.CodiceFiscale;
import it.santarzenio.sil.agenda.AgendaService;
import it.santarzenio.sil.agenda.Sportello;
import it.santarzenio.sil.cruscotto.Cruscotto;
import it.santarzenio.sil.cruscotto.Cruscotto.Durata;
import it.santarzenio.sil.cruscotto.Cruscotto.Quota;
import it.santarzenio.sil.cruscotto.Cruscotto.Ritardo;
import it.santarzenio.sil.cruscotto.CruscottoService;
import it.santarzenio.sil.cruscotto.Periodo;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestConstructor;
import org.springframework.test.context.TestConstructor.AutowireMode;

/**
 * The Cruscotto's figures on PostgreSQL, each one exactly, over a known set of cases built through the engine in an
 * application of its own (own database, so no other test's cases count) whose clock the test moves: every outcome,
 * three absences, two Cabina rounds, a late assessment and a late decision; one case a day before the period, which
 * no figure of the period counts. Timers are off (job executor disabled): the test decides when things happen.
 */
@SpringBootTest(
        properties = {
            "spring.main.register-shutdown-hook=false",
            "camunda.bpm.generate-unique-process-engine-name=true",
            "camunda.bpm.job-execution.enabled=false"
        })
@ContextConfiguration(initializers = CruscottoPostgresIT.DatabaseProprio.class)
@TestConstructor(autowireMode = AutowireMode.ALL)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CruscottoPostgresIT {

    private static final Periodo ANNO_2025 = new Periodo(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
    private static final LocalDateTime ADESSO = LocalDateTime.of(2025, 6, 30, 12, 0);

    private final ProcessEngine engine;
    private final JdbcTemplate jdbc;
    private final AgendaService agenda;
    private final OrologioRegolabile orologio;
    private final CruscottoService cruscotto;
    private final OperatoreDiSportello informativo;
    private final SportelliFaseSpecialistica sportelli;

    private ZonedDateTime appuntamentoMancato;
    private ZonedDateTime scadenzaDecisione;
    private Cruscotto figure;

    CruscottoPostgresIT(
            ProcessEngine engine,
            JdbcTemplate jdbc,
            AgendaService agenda,
            OrologioRegolabile orologio,
            CruscottoService cruscotto) {
        this.engine = engine;
        this.jdbc = jdbc;
        this.agenda = agenda;
        this.orologio = orologio;
        this.cruscotto = cruscotto;
        this.informativo = OperatoreDiSportello.informativo(engine);
        this.sportelli = new SportelliFaseSpecialistica(engine);
    }

    @BeforeAll
    void casiNoti() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        // Z: the day before the period, an answered request, a citizen taken in charge and seen at the desk.
        orologio.imposta(LocalDateTime.of(2024, 12, 30, 9, 0));
        rispostaImmediata(cf("ZZZ", 1970, 'A', 1, false));
        var fuori = presaInCarico(cf("ZZY", 1970, 'A', 2, false));
        appuntamento(fuori);
        orologio.imposta(LocalDateTime.of(2024, 12, 31, 11, 0));
        informativo.completa(fuori, assessment("DIPLOMA", 2, "AVANZATE", false));
        conferma(fuori, "CONCLUSO", null);

        // A: a request answered at once; B: a citizen who does not adhere.
        orologio.imposta(LocalDateTime.of(2025, 3, 3, 9, 0));
        rispostaImmediata(cf("AAA", 1980, 'A', 1, false));
        informativo.avvia(scheda(cf("BBB", 1980, 'B', 2, false), "PERCORSO", false));

        // C: three absences close the case (ABBANDONO). A woman of 27.
        var c = presaInCarico(cf("CCC", 1998, 'C', 3, true));
        for (int i = 0; i < 3; i++) {
            // An absence is recorded once the appointment's hour has come.
            orologio.imposta(appuntamento(c).toLocalDateTime().plusMinutes(1));
            informativo.completa(c, Map.of(Variabili.PRESENZA, "ASSENTE"));
        }

        // D, E, F, H: assessed seven days and one hour after the access.
        orologio.imposta(LocalDateTime.of(2025, 3, 4, 9, 0));
        var d = presaInCarico(cf("DDD", 1965, 'D', 4, false));
        var e = presaInCarico(cf("EEE", 1988, 'E', 5, true));
        var f = presaInCarico(cf("FFF", 1998, 'H', 6, false));
        var h = presaInCarico(cf("HHH", 1965, 'L', 7, true));
        for (var caso : new ProcessInstance[] {d, e, f, h}) {
            appuntamento(caso);
        }
        orologio.imposta(LocalDateTime.of(2025, 3, 11, 10, 0));
        informativo.completa(d, assessment("LICENZA_MEDIA", 14, "BASE", false));
        for (var caso : new ProcessInstance[] {e, f, h}) {
            informativo.completa(caso, assessment("DIPLOMA", 2, "AVANZATE", false));
        }
        // D: Fase I only (ORIENTAMENTO_CONCLUSO), a man of 60, unemployed for 14 months.
        conferma(d, "CONCLUSO", null);

        // E: a proposal sent back, then rejected (PROPOSTA_RESPINTA): two Cabina rounds of 5 and 2 days.
        orologio.imposta(LocalDateTime.of(2025, 3, 12, 10, 0));
        conferma(e, "INVIO_SPECIALISTICO", false);
        var faseE = sportelli.faseSpecialisticaDi(e);
        sportelli.condividiCaso(faseE);
        sportelli.orientamentoSpecialistico(faseE);
        sportelli.elaboraProposta(faseE, "Tirocinio in biblioteca.", "TIROCINIO", false);
        orologio.imposta(LocalDateTime.of(2025, 3, 17, 10, 0));
        sportelli.decidi(faseE, "DA_RIVEDERE", "Indicare l'ente ospitante.");
        sportelli.elaboraProposta(faseE, "Tirocinio nella biblioteca comunale.", "TIROCINIO", false);
        orologio.imposta(LocalDateTime.of(2025, 3, 19, 10, 0));
        sportelli.decidi(faseE, "RESPINTA", "Fuori dai requisiti del bando.");
        informativo.completa(e, Map.of());

        // F: a defined project, 40 days long, a job at the end (PROGETTO_CONCLUSO).
        orologio.imposta(LocalDateTime.of(2025, 3, 12, 11, 0));
        conferma(f, "INVIO_SPECIALISTICO", true);
        var faseF = sportelli.faseSpecialisticaDi(f);
        sportelli.condividiProgetto(faseF);
        sportelli.orientamentoSecondoLivello(faseF, "TIROCINIO", false);
        sportelli.avvia(faseF, LocalDate.of(2025, 3, 12));
        orologio.imposta(LocalDateTime.of(2025, 4, 21, 11, 0));
        sportelli.monitora(faseF, "CONCLUSO");
        sportelli.rendiconta(faseF, "OCCUPATO");
        informativo.completa(f, Map.of());

        // H: a proposal still waiting for the Cabina, past its due date at ADESSO.
        orologio.imposta(LocalDateTime.of(2025, 5, 2, 10, 0));
        conferma(h, "INVIO_SPECIALISTICO", false);
        var faseH = sportelli.faseSpecialisticaDi(h);
        sportelli.condividiCaso(faseH);
        sportelli.orientamentoSpecialistico(faseH);
        sportelli.elaboraProposta(faseH, "Corso per operatore di magazzino.", "FORMAZIONE", false);
        scadenzaDecisione = ZonedDateTime.of(LocalDateTime.of(2025, 5, 17, 10, 0), OrologioRegolabile.ROMA);

        // G: a provisional codice fiscale, its assessment appointment passed with nothing recorded.
        orologio.imposta(LocalDateTime.of(2025, 6, 2, 9, 0));
        var g = presaInCarico("12345678903");
        appuntamentoMancato = appuntamento(g);

        // Outcome checks, each answered when its timer fired: Z's two in 2025, D's and F's first in 2025, D's second
        // in 2026 (outside the period). Nothing stays open: the figures of "now" do not change.
        verifica(fuori, LocalDateTime.of(2025, 6, 30, 11, 30), "OCCUPATO");
        verifica(d, LocalDateTime.of(2025, 9, 11, 10, 30), "OCCUPATO");
        verifica(f, LocalDateTime.of(2025, 10, 21, 11, 30), "IN_FORMAZIONE");
        verifica(fuori, LocalDateTime.of(2025, 12, 31, 11, 30), "DISOCCUPATO");
        verifica(d, LocalDateTime.of(2026, 3, 11, 10, 30), "NON_RAGGIUNGIBILE");

        orologio.imposta(ADESSO);
        figure = cruscotto.calcola(ANNO_2025);
    }

    @Test
    void flussoNelPeriodo_ogniCasoUnaVolta_eNienteDelGiornoPrima() {
        assertThat(figure.accessi()).isEqualTo(8);
        assertThat(figure.richiesteEvase()).isEqualTo(1);
        assertThat(figure.presiInCarico()).isEqualTo(6);
        assertThat(figure.inviiSpecialistico()).isEqualTo(3);
        assertThat(figure.proposte()).isEqualTo(3);
        assertThat(figure.decisioniCabina())
                .containsExactly(entry("APPROVATA", 0L), entry("DA_RIVEDERE", 1L), entry("RESPINTA", 1L));
        assertThat(figure.progettiAvviati()).containsEntry("TIROCINIO", 1L).containsEntry("LAVORO", 0L);
        assertThat(figure.progettiAvviati().values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(1);
        assertThat(figure.progettiConclusi()).containsEntry("OCCUPATO", 1L);
        assertThat(figure.progettiConclusi().values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(1);
        assertThat(figure.casiChiusi())
                .containsExactly(
                        entry("RICHIESTA_EVASA", 1L),
                        entry("NON_ADERISCE", 1L),
                        entry("ABBANDONO", 1L),
                        entry("ORIENTAMENTO_CONCLUSO", 1L),
                        entry("PROPOSTA_RESPINTA", 1L),
                        entry("PROGETTO_CONCLUSO", 1L));

        var dicembre2024 = cruscotto.calcola(new Periodo(LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 31)));
        assertThat(dicembre2024.accessi()).isEqualTo(2);
        assertThat(dicembre2024.richiesteEvase()).isEqualTo(1);
        assertThat(dicembre2024.presiInCarico()).isEqualTo(1);
        assertThat(dicembre2024.casiChiusi())
                .containsEntry("RICHIESTA_EVASA", 1L)
                .containsEntry("ORIENTAMENTO_CONCLUSO", 1L)
                .containsEntry("ABBANDONO", 0L);
    }

    @Test
    void verificheDegliEsiti_perIntervalloECondizione_soloQuelleDelPeriodo() {
        assertThat(figure.verificheEsiti()).containsOnlyKeys("P6M", "P12M");
        assertThat(figure.verificheEsiti().get("P6M"))
                .containsExactly(
                        entry("OCCUPATO", 2L),
                        entry("IN_FORMAZIONE", 1L),
                        entry("IN_TIROCINIO", 0L),
                        entry("DISOCCUPATO", 0L),
                        entry("NON_RAGGIUNGIBILE", 0L));
        assertThat(figure.verificheEsiti().get("P12M"))
                .containsEntry("DISOCCUPATO", 1L)
                .containsEntry("NON_RAGGIUNGIBILE", 0L)
                .containsEntry("OCCUPATO", 0L);

        var anno2026 = cruscotto.calcola(new Periodo(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        assertThat(anno2026.verificheEsiti().get("P12M")).containsEntry("NON_RAGGIUNGIBILE", 1L);
        assertThat(anno2026.verificheEsiti().get("P6M").values()).containsOnly(0L);
    }

    @Test
    void adesso_casiApertiPerPassoESportello_eChiERitardoDiQuantiGiorni() {
        assertThat(figure.casiAperti().pratiche()).isEqualTo(2);
        assertThat(figure.casiAperti().perPasso())
                .as("H once, at the Cabina's task two called processes down; the outcome checks are no case")
                .containsExactly(entry("Task_ApprovazioneCabinaDiRegia", 1L), entry("Task_ColloquioAssessment", 1L));
        assertThat(figure.casiAperti().perCompito())
                .containsExactly(entry("Task_ApprovazioneCabinaDiRegia", 1L), entry("Task_ColloquioAssessment", 1L));
        assertThat(figure.casiAperti().perSportello())
                .containsExactly(entry("cabina-di-regia", 1L), entry("sportello-informativo", 1L));

        var adesso = ADESSO.atZone(OrologioRegolabile.ROMA);
        long giorniAppuntamento =
                Duration.between(appuntamentoMancato.plusMinutes(30), adesso).toDays();
        long giorniColloquio = Duration.between(appuntamentoMancato, adesso).toDays();
        long giorniDecisione = Duration.between(scadenzaDecisione, adesso).toDays();
        assertThat(giorniDecisione).isEqualTo(44);
        assertThat(figure.scaduti().appuntamentiSenzaEsito())
                .containsExactly(entry("INFORMATIVO", new Ritardo(1, giorniAppuntamento)));
        assertThat(figure.scaduti().decisioniCabina()).isEqualTo(new Ritardo(1, giorniDecisione));
        assertThat(figure.scaduti().monitoraggi()).isEqualTo(Ritardo.NESSUNO);
        assertThat(figure.scaduti().compiti())
                .containsExactly(
                        entry("cabina-di-regia", new Ritardo(1, giorniDecisione)),
                        entry("sportello-informativo", new Ritardo(1, giorniColloquio)));
        assertThat(figure.scaduti().elenco())
                .extracting(c -> c.compito() + " " + c.sportello() + " " + c.giorni())
                .containsExactly(
                        "Task_ApprovazioneCabinaDiRegia cabina-di-regia " + giorniDecisione,
                        "Task_ColloquioAssessment sportello-informativo " + giorniColloquio);
        assertThat(figure.scaduti().elenco())
                .allSatisfy(c -> assertThat(c.numeroPratica()).startsWith("SIL-"));
    }

    @Test
    void durate_medianaENovantesimoPercentileInGiorni() {
        var durate = figure.durate();
        assertThat(durate.accessoAssessment()).isEqualTo(new Durata(4, 7.0, 7.0));
        // E 8 days 1 hour, F 8 days 2 hours, H 59 days (PERCENTILE_CONT interpolates the 90th).
        assertThat(durate.presaInCaricoInvioSpecialistico()).isEqualTo(new Durata(3, 8.1, 48.8));
        assertThat(durate.propostaDecisionePerVersione())
                .containsExactly(entry(1, new Durata(1, 5.0, 5.0)), entry(2, new Durata(1, 2.0, 2.0)));
        assertThat(durate.progetto()).isEqualTo(new Durata(1, 40.0, 40.0));
        // C closed the day it opened, D after 7 days 1 hour, E 15 days 1 hour, F 48 days 1 hour (across DST).
        assertThat(durate.percorso()).isEqualTo(new Durata(4, 11.0, 38.1));
    }

    @Test
    void indicatoriGol_dalCodiceFiscaleAllAccesso() {
        var gol = figure.indicatoriGol();
        assertThat(gol.perPercorso())
                .containsEntry("REINSERIMENTO", 4L)
                .containsEntry("NON_PROFILATO", 2L)
                .containsEntry("INCLUSIONE", 0L);
        assertThat(gol.conAttivitaOltreAssessment()).isEqualTo(Quota.di(3, 6));
        assertThat(gol.donne()).as("C, E, H").isEqualTo(Quota.di(3, 5));
        assertThat(gol.under30()).as("C 27, F 27").isEqualTo(Quota.di(2, 5));
        assertThat(gol.over55()).as("D 60, H 60").isEqualTo(Quota.di(2, 5));
        assertThat(gol.anagraficaNonDeterminabile()).as("G's provisional code").isEqualTo(1);
        assertThat(gol.disoccupatiDaAlmeno12Mesi()).as("D").isEqualTo(Quota.di(1, 6));
    }

    @Test
    void capacitaDelloSportelloInformativo_assenzeETasso() {
        var informativo = figure.capacita().get("INFORMATIVO");
        assertThat(informativo.prenotati())
                .as("3 absent, 4 held, 1 still booked")
                .isEqualTo(8);
        assertThat(informativo.svolti()).isEqualTo(4);
        assertThat(informativo.assenze()).isEqualTo(3);
        assertThat(informativo.tassoAssenze()).isEqualTo(42.9);
        assertThat(informativo.slotOfferti())
                .isEqualTo(agenda.slotOfferti(Sportello.INFORMATIVO, ANNO_2025.dal(), ANNO_2025.al()));
        assertThat(informativo.slotOfferti()).isBetween(350L, 420L);
        assertThat(figure.capacita().get("SPECIALISTICO").prenotati()).isZero();
    }

    /** Fires the next check of a concluded case (VerificaEsitiProcess) and answers it at {@code quando}. */
    private void verifica(ProcessInstance caso, LocalDateTime quando, String condizione) {
        orologio.imposta(quando);
        var verifica = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(Processi.VERIFICA_ESITI)
                .processInstanceBusinessKey(caso.getBusinessKey())
                .singleResult();
        var timer = engine.getManagementService()
                .createJobQuery()
                .processInstanceId(verifica.getId())
                .timers()
                .singleResult();
        engine.getManagementService().executeJob(timer.getId());
        informativo.completa(verifica, Map.of(Variabili.CONDIZIONE_VERIFICA, condizione));
    }

    private void rispostaImmediata(String codiceFiscale) {
        var caso = informativo.avvia(scheda(codiceFiscale, "RISOLVIBILE", null));
        informativo.completa(caso, Map.of(Variabili.RISPOSTA_FORNITA, "Indicato il portale regionale."));
    }

    private ProcessInstance presaInCarico(String codiceFiscale) {
        return informativo.avvia(scheda(codiceFiscale, "PERCORSO", true));
    }

    /** Books the next free slot of the informative desk from the clock's day. */
    private ZonedDateTime appuntamento(ProcessInstance caso) {
        var slot = agenda.slotLiberi(Sportello.INFORMATIVO, LocalDate.now(orologio), 1)
                .get(0);
        informativo.completa(
                caso,
                Map.of(
                        Variabili.OBIETTIVI_PROSSIMO_COLLOQUIO,
                        "Bilancio delle competenze",
                        Variabili.DATA_APPUNTAMENTO,
                        slot.toLocalDateTime().toString()));
        return slot;
    }

    /** Confirms REINSERIMENTO, with a reason when the decision suggested another path. */
    private void conferma(ProcessInstance caso, String esito, Boolean progettoDefinito) {
        var suggerito = engine.getRuntimeService().getVariable(caso.getId(), Variabili.PERCORSO_SUGGERITO);
        informativo.completa(
                caso,
                obiettivi(
                        "REINSERIMENTO",
                        "REINSERIMENTO".equals(suggerito) ? null : "Scelta condivisa con il cittadino.",
                        esito,
                        progettoDefinito,
                        Boolean.TRUE.equals(progettoDefinito) ? "Tirocinio in magazzino." : null));
    }

    /** The start form of the citizen {@link #cf} made: surname, name and birth date agree with the code. */
    private static Map<String, Object> scheda(String codiceFiscale, String tipo, Boolean aderisce) {
        var scheda = new HashMap<>(schedaAccesso(codiceFiscale, tipo, aderisce));
        scheda.remove(Variabili.EMAIL);
        if (codiceFiscale.length() != 16) {
            return scheda; // a provisional code encodes no name
        }
        scheda.put(Variabili.COGNOME, maiuscolaIniziale(codiceFiscale.substring(0, 3)));
        scheda.put(Variabili.NOME, maiuscolaIniziale(codiceFiscale.substring(3, 6)));
        int giorno = Integer.parseInt(codiceFiscale.substring(9, 11));
        scheda.put(
                Variabili.DATA_NASCITA,
                LocalDate.of(
                                1900 + Integer.parseInt(codiceFiscale.substring(6, 8)),
                                1,
                                giorno > 40 ? giorno - 40 : giorno)
                        .toString());
        return scheda;
    }

    /** "ZZY" as a surname gives ZZY, "MRA" as a name gives MRA: three letters, consonants first as typed. */
    private static String maiuscolaIniziale(String lettere) {
        return lettere.charAt(0) + lettere.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /** A valid code of a person born on the {@code giorno} of January of {@code anno}; women's day is +40. */
    private static String cf(String cognome, int anno, char nome, int giorno, boolean donna) {
        String primi15 = cognome + "MR" + nome + "%02dA%02dF839".formatted(anno % 100, giorno + (donna ? 40 : 0));
        return primi15 + CodiceFiscale.carattereDiControllo(primi15);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class OrologioDiProva {

        @Bean
        @Primary
        OrologioRegolabile orologioDiProva() {
            return new OrologioRegolabile(LocalDateTime.of(2024, 12, 30, 9, 0));
        }
    }

    static class DatabaseProprio implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext contesto) {
            TestPropertyValues.of(
                            "spring.datasource.url=" + PostgresEmbedded.url("sil_cruscotto"),
                            "spring.datasource.username=" + PostgresEmbedded.UTENTE,
                            "spring.datasource.password=" + PostgresEmbedded.PASSWORD)
                    .applyTo(contesto);
        }
    }
}
