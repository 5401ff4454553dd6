package it.santarzenio.sil;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import it.santarzenio.sil.accesso.CodiciFiscaliDiProva;
import it.santarzenio.sil.processo.sicurezza.ContatoriEsatti;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Two nodes of the application, each its own operating system process, on one PostgreSQL database: Camunda's
 * homogeneous cluster (both job executors acquire from the same job table, a job is locked by one of them), with
 * nothing home-made. Every timer of the models fires once, the engine's history cleanup runs once, every e-mail of the
 * outbox leaves once (confirmations, the reminders of the day before, cancellations), every citizen past retention is
 * anonymised once, though both nodes run every job. Then one node is killed with SIGKILL under load from four
 * clients and started again: the engine and the domain tables still agree, case by case.
 */
class DueNodiIT {

    /**
     * Every timer event of processes/*.bpmn, by its id: the first test makes each one's jobs due and counts what they
     * did; {@code TimerDeiModelliTest} fails when a model has a timer this list does not name.
     */
    static final List<String> TIMER_DEI_MODELLI = List.of(
            PercorsiHttp.TIMER_MONITORAGGIO,
            PercorsiHttp.TIMER_SOLLECITO_CABINA,
            PercorsiHttp.TIMER_ABBINAMENTO_SCADUTO,
            PercorsiHttp.TIMER_VERIFICA_ESITO);

    /**
     * Every {@code @Scheduled} method of src/main, as {@code class#method}, each running on both nodes in the first
     * test: the outbox every second, the retention every two seconds, the task counters' compaction every second (the
     * counters exact at the end of both tests). {@code TimerDeiModelliTest} fails on a new one.
     */
    static final List<String> LAVORI_PROGRAMMATI = List.of(
            "it.santarzenio.sil.agenda.InvioAvvisiProgrammato#invia",
            "it.santarzenio.sil.privacy.AnonimizzazioneProgrammata#eseguiDiNotte",
            "it.santarzenio.sil.processo.sicurezza.ContatoriDeiCompiti#compatta");

    private static final String DATABASE = "due_nodi";
    private static final ZoneId ROMA = ZoneId.of("Europe/Rome");
    private static final DateTimeFormatter ORA = DateTimeFormatter.ofPattern("HH:mm");
    /**
     * The engine's history cleanup window, half a day from the start of the nodes: the cleanup the test starts now runs
     * once and waits for the window, whatever the hour of the run (in the default window, 01:00-05:00, it would
     * start again every few seconds, as the engine does within its window).
     */
    private static final LocalTime PULIZIA_DALLE =
            LocalTime.now(ROMA).plusHours(12).truncatedTo(ChronoUnit.MINUTES);

    private static GreenMail smtp;
    private static NodoSeparato nodoA;
    private static NodoSeparato nodoB;

    @BeforeAll
    static void avvia() {
        String url = PostgresEmbedded.url(DATABASE);
        smtp = new GreenMail(new ServerSetup(NodoSeparato.portaLibera(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        // One after the other: the first start creates the engine's tables and the demo users.
        nodoA = NodoSeparato.demoSuPostgres("nodo-a", url, proprieta("nodo-a"));
        nodoB = NodoSeparato.demoSuPostgres("nodo-b", url, proprieta("nodo-b"));
    }

    private static Map<String, String> proprieta(String nome) {
        String motore = "camunda.bpm.generic-properties.properties.";
        var proprieta = new HashMap<>(Map.of(
                "spring.mail.host",
                "127.0.0.1",
                "spring.mail.port",
                String.valueOf(smtp.getSmtp().getPort()),
                "sil.agenda.promemoria.frequenza",
                "PT1S",
                "sil.privacy.cron",
                "*/2 * * * * *",
                "sil.privacy.conservazione",
                "P1D",
                // The name each node writes in the engine's job log.
                motore + "hostname",
                nome,
                motore + "history-cleanup-batch-window-start-time",
                ORA.format(PULIZIA_DALLE),
                motore + "history-cleanup-batch-window-end-time",
                ORA.format(PULIZIA_DALLE.plusHours(1)),
                "camunda.bpm.job-execution.wait-time-in-millis",
                "500",
                "camunda.bpm.job-execution.max-wait",
                "2000"));
        proprieta.put("sil.compiti.contatori.compattazione", "PT1S");
        return proprieta;
    }

    @AfterAll
    static void ferma() {
        for (var nodo : new NodoSeparato[] {nodoA, nodoB}) {
            if (nodo != null) {
                nodo.close();
            }
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void dueNodiSuUnDatabase_ogniTimerOgniEmailOgniAnonimizzazioneUnaVoltaSola() throws Exception {
        var nodi = List.of(nodoA, nodoB);
        int perTipo = 2;
        var monitoraggi = new ArrayList<Casi.Caso>();
        var cabina = new ArrayList<Casi.Caso>();
        var abbinamenti = new ArrayList<Casi.Caso>();
        var verifiche = new ArrayList<Casi.Caso>();
        var codici = new ArrayList<String>();
        try (var db = connessione()) {
            // The other test may have run first: its killed node left messages taken and unsent for ABBANDONO, its
            // last booking's confirmation may still be leaving. Once nothing is being sent, only this test's messages
            // are awaited, and e-mails and messages marked sent are compared as increments.
            DatabasePersoIT.attendi(
                    () -> conta(
                            db,
                            "select count(*) from avviso_email where (stato = 'DA_INVIARE' and invio_dal <= now() and prossimo_tentativo <="
                                    + " now()) or (stato = 'IN_INVIO' and preso_il > now() - interval '30 seconds')"),
                    n -> n == 0);
            long primoAvviso = conta(db, "select coalesce(max(id), 0) from avviso_email");
            String inviati = "select count(*) from avviso_email where stato = 'INVIATO'";
            long inviatiPrima = conta(db, inviati);
            int emailPrima = dellaPostaInUscita();
            var jdbc = new JdbcTemplate(new SingleConnectionDataSource(db, true));
            Consumer<String> appuntamentoIniziato = numero -> AppuntamentoIniziato.per(jdbc, numero);
            // Each kind of case driven half through each node, to the business timer it waits at.
            for (int i = 0; i < perTipo; i++) {
                var client = nodi.get(i % 2).client();
                monitoraggi.add(PercorsiHttp.alProssimoMonitoraggio(client, appuntamentoIniziato));
                cabina.add(PercorsiHttp.allaCabinaDiRegia(client, appuntamentoIniziato));
                abbinamenti.add(PercorsiHttp.allAbbinamento(client, appuntamentoIniziato));
                verifiche.add(PercorsiHttp.orientamentoConcluso(client, appuntamentoIniziato));
            }
            // Bookings two days ahead or more, each citizen with an address of their own: the outbox sends their
            // confirmations now and their reminders the day before, at 09:00 (the cases above went past their
            // appointments, whose e-mails the outbox may close unsent as superseded). Two more bookings are closed by
            // the desk at once: the outbox tells those citizens that the appointment is cancelled.
            var prenotati = new ArrayList<String>();
            for (int i = 0; i < 4; i++) {
                prenotati.add(prenotaFraDueGiorni(nodi.get(i % 2).client(), "prenotato")
                        .email());
            }
            var annullati = new ArrayList<String>();
            for (int i = 0; i < 2; i++) {
                var client = nodi.get(i % 2).client();
                var prenotazione = prenotaFraDueGiorni(client, "annullato");
                Casi.verifica(
                        client.postJson(
                                "/api/pratiche/" + prenotazione.caso().numeroPratica() + "/chiusura",
                                "informativo",
                                "demo",
                                "{\"motivo\": \"RINUNCIA\"}"),
                        204);
                annullati.add(prenotazione.email());
            }
            for (int i = 0; i < 4; i++) {
                String codice = CodiciFiscaliDiProva.nuovoCodiceFiscale();
                Casi.richiestaEvasa(nodi.get(i % 2).client(), codice);
                codici.add(codice);
            }
            // Their last contact three days ago: past sil.privacy.conservazione (P1D) for the nightly job.
            var ids = new ArrayList<String>();
            for (String codice : codici) {
                ids.addAll(elenco(db, "select id from cittadino where codice_fiscale = '" + codice + "'"));
                db.createStatement()
                        .executeUpdate("update cittadino set aggiornato_il = now() - interval '3 days'"
                                + " where codice_fiscale = '" + codice + "'");
            }
            assertThat(ids).hasSize(codici.size());
            var pulizie = elenco(db, "select id_ from act_ru_job where handler_type_ = 'history-cleanup'");
            assertThat(pulizie)
                    .as("one history cleanup job for the two engines")
                    .hasSize(1);
            String pulizia =
                    "select count(*) from act_hi_job_log where job_state_ = 2 and job_id_ = '" + pulizie.get(0) + "'";
            long puliziePrima = conta(db, pulizia);

            // The timers wait weeks or months (sil.monitoraggio.intervallo, sil.cabina.scadenza-approvazione,
            // sil.abbinamento.scadenza, sil.verifica-esiti.intervalli): their jobs are made due now, all at once, for
            // both job executors; so are the reminders of the outbox and the engine's history cleanup.
            var admin = nodoA.client();
            var lavori = new LinkedHashMap<String, List<String>>();
            for (var caso : monitoraggi) {
                scadenzaOra(lavori, admin, caso, PercorsiHttp.TIMER_MONITORAGGIO);
            }
            for (var caso : cabina) {
                scadenzaOra(lavori, admin, caso, PercorsiHttp.TIMER_SOLLECITO_CABINA);
            }
            for (var caso : abbinamenti) {
                scadenzaOra(lavori, admin, caso, PercorsiHttp.TIMER_ABBINAMENTO_SCADUTO);
            }
            for (var caso : verifiche) {
                scadenzaOra(lavori, admin, caso, PercorsiHttp.TIMER_VERIFICA_ESITO);
            }
            assertThat(db.createStatement()
                            .executeUpdate("update avviso_email set invio_dal = now(), prossimo_tentativo = now() where"
                                    + " tipo = 'PROMEMORIA' and stato = 'DA_INVIARE' and destinatario in ("
                                    + elencoSql(prenotati) + ")"))
                    .as("one reminder waiting for each booking")
                    .isEqualTo(prenotati.size());
            Casi.verifica(
                    admin.invia(
                            "POST", "/engine-rest/history/cleanup?immediatelyDue=true", "admin", "demo", null, null),
                    200);
            DatabasePersoIT.attendi(
                    () -> conta(db, eseguiti(lavori)), n -> n >= tutti(lavori).size());
            // Each first check recorded by the desk: the second interval's timer waits, and is made due too.
            for (int i = 0; i < verifiche.size(); i++) {
                var caso = verifiche.get(i);
                assertThat(compiti(db, caso, "Task_VerificaEsito"))
                        .as("the first interval's check, once")
                        .isOne();
                PercorsiHttp.verificaEsito(nodi.get(i % 2).client(), caso, "OCCUPATO");
                scadenzaOra(lavori, admin, caso, PercorsiHttp.TIMER_VERIFICA_ESITO);
            }
            assertThat(lavori.keySet()).as("every timer of the models").containsExactlyElementsOf(TIMER_DEI_MODELLI);
            DatabasePersoIT.attendi(
                    () -> conta(db, eseguiti(lavori)), n -> n >= tutti(lavori).size());
            String inSospeso = "select count(*) from avviso_email where id > " + primoAvviso
                    + " and stato in ('DA_INVIARE', 'IN_INVIO') and invio_dal <= now()";
            int attesi = 2 * prenotati.size() + annullati.size();
            DatabasePersoIT.attendi(() -> conta(db, inviati + " and id > " + primoAvviso), n -> n >= attesi);
            DatabasePersoIT.attendi(() -> conta(db, inSospeso), n -> n == 0);
            DatabasePersoIT.attendi(() -> anonimizzatiTra(db, ids), n -> n >= codici.size());
            DatabasePersoIT.attendi(() -> conta(db, pulizia) - puliziePrima, n -> n >= 1);
            // Several more rounds of every job on both nodes: whatever ran twice would show now.
            NodoSeparato.pausa(Duration.ofSeconds(8));

            assertThat(conta(db, eseguiti(lavori)))
                    .as("each timer job succeeded once")
                    .isEqualTo(tutti(lavori).size());
            for (var caso : monitoraggi) {
                assertThat(compiti(db, caso, "Task_Monitoraggio"))
                        .as("the first monitoring and the one the timer created, no third")
                        .isEqualTo(2);
                assertThat(attivita(db, caso, PercorsiHttp.TIMER_MONITORAGGIO)).isOne();
            }
            for (var caso : cabina) {
                assertThat(conta(
                                db,
                                "select count(*) from sollecito_cabina s join proposta_progettuale p on p.id ="
                                        + " s.proposta_id where p.numero_pratica = '" + caso.numeroPratica() + "'"))
                        .as("one reminder recorded for the Cabina di Regia")
                        .isOne();
                assertThat(attivita(db, caso, "Task_SollecitaCabina")).isOne();
                assertThat(compiti(db, caso, "Task_ApprovazioneCabinaDiRegia"))
                        .as("the reminder leaves the committee's task where it was")
                        .isOne();
            }
            for (var caso : abbinamenti) {
                assertThat(conta(
                                db,
                                "select count(*) from sollecito_abbinamento where numero_pratica = '"
                                        + caso.numeroPratica() + "'"))
                        .as("one notice of the overdue matching recorded")
                        .isOne();
                assertThat(attivita(db, caso, "Task_SollecitaAbbinamento")).isOne();
            }
            for (var caso : verifiche) {
                assertThat(compiti(db, caso, "Task_VerificaEsito"))
                        .as("one check per interval of sil.verifica-esiti.intervalli (P6M, P12M)")
                        .isEqualTo(2);
                assertThat(attivita(db, caso, PercorsiHttp.TIMER_VERIFICA_ESITO))
                        .isEqualTo(2);
                assertThat(conta(
                                db,
                                "select count(*) from verifica_esito where numero_pratica = '" + caso.numeroPratica()
                                        + "'"))
                        .as("the first check recorded once")
                        .isOne();
            }
            for (var caso : cabina) {
                assertThat(oggetti("Cabina di Regia: decisione in ritardo sulla pratica " + caso.numeroPratica()))
                        .as("one reminder e-mail per overdue decision (one responsabile)")
                        .isOne();
            }
            for (var caso : abbinamenti) {
                assertThat(oggetti("Abbinamento in ritardo sulla pratica " + caso.numeroPratica()))
                        .as("one notice e-mail per overdue matching (one specialist operator)")
                        .isOne();
            }
            for (String email : prenotati) {
                assertThat(ricevute(email, CONFERMA))
                        .as("one confirmation to " + email)
                        .isOne();
                assertThat(ricevute(email, PROMEMORIA))
                        .as("one reminder of the day before to " + email)
                        .isOne();
            }
            for (String email : annullati) {
                assertThat(ricevute(email, ANNULLAMENTO))
                        .as("one cancellation to " + email)
                        .isOne();
                assertThat(ricevute(email, CONFERMA))
                        .as("the confirmation sent before the closure, or superseded")
                        .isLessThanOrEqualTo(1);
                assertThat(ricevute(email, PROMEMORIA))
                        .as("no reminder of a cancelled appointment")
                        .isZero();
            }
            long inviatiOra = conta(db, inviati) - inviatiPrima;
            assertThat((long) dellaPostaInUscita() - emailPrima)
                    .as("one e-mail per message the outbox marked sent meanwhile, none twice")
                    .isEqualTo(inviatiOra);
            assertThat(anonimizzatiTra(db, ids))
                    .as("one anonymisation per citizen")
                    .isEqualTo(codici.size());
            assertThat(conta(db, pulizia) - puliziePrima)
                    .as("the history cleanup ran once")
                    .isOne();
            assertThat(conta(
                            db,
                            "select count(*) from act_ru_job where id_ = '" + pulizie.get(0)
                                    + "' and duedate_ > now() + interval '6 hours'"))
                    .as("the history cleanup waits for its next window")
                    .isOne();
            contatoriEsatti(db);
            var esecutori = new ArrayList<String>();
            try (var righe = db.createStatement()
                    .executeQuery("select hostname_, count(*) from act_hi_job_log where job_state_ = 2 and job_id_ in ("
                            + elencoSql(tutti(lavori)) + ") group by hostname_ order by hostname_")) {
                while (righe.next()) {
                    esecutori.add(righe.getString(1) + "=" + righe.getInt(2));
                }
            }
            System.out.printf(
                    "Due nodi: %d timer di processo eseguiti una volta (per nodo: %s): %d monitoraggi, %d solleciti"
                            + " della Cabina, %d avvisi di abbinamento scaduto, %d verifiche degli esiti; pulizia della"
                            + " storia eseguita %d volta; %d e-mail della posta in uscita per %d messaggi inviati (%d"
                            + " promemoria del giorno prima, %d annullamenti), %d e-mail di sollecito; %d"
                            + " anonimizzazioni per %d cittadini%n",
                    tutti(lavori).size(),
                    esecutori,
                    lavori.get(PercorsiHttp.TIMER_MONITORAGGIO).size(),
                    lavori.get(PercorsiHttp.TIMER_SOLLECITO_CABINA).size(),
                    lavori.get(PercorsiHttp.TIMER_ABBINAMENTO_SCADUTO).size(),
                    lavori.get(PercorsiHttp.TIMER_VERIFICA_ESITO).size(),
                    conta(db, pulizia) - puliziePrima,
                    dellaPostaInUscita() - emailPrima,
                    inviatiOra,
                    prenotati.stream()
                            .mapToInt(email -> ricevute(email, PROMEMORIA))
                            .sum(),
                    annullati.stream()
                            .mapToInt(email -> ricevute(email, ANNULLAMENTO))
                            .sum(),
                    cabina.size() + abbinamenti.size(),
                    anonimizzatiTra(db, ids),
                    codici.size());
        }
    }

    private static final String CONFERMA = "Appuntamento confermato:";
    private static final String PROMEMORIA = "Promemoria:";
    private static final String ANNULLAMENTO = "Appuntamento annullato:";
    private static final AtomicInteger INDIRIZZI = new AtomicInteger();

    private record Prenotazione(Casi.Caso caso, String email) {}

    /**
     * A case booked on the informative desk's first free slot two days from now or later (its reminder, the day before
     * at 09:00, still ahead), its citizen with an e-mail address of their own.
     */
    private static Prenotazione prenotaFraDueGiorni(ClientHttp client, String tipo) {
        String email = tipo + INDIRIZZI.incrementAndGet() + ".nodi@example.org";
        var caso = Casi.avvia(client, CodiciFiscaliDiProva.nuovoCodiceFiscale(), email);
        Casi.prenota(client, caso, LocalDate.now(ROMA).plusDays(2));
        return new Prenotazione(caso, email);
    }

    /** The timer jobs of the case at {@code attivita}, made due now, added to {@code lavori} under that timer. */
    private static void scadenzaOra(
            Map<String, List<String>> lavori, ClientHttp admin, Casi.Caso caso, String attivita) {
        lavori.computeIfAbsent(attivita, chiave -> new ArrayList<>())
                .addAll(PercorsiHttp.scadenzaOra(admin, caso, attivita));
    }

    private static List<String> tutti(Map<String, List<String>> lavori) {
        return lavori.values().stream().flatMap(List::stream).toList();
    }

    /** Successful executions of the jobs, counted in the engine's job log. */
    private static String eseguiti(Map<String, List<String>> lavori) {
        return "select count(*) from act_hi_job_log where job_state_ = 2 and job_id_ in (" + elencoSql(tutti(lavori))
                + ")";
    }

    private static String elencoSql(List<String> valori) {
        return "'" + String.join("','", valori) + "'";
    }

    /** E-mails to {@code destinatario} whose subject begins with {@code inizio}. */
    private static int ricevute(String destinatario, String inizio) {
        int n = 0;
        for (var messaggio : smtp.getReceivedMessages()) {
            try {
                var destinatari = messaggio.getRecipients(jakarta.mail.Message.RecipientType.TO);
                if (destinatari != null
                        && destinatari.length == 1
                        && destinatari[0].toString().equals(destinatario)
                        && messaggio.getSubject().startsWith(inizio)) {
                    n++;
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return n;
    }

    /**
     * The e-mails of the outbox (confirmations, reminders, cancellations): every e-mail that is neither a timer's
     * reminder nor notice.
     */
    private static int dellaPostaInUscita() {
        return smtp.getReceivedMessages().length - oggetti("Cabina di Regia") - oggetti("Abbinamento in ritardo");
    }

    private static int oggetti(String inizio) {
        int n = 0;
        for (var messaggio : smtp.getReceivedMessages()) {
            try {
                if (messaggio.getSubject().startsWith(inizio)) {
                    n++;
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return n;
    }

    /** Tasks {@code definizione} ever created for the case, in any of its instances. */
    private static long compiti(Connection db, Casi.Caso caso, String definizione) {
        return conta(
                db,
                "select count(*) from act_hi_taskinst t join act_hi_procinst p on p.proc_inst_id_ = t.proc_inst_id_"
                        + " where p.business_key_ = '" + caso.numeroPratica() + "' and t.task_def_key_ = '"
                        + definizione + "'");
    }

    /** Passages through activity {@code id}, ended, in any of the case's instances. */
    private static long attivita(Connection db, Casi.Caso caso, String id) {
        return conta(
                db,
                "select count(*) from act_hi_actinst a join act_hi_procinst p on p.proc_inst_id_ = a.proc_inst_id_"
                        + " where p.business_key_ = '" + caso.numeroPratica() + "' and a.act_id_ = '" + id
                        + "' and a.end_time_ is not null");
    }

    @Test
    void unNodoUccisoSottoCarico_riavviatoSenzaIncoerenzeTraMotoreEDominio() throws Exception {
        var fine = new AtomicBoolean();
        var riusciti = new AtomicInteger();
        var falliti = new AtomicInteger();
        ExecutorService clienti = Executors.newFixedThreadPool(4);
        for (int c = 0; c < 4; c++) {
            var nodo = c % 2 == 0 ? nodoA : nodoB;
            clienti.submit(() -> {
                var client = nodo.client();
                while (!fine.get()) {
                    try {
                        Casi.avviaEPrenota(client);
                        riusciti.incrementAndGet();
                    } catch (RuntimeException rifiutatoOCaduto) {
                        falliti.incrementAndGet();
                        NodoSeparato.pausa(Duration.ofMillis(200));
                    }
                }
            });
        }
        DatabasePersoIT.attendi(riusciti::get, n -> n >= 8);
        nodoA.uccidi();
        int primaDellArresto = riusciti.get();
        NodoSeparato.pausa(Duration.ofSeconds(3));
        fine.set(true);
        clienti.shutdown();
        assertThat(clienti.awaitTermination(2, TimeUnit.MINUTES)).isTrue();

        var riavvio = Instant.now();
        nodoA.avvia();
        var riavviato = Duration.between(riavvio, Instant.now());
        Casi.avviaEPrenota(nodoA.client());

        try (var db = connessione()) {
            long casi = conta(
                    db,
                    "select count(*) from act_ru_execution where parent_id_ is null and proc_def_id_ like"
                            + " 'PercorsoCittadinoProcess:%'");
            assertThat(elenco(
                            db,
                            "select s.numero_pratica from scheda_utente s where s.chiusa_il is null and not exists"
                                    + " (select 1 from act_ru_execution e where e.parent_id_ is null"
                                    + " and e.business_key_ = s.numero_pratica)"))
                    .as("an open scheda has its running case")
                    .isEmpty();
            assertThat(elenco(
                            db,
                            "select e.business_key_ from act_ru_execution e join accesso a on a.numero_pratica ="
                                    + " e.business_key_ where e.parent_id_ is null and e.proc_def_id_ like"
                                    + " 'PercorsoCittadinoProcess:%' and a.tipo_richiesta = 'PERCORSO' and not exists"
                                    + " (select 1 from scheda_utente s where s.numero_pratica = e.business_key_"
                                    + " and s.chiusa_il is null)"))
                    .as("a running path has its open scheda")
                    .isEmpty();
            assertThat(elenco(
                            db,
                            "select e.business_key_ from act_ru_execution e where e.parent_id_ is null and"
                                    + " e.proc_def_id_ like 'PercorsoCittadinoProcess:%' and not exists"
                                    + " (select 1 from accesso a where a.numero_pratica = e.business_key_)"))
                    .as("a running case has its access recorded")
                    .isEmpty();
            assertThat(elenco(
                            db,
                            "select a.numero_pratica from appuntamento a where a.stato = 'PRENOTATO' and not exists"
                                    + " (select 1 from act_ru_execution e where e.parent_id_ is null"
                                    + " and e.business_key_ = a.numero_pratica)"))
                    .as("no booked appointment without its open case")
                    .isEmpty();
            assertThat(elenco(
                            db,
                            "select a.numero_pratica from appuntamento a join act_ru_execution e on e.business_key_ ="
                                    + " a.numero_pratica and e.parent_id_ is null join act_ru_task t on"
                                    + " t.proc_inst_id_ = e.id_ where a.stato = 'PRENOTATO'"
                                    + " and t.task_def_key_ = 'Task_ConcordaAppuntamento'"))
                    .as("no step half written: an appointment booked, its task still open")
                    .isEmpty();
            assertThat(elenco(
                            db,
                            "select e.business_key_ from act_ru_execution e join act_ru_task t on t.proc_inst_id_ ="
                                    + " e.id_ where e.parent_id_ is null and t.task_def_key_ ="
                                    + " 'Task_ColloquioAssessment' and not exists (select 1 from appuntamento a"
                                    + " where a.numero_pratica = e.business_key_ and a.stato = 'PRENOTATO')"))
                    .as("no step half written: the case moved on, its appointment missing")
                    .isEmpty();
            contatoriEsatti(db);
            System.out.printf(
                    "Arresto brusco: nodo ucciso (SIGKILL) dopo %d casi prenotati da 4 client, %d richieste cadute o"
                            + " rifiutate; riavviato in %d s; %d casi in corso, 0 incoerenze tra motore e dominio%n",
                    primaDellArresto, falliti.get(), riavviato.toSeconds(), casi);
        }
    }

    /** Anonymisation replaces the codice fiscale: the citizens are counted by their ids, read before. */
    private static int anonimizzatiTra(Connection db, List<String> ids) {
        return (int) conta(
                db,
                "select count(*) from evento_audit where azione = 'ANONIMIZZAZIONE' and entita = 'cittadino'"
                        + " and cittadino_id in (" + String.join(",", ids) + ")");
    }

    private static Connection connessione() throws SQLException {
        return DriverManager.getConnection(
                PostgresEmbedded.url(DATABASE), PostgresEmbedded.UTENTE, PostgresEmbedded.PASSWORD);
    }

    private static long conta(Connection db, String sql) {
        try (var righe = db.createStatement().executeQuery(sql)) {
            righe.next();
            return righe.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /**
     * The task counters (ADR 0024), written by both nodes' transactions and folded by both nodes' compactions, hold
     * what the engine's tables give; the compaction keeps up.
     */
    private static void contatoriEsatti(Connection db) throws SQLException {
        assertThat(elenco(db, ContatoriEsatti.DIFFERENZE))
                .as("task counters against the engine's tables")
                .isEmpty();
        DatabasePersoIT.attendi(() -> conta(db, "select count(*) from sil_conteggio_compiti_var"), n -> n == 0);
    }

    private static List<String> elenco(Connection db, String sql) throws SQLException {
        var valori = new ArrayList<String>();
        try (var righe = db.createStatement().executeQuery(sql)) {
            while (righe.next()) {
                valori.add(righe.getString(1));
            }
        }
        return valori;
    }
}
