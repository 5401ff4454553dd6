package it.santarzenio.sil.agenda;

import it.santarzenio.sil.agenda.internal.Appuntamento;
import it.santarzenio.sil.agenda.internal.AvvisoEmail;
import it.santarzenio.sil.agenda.internal.AvvisoEmailRepository;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Puts the e-mails of an appointment in the outbox, in the caller's transaction: they exist if and only if the
 * booking does. Without a mail server ({@code spring.mail.host} unset) nothing is queued.
 */
@Component
class CodaAvvisi {

    private static final Logger log = LoggerFactory.getLogger(CodaAvvisi.class);

    private final AvvisoEmailRepository avvisi;
    private final AgendaProperties configurazione;
    private final boolean attivi;

    CodaAvvisi(AvvisoEmailRepository avvisi, AgendaProperties configurazione, ObjectProvider<JavaMailSender> posta) {
        this.avvisi = avvisi;
        this.configurazione = configurazione;
        this.attivi = posta.getIfAvailable() != null;
    }

    @EventListener(ApplicationReadyEvent.class)
    void segnalaSeSpenti() {
        if (!attivi) {
            log.info("Promemoria e-mail ai cittadini disattivati: nessun server SMTP configurato (spring.mail.host).");
        }
    }

    /** The confirmation now and the reminder the day before (skipped when the day before has already begun). */
    void prenotato(Appuntamento appuntamento, Instant adesso) {
        if (!attivi || senzaEmail(appuntamento)) {
            return;
        }
        accoda(appuntamento, AvvisoEmail.Tipo.CONFERMA, adesso, adesso);
        Instant promemoria = appuntamento
                .getInizio()
                .atZone(configurazione.getFusoOrario())
                .toLocalDate()
                .minusDays(1)
                .atTime(configurazione.getPromemoria().getOraPromemoria())
                .atZone(configurazione.getFusoOrario())
                .toInstant();
        if (promemoria.isAfter(adesso)) {
            accoda(appuntamento, AvvisoEmail.Tipo.PROMEMORIA, promemoria, adesso);
        }
    }

    /** Tells a citizen expecting to come that they need not. */
    void annullato(Appuntamento appuntamento, Instant adesso) {
        if (attivi && !senzaEmail(appuntamento) && appuntamento.getInizio().isAfter(adesso)) {
            accoda(appuntamento, AvvisoEmail.Tipo.ANNULLAMENTO, adesso, adesso);
        }
    }

    /** The appointment changed: what was still waiting about it is no longer true. */
    void superati(Appuntamento appuntamento) {
        avvisi.superati(appuntamento.getId());
    }

    private void accoda(Appuntamento appuntamento, AvvisoEmail.Tipo tipo, Instant dal, Instant adesso) {
        avvisi.save(new AvvisoEmail(
                appuntamento.getId(),
                tipo,
                appuntamento.getEmailCittadino().strip(),
                dal,
                appuntamento.getInizio(),
                adesso));
    }

    private static boolean senzaEmail(Appuntamento appuntamento) {
        return appuntamento.getEmailCittadino() == null
                || appuntamento.getEmailCittadino().isBlank();
    }
}
