package it.santarzenio.sil.agenda;

import it.santarzenio.sil.agenda.internal.Appuntamento;
import it.santarzenio.sil.agenda.internal.AppuntamentoRepository;
import it.santarzenio.sil.agenda.internal.AvvisoEmail;
import it.santarzenio.sil.agenda.internal.AvvisoEmailRepository;
import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the e-mails of the outbox that are due. Each one is taken by a short transaction (so two nodes never send
 * the same), sent outside any transaction (a slow mail server holds no lock) and marked sent or failed by another.
 * A failure waits longer each time (1, 2, 4 ... minutes, at most an hour) until the appointment starts.
 */
@Component
class PostinoAvvisi {

    private static final Logger log = LoggerFactory.getLogger(PostinoAvvisi.class);
    private static final int PER_GIRO = 50;
    /** A node that took an e-mail and did not finish within this time is presumed dead. */
    private static final Duration ABBANDONO = Duration.ofMinutes(10);

    private final AvvisoEmailRepository avvisi;
    private final AppuntamentoRepository appuntamenti;
    private final TestiAvvisi testi;
    private final ObjectProvider<JavaMailSender> posta;
    private final AgendaProperties configurazione;
    private final TransactionTemplate transazione;
    private final Clock orologio;

    PostinoAvvisi(
            AvvisoEmailRepository avvisi,
            AppuntamentoRepository appuntamenti,
            TestiAvvisi testi,
            ObjectProvider<JavaMailSender> posta,
            AgendaProperties configurazione,
            PlatformTransactionManager transazioni,
            Clock orologio) {
        this.avvisi = avvisi;
        this.appuntamenti = appuntamenti;
        this.testi = testi;
        this.posta = posta;
        this.configurazione = configurazione;
        this.transazione = new TransactionTemplate(transazioni);
        this.orologio = orologio;
    }

    /** One round over the due e-mails; returns how many were sent. */
    int inviaDovuti() {
        JavaMailSender server = posta.getIfAvailable();
        if (server == null) {
            return 0;
        }
        Instant adesso = orologio.instant();
        var dovuti = transazione.execute(stato -> avvisi.dovuti(adesso, adesso.minus(ABBANDONO), Limit.of(PER_GIRO)));
        int inviati = 0;
        for (Long id : dovuti) {
            try {
                var daInviare = transazione.execute(stato -> prendi(id));
                if (daInviare != null && daInviare.isPresent()) {
                    inviati += invia(server, id, daInviare.get()) ? 1 : 0;
                }
            } catch (RuntimeException e) {
                // One broken e-mail must not stop the others; it counts as a failed attempt.
                log.error("Avviso {} non elaborato", id, e);
                transazione.executeWithoutResult(stato -> fallito(id, String.valueOf(e), false));
            }
        }
        return inviati;
    }

    /** Takes the e-mail for this node and composes it; empty when another node took it or it is pointless now. */
    private Optional<Pronto> prendi(Long id) {
        Instant adesso = orologio.instant();
        if (avvisi.prendi(id, adesso, adesso.minus(ABBANDONO)) == 0) {
            return Optional.empty();
        }
        AvvisoEmail avviso = avvisi.getReferenceById(id);
        Appuntamento appuntamento = appuntamenti.getReferenceById(avviso.getAppuntamentoId());
        if (!adesso.isBefore(avviso.getScadeIl())) {
            avviso.chiudi(AvvisoEmail.Stato.SCADUTO);
            log.warn(
                    "Avviso {} ({}) della pratica {} non inviato prima dell'appuntamento: scaduto.",
                    id,
                    avviso.getTipo(),
                    appuntamento.getNumeroPratica());
            return Optional.empty();
        }
        boolean ancoraVero = avviso.getTipo() == AvvisoEmail.Tipo.ANNULLAMENTO
                ? appuntamento.getStato() == StatoAppuntamento.ANNULLATO
                : appuntamento.getStato() == StatoAppuntamento.PRENOTATO;
        if (!ancoraVero) {
            avviso.chiudi(AvvisoEmail.Stato.SUPERATO);
            return Optional.empty();
        }
        return Optional.of(new Pronto(avviso.getDestinatario(), testi.componi(avviso.getTipo(), appuntamento, adesso)));
    }

    private record Pronto(String destinatario, TestiAvvisi.Messaggio messaggio) {}

    private boolean invia(JavaMailSender server, Long id, Pronto pronto) {
        String errore;
        boolean definitivo;
        try {
            var mime = server.createMimeMessage();
            var aiuto = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
            aiuto.setFrom(configurazione.getPromemoria().getMittente());
            aiuto.setTo(pronto.destinatario());
            aiuto.setSubject(pronto.messaggio().oggetto());
            aiuto.setText(pronto.messaggio().testo());
            aiuto.addAttachment(
                    "appuntamento.ics",
                    new ByteArrayResource(pronto.messaggio().calendario().getBytes(StandardCharsets.UTF_8)),
                    "text/calendar; charset=UTF-8; method=" + pronto.messaggio().metodo());
            server.send(mime);
            transazione.executeWithoutResult(
                    stato -> avvisi.getReferenceById(id).inviato(orologio.instant()));
            return true;
        } catch (MessagingException | MailParseException | MailPreparationException e) {
            // The message cannot be built (an address no server would accept): trying again changes nothing.
            errore = e.getMessage();
            definitivo = true;
        } catch (MailException e) {
            errore = e.getMessage();
            definitivo = false;
        }
        transazione.executeWithoutResult(stato -> fallito(id, errore, definitivo));
        return false;
    }

    private void fallito(Long id, String errore, boolean definitivo) {
        var avviso = avvisi.getReferenceById(id);
        int tentativo = avviso.getTentativi() + 1;
        boolean ultimo =
                definitivo || tentativo >= configurazione.getPromemoria().getTentativiMassimi();
        Duration attesa = Duration.ofMinutes(Math.min(60, 1L << Math.min(tentativo - 1, 6)));
        avviso.fallito(errore, orologio.instant().plus(attesa), ultimo);
        if (ultimo) {
            log.error(
                    "Avviso {} ({}) a {} non inviato dopo {} tentativi, abbandonato: {}",
                    id,
                    avviso.getTipo(),
                    avviso.getDestinatario(),
                    tentativo,
                    errore);
        } else {
            log.warn(
                    "Avviso {} ({}) non inviato (tentativo {}), nuovo tentativo tra {} minuti: {}",
                    id,
                    avviso.getTipo(),
                    tentativo,
                    attesa.toMinutes(),
                    errore);
        }
    }
}
