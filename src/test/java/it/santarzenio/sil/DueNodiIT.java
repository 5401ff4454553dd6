package it.santarzenio.sil;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import it.santarzenio.sil.accesso.CodiciFiscaliDiProva;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
 * nothing home-made. Timers fire once, every e-mail of the outbox leaves once, every citizen past retention is
 * anonymised once, though both nodes run every job. Then one node is killed with SIGKILL under load from four
 * clients and started again: the engine and the domain tables still agree, case by case.
 */
class DueNodiIT {

    private static final String DATABASE = "due_nodi";

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
        return Map.of(
                "spring.mail.host", "127.0.0.1",
                "spring.mail.port", String.valueOf(smtp.getSmtp().getPort()),
                "sil.agenda.promemoria.frequenza", "PT1S",
                "sil.privacy.cron", "*/2 * * * * *",
                "sil.privacy.conservazione", "P1D",
                // The name each node writes in the engine's job log.
                "camunda.bpm.generic-properties.properties.hostname", nome,
                "camunda.bpm.job-execution.wait-time-in-millis", "500",
                "camunda.bpm.job-execution.max-wait", "2000");
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
            int emailPrima = conferme();
            var jdbc = new JdbcTemplate(new SingleConnectionDataSource(db, true));
            Consumer<String> appuntamentoIniziato = numero -> AppuntamentoIniziato.per(jdbc, numero);
            // Each kind of case driven half through each node, to the business timer it waits at.
            for (int i = 0; i < perTipo; i++) {
                var client = nodi.get(i % 2).client();
                monitoraggi.add(PercorsiHttp.alProssimoMonitoraggio(client, appuntamentoIniziato));
                cabina.add(PercorsiHttp.allaCabinaDiRegia(client, appuntamentoIniziato));
                abbinamenti.add(PercorsiHttp.allAbbinamento(client, appuntamentoIniziato));
            }
            // Bookings left as they are: the outbox sends their confirmations (the cases above went past their
            // appointments, whose confirmations the outbox may close unsent as superseded).
            int prenotazioni = 4;
            for (int i = 0; i < prenotazioni; i++) {
                Casi.avviaEPrenota(nodi.get(i % 2).client());
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

            // The timers wait weeks (sil.monitoraggio.intervallo, sil.cabina.scadenza-approvazione,
            // sil.abbinamento.scadenza): their jobs are made due now, all at once, for both job executors.
            var admin = nodoA.client();
            var lavori = new ArrayList<String>();
            monitoraggi.forEach(
                    caso -> lavori.addAll(PercorsiHttp.scadenzaOra(admin, caso, "Timer_ProssimoMonitoraggio")));
            cabina.forEach(
                    caso -> lavori.addAll(PercorsiHttp.scadenzaOra(admin, caso, "BoundaryEvent_ApprovazioneScaduta")));
            abbinamenti.forEach(
                    caso -> lavori.addAll(PercorsiHttp.scadenzaOra(admin, caso, "BoundaryEvent_AbbinamentoScaduto")));
            assertThat(lavori).hasSize(3 * perTipo);
            String elencoLavori = "'" + String.join("','", lavori) + "'";
            String eseguiti =
                    "select count(*) from act_hi_job_log where job_state_ = 2 and job_id_ in (" + elencoLavori + ")";
            DatabasePersoIT.attendi(() -> conta(db, eseguiti), n -> n >= lavori.size());
            String inSospeso = "select count(*) from avviso_email where id > " + primoAvviso
                    + " and stato in ('DA_INVIARE', 'IN_INVIO') and invio_dal <= now()";
            DatabasePersoIT.attendi(() -> conta(db, inviati + " and id > " + primoAvviso), n -> n >= prenotazioni);
            DatabasePersoIT.attendi(() -> conta(db, inSospeso), n -> n == 0);
            DatabasePersoIT.attendi(() -> anonimizzatiTra(db, ids), n -> n >= codici.size());
            // Several more rounds of every job on both nodes: whatever ran twice would show now.
            NodoSeparato.pausa(Duration.ofSeconds(8));

            assertThat(conta(db, eseguiti)).as("each timer job succeeded once").isEqualTo(lavori.size());
            for (var caso : monitoraggi) {
                assertThat(compiti(db, caso, "Task_Monitoraggio"))
                        .as("the first monitoring and the one the timer created, no third")
                        .isEqualTo(2);
                assertThat(attivita(db, caso, "Timer_ProssimoMonitoraggio")).isOne();
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
            long inviatiOra = conta(db, inviati) - inviatiPrima;
            assertThat((long) conferme() - emailPrima)
                    .as("one e-mail per message the outbox marked sent meanwhile, none twice")
                    .isEqualTo(inviatiOra);
            assertThat(anonimizzatiTra(db, ids))
                    .as("one anonymisation per citizen")
                    .isEqualTo(codici.size());
            var esecutori = new ArrayList<String>();
            try (var righe = db.createStatement()
                    .executeQuery("select hostname_, count(*) from act_hi_job_log where job_state_ = 2 and job_id_ in ("
                            + elencoLavori + ") group by hostname_ order by hostname_")) {
                while (righe.next()) {
                    esecutori.add(righe.getString(1) + "=" + righe.getInt(2));
                }
            }
            System.out.printf(
                    "Due nodi: %d timer di processo eseguiti una volta (per nodo: %s): %d monitoraggi, %d solleciti"
                            + " della Cabina, %d avvisi di abbinamento scaduto; %d e-mail della posta in uscita per %d"
                            + " messaggi inviati, %d e-mail di sollecito; %d anonimizzazioni per %d cittadini%n",
                    lavori.size(),
                    esecutori,
                    monitoraggi.size(),
                    cabina.size(),
                    abbinamenti.size(),
                    conferme() - emailPrima,
                    inviatiOra,
                    cabina.size() + abbinamenti.size(),
                    anonimizzatiTra(db, ids),
                    codici.size());
        }
    }

    /** The e-mails of the outbox (confirmations, reminders): every e-mail that is neither a timer's reminder nor notice. */
    private static int conferme() {
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
