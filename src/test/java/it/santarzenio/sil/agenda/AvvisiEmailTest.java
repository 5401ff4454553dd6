package it.santarzenio.sil.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import it.santarzenio.sil.OrologioRegolabile;
import it.santarzenio.sil.agenda.internal.AvvisoEmail;
import it.santarzenio.sil.agenda.internal.AvvisoEmailRepository;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The e-mails a citizen receives, through a real SMTP server (GreenMail): Italian text, a calendar attachment any
 * client can read, and no booking lost when the server is down.
 */
@AgendaSuH2
@ImportAutoConfiguration(MailSenderAutoConfiguration.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class AvvisiEmailTest {

    private static final int PORTA = portaLibera();

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
                    new ServerSetup(PORTA, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry proprieta) {
        proprieta.add("spring.mail.host", () -> "127.0.0.1");
        proprieta.add("spring.mail.port", () -> PORTA);
        // The scheduled round would race with the rounds the tests run themselves.
        proprieta.add("sil.agenda.promemoria.frequenza", () -> "PT10H");
    }

    private static final String CITTADINO = "lucia.esposito@example.org";
    private static final LocalDateTime LUNEDI_7_DICEMBRE_1030 = LocalDateTime.of(2026, 12, 7, 10, 30);

    private final AgendaService agenda;
    private final PostinoAvvisi postino;
    private final AvvisoEmailRepository avvisi;
    private final OrologioRegolabile orologio;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transazione;

    AvvisiEmailTest(
            AgendaService agenda,
            PostinoAvvisi postino,
            AvvisoEmailRepository avvisi,
            OrologioRegolabile orologio,
            JdbcTemplate jdbc,
            PlatformTransactionManager transazioni) {
        this.agenda = agenda;
        this.postino = postino;
        this.avvisi = avvisi;
        this.orologio = orologio;
        this.jdbc = jdbc;
        this.transazione = new TransactionTemplate(transazioni);
    }

    @BeforeEach
    void agendaECasellaVuote() throws Exception {
        jdbc.update("delete from avviso_email");
        jdbc.update("delete from appuntamento");
        if (!SMTP.isRunning()) {
            SMTP.start();
        }
        SMTP.purgeEmailFromAllMailboxes();
        orologio.imposta(AgendaSuH2.ADESSO);
    }

    private AppuntamentoPrenotato prenota(String pratica, LocalDateTime inizio, String email) {
        return agenda.prenota(new RichiestaAppuntamento(
                pratica, 7L, Sportello.INFORMATIVO, inizio, "informativo", "Bilancio delle competenze", email));
    }

    @Test
    void prenotazione_confermaInItalianoConCalendario() throws Exception {
        prenota("SIL-2026-000042", LUNEDI_7_DICEMBRE_1030, CITTADINO);

        assertThat(postino.inviaDovuti()).isEqualTo(1);

        var messaggio = unico();
        assertThat(messaggio.getSubject())
                .isEqualTo("Appuntamento confermato: lunedì 7 dicembre 2026 alle 10:30 – Sportello Informativo di"
                        + " Orientamento al Lavoro");
        assertThat(messaggio.getAllRecipients()).extracting(Object::toString).containsExactly(CITTADINO);
        assertThat(messaggio.getFrom()[0].toString()).contains("sportello.lavoro@comune.santarzenio.example");
        assertThat(testo(messaggio))
                .startsWith("Gentile cittadina, gentile cittadino,")
                .contains("le confermiamo l'appuntamento allo Sportello Informativo di Orientamento al Lavoro")
                .contains("Quando: lunedì 7 dicembre 2026, dalle 10:30 alle 11:00")
                .contains("Dove: Torre Civica, piano terra, Comune di Sant'Arzenio")
                .contains("Pratica: SIL-2026-000042")
                .contains("documento d'identità");

        var allegato = allegatoCalendario(messaggio);
        assertThat(allegato.getContentType()).startsWith("text/calendar").containsIgnoringCase("method=PUBLISH");
        assertThat(allegato.getFileName()).isEqualTo("appuntamento.ics");
        String ics = leggi(allegato);
        assertThat(ics)
                .contains("\r\nMETHOD:PUBLISH\r\n")
                .contains("\r\nDTSTART:20261207T093000Z\r\n")
                .contains("\r\nDTEND:20261207T100000Z\r\n");
        assertThat(ics.split("\r\n")).allSatisfy(riga -> assertThat(riga.getBytes(StandardCharsets.UTF_8).length)
                .as("RFC 5545 3.1: righe di 75 ottetti al massimo")
                .isLessThanOrEqualTo(75));

        ICalendar calendario = Biweekly.parse(ics).first();
        assertThat(calendario.validate(ICalVersion.V2_0).isEmpty())
                .as("%s", calendario.validate(ICalVersion.V2_0))
                .isTrue();
        var evento = calendario.getEvents().get(0);
        assertThat(evento.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2026-12-07T09:30:00Z"));
        assertThat(evento.getDateEnd().getValue().toInstant()).isEqualTo(Instant.parse("2026-12-07T10:00:00Z"));
        assertThat(evento.getLocation().getValue()).isEqualTo("Torre Civica, piano terra, Comune di Sant'Arzenio");
        assertThat(evento.getUid().getValue()).startsWith("appuntamento-");
        assertThat(evento.getSummary().getValue())
                .isEqualTo("Appuntamento – Sportello Informativo di Orientamento al Lavoro");
        assertThat(evento.getOrganizer().getEmail()).isEqualTo("sportello.lavoro@comune.santarzenio.example");
    }

    @Test
    void promemoria_ilGiornoPrimaAlle9() throws Exception {
        prenota("SIL-2026-000042", LUNEDI_7_DICEMBRE_1030, CITTADINO);
        postino.inviaDovuti();
        SMTP.purgeEmailFromAllMailboxes();

        orologio.imposta(LocalDateTime.of(2026, 12, 6, 8, 59));
        assertThat(postino.inviaDovuti()).isZero();
        orologio.imposta(LocalDateTime.of(2026, 12, 6, 9, 0));
        assertThat(postino.inviaDovuti()).isEqualTo(1);

        var messaggio = unico();
        assertThat(messaggio.getSubject())
                .isEqualTo("Promemoria: appuntamento lunedì 7 dicembre 2026 alle 10:30 – Sportello Informativo di"
                        + " Orientamento al Lavoro");
        assertThat(testo(messaggio))
                .contains("le ricordiamo l'appuntamento di domani, lunedì 7 dicembre 2026,")
                .contains("Dove: Torre Civica, piano terra, Comune di Sant'Arzenio");
        assertThat(Biweekly.parse(leggi(allegatoCalendario(messaggio))).first().getEvents())
                .hasSize(1);
        assertThat(postino.inviaDovuti()).as("nulla due volte").isZero();
    }

    @Test
    void prenotazionePerDomaniDopoLe9_soloLaConferma() {
        prenota("SIL-2026-000042", LocalDateTime.of(2026, 12, 1, 10, 0), CITTADINO);

        assertThat(avvisi.findAll()).extracting(AvvisoEmail::getTipo).containsExactly(AvvisoEmail.Tipo.CONFERMA);
    }

    @Test
    void senzaEmail_nessunAvviso() {
        prenota("SIL-2026-000042", LUNEDI_7_DICEMBRE_1030, null);
        prenota("SIL-2026-000043", LUNEDI_7_DICEMBRE_1030.plusMinutes(30), "  ");

        assertThat(avvisi.count()).isZero();
    }

    @Test
    void serverSpento_prenotazioneSalvaEInvioRitentato() throws Exception {
        SMTP.stop();

        var prenotato = prenota("SIL-2026-000042", LUNEDI_7_DICEMBRE_1030, CITTADINO);
        assertThat(postino.inviaDovuti()).isZero();

        assertThat(agenda.prenotato("SIL-2026-000042")).contains(prenotato);
        var conferma = conferma();
        assertThat(conferma.getStato()).isEqualTo(AvvisoEmail.Stato.DA_INVIARE);
        assertThat(conferma.getTentativi()).isEqualTo(1);
        assertThat(conferma.getUltimoErrore()).isNotBlank();
        assertThat(conferma.getProssimoTentativo()).isEqualTo(orologio.instant().plus(Duration.ofMinutes(1)));

        assertThat(postino.inviaDovuti())
                .as("il secondo tentativo aspetta un minuto")
                .isZero();
        orologio.avanza(Duration.ofMinutes(1));
        assertThat(postino.inviaDovuti()).isZero();
        assertThat(conferma().getTentativi()).isEqualTo(2);
        assertThat(conferma().getProssimoTentativo())
                .isEqualTo(orologio.instant().plus(Duration.ofMinutes(2)));

        SMTP.start();
        orologio.avanza(Duration.ofMinutes(2));
        assertThat(postino.inviaDovuti()).isEqualTo(1);

        assertThat(conferma().getStato()).isEqualTo(AvvisoEmail.Stato.INVIATO);
        assertThat(unico().getSubject()).startsWith("Appuntamento confermato: lunedì 7 dicembre 2026 alle 10:30");
    }

    @Test
    void serverSpentoFinoAllAppuntamento_avvisiScaduti() throws Exception {
        SMTP.stop();
        prenota("SIL-2026-000042", LUNEDI_7_DICEMBRE_1030, CITTADINO);
        postino.inviaDovuti();
        SMTP.start();

        orologio.imposta(LUNEDI_7_DICEMBRE_1030);
        assertThat(postino.inviaDovuti()).isZero();

        assertThat(avvisi.findAll()).extracting(AvvisoEmail::getStato).containsOnly(AvvisoEmail.Stato.SCADUTO);
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void spostamento_confermaDelNuovoConLoStessoEventoEPromemoriaDelVecchioSuperato() throws Exception {
        var primo = prenota("SIL-2026-000042", LUNEDI_7_DICEMBRE_1030, CITTADINO);
        postino.inviaDovuti();
        String uid = Biweekly.parse(leggi(allegatoCalendario(unico())))
                .first()
                .getEvents()
                .get(0)
                .getUid()
                .getValue();
        SMTP.purgeEmailFromAllMailboxes();

        prenota("SIL-2026-000042", LocalDateTime.of(2026, 12, 14, 11, 0), CITTADINO);
        assertThat(postino.inviaDovuti()).isEqualTo(1);

        var messaggio = unico();
        assertThat(messaggio.getSubject()).startsWith("Appuntamento spostato: lunedì 14 dicembre 2026 alle 11:00");
        assertThat(testo(messaggio)).contains("è stato spostato");
        var evento = Biweekly.parse(leggi(allegatoCalendario(messaggio)))
                .first()
                .getEvents()
                .get(0);
        assertThat(evento.getUid().getValue()).isEqualTo(uid);
        assertThat(evento.getSequence().getValue()).isEqualTo(1);
        assertThat(avvisi.findByAppuntamentoIdOrderById(primo.id()))
                .extracting(AvvisoEmail::getTipo, AvvisoEmail::getStato)
                .map(tupla -> tupla.toList())
                .containsExactly(
                        List.of(AvvisoEmail.Tipo.CONFERMA, AvvisoEmail.Stato.INVIATO),
                        List.of(AvvisoEmail.Tipo.PROMEMORIA, AvvisoEmail.Stato.SUPERATO));
    }

    @Test
    void annullamento_ilCittadinoSaCheNonDeveVenire() throws Exception {
        prenota("SIL-2026-000042", LUNEDI_7_DICEMBRE_1030, CITTADINO);
        postino.inviaDovuti();
        SMTP.purgeEmailFromAllMailboxes();

        agenda.annulla("SIL-2026-000042");
        assertThat(postino.inviaDovuti()).isEqualTo(1);

        var messaggio = unico();
        assertThat(messaggio.getSubject())
                .isEqualTo("Appuntamento annullato: lunedì 7 dicembre 2026 alle 10:30 – Sportello Informativo di"
                        + " Orientamento al Lavoro");
        assertThat(testo(messaggio))
                .contains("è annullato")
                .contains("Non deve quindi presentarsi")
                .contains("il lunedì e il martedì dalle 10:00 alle 12:00");
        var allegato = allegatoCalendario(messaggio);
        assertThat(allegato.getContentType()).containsIgnoringCase("method=CANCEL");
        var calendario = Biweekly.parse(leggi(allegato)).first();
        assertThat(calendario.getMethod().getValue()).isEqualTo("CANCEL");
        assertThat(calendario.getEvents().get(0).getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(calendario.getEvents().get(0).getSequence().getValue()).isEqualTo(1);
        orologio.imposta(LocalDateTime.of(2026, 12, 6, 9, 0));
        assertThat(postino.inviaDovuti())
                .as("nessun promemoria di un appuntamento annullato")
                .isZero();
    }

    @Test
    void confermaSegnataInviataMentreLaPraticaSiChiude_restaInviata() throws Exception {
        prenota("SIL-2026-000042", LUNEDI_7_DICEMBRE_1030, CITTADINO);
        long conferma = conferma().getId();
        // A node took the confirmation and is sending it.
        jdbc.update(
                "update avviso_email set stato = 'IN_INVIO', preso_il = ? where id = ?",
                Timestamp.from(orologio.instant()),
                conferma);
        var errore = new AtomicReference<Throwable>();
        var invio = new Thread(() -> {
            try {
                jdbc.execute((ConnectionCallback<Integer>) connessione -> {
                    try (var istruzione = connessione.createStatement()) {
                        // Waits for the closure's lock on the row, however slow the machine.
                        istruzione.execute("set lock_timeout 60000");
                        return istruzione.executeUpdate(
                                "update avviso_email set stato = 'INVIATO', preso_il = null where id = " + conferma);
                    }
                });
            } catch (RuntimeException e) {
                errore.set(e);
            }
        });
        transazione.executeWithoutResult(stato -> {
            agenda.annulla("SIL-2026-000042");
            // The node marks it sent while the closure's transaction is still open: before it commits (an entity read
            // and written back at commit would then overwrite INVIATO) or, if the closure holds the row, after.
            invio.start();
            try {
                invio.join(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
        invio.join();
        assertThat(errore.get()).isNull();
        assertThat(avvisi.findById(conferma))
                .map(AvvisoEmail::getStato)
                .as("the e-mail that left counts as sent")
                .contains(AvvisoEmail.Stato.INVIATO);
        assertThat(avvisi.findAll())
                .filteredOn(avviso -> avviso.getTipo() == AvvisoEmail.Tipo.PROMEMORIA)
                .extracting(AvvisoEmail::getStato)
                .containsExactly(AvvisoEmail.Stato.SUPERATO);
    }

    private AvvisoEmail conferma() {
        return avvisi.findAll().stream()
                .filter(avviso -> avviso.getTipo() == AvvisoEmail.Tipo.CONFERMA)
                .findFirst()
                .orElseThrow();
    }

    private static MimeMessage unico() {
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        return SMTP.getReceivedMessages()[0];
    }

    private static String testo(Part parte) throws Exception {
        for (Part foglia : foglie(parte)) {
            if (foglia.isMimeType("text/plain")) {
                return (String) foglia.getContent();
            }
        }
        throw new AssertionError("nessun testo nel messaggio");
    }

    private static Part allegatoCalendario(Part parte) throws Exception {
        for (Part foglia : foglie(parte)) {
            if (foglia.isMimeType("text/calendar")) {
                return foglia;
            }
        }
        throw new AssertionError("nessun allegato text/calendar");
    }

    private static List<Part> foglie(Part parte) throws Exception {
        var foglie = new ArrayList<Part>();
        if (parte.getContent() instanceof Multipart multiparte) {
            for (int i = 0; i < multiparte.getCount(); i++) {
                BodyPart figlia = multiparte.getBodyPart(i);
                foglie.addAll(foglie(figlia));
            }
        } else {
            foglie.add(parte);
        }
        return foglie;
    }

    private static String leggi(Part parte) throws Exception {
        try (InputStream dati = parte.getInputStream()) {
            return new String(dati.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int portaLibera() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
