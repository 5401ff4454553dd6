package it.santarzenio.sil.cabina;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mails the service managers that a decision of the Cabina di Regia is overdue. It sends in the caller's
 * transaction, which is the timer job of the process: a mail server that fails makes the job fail and the engine
 * retry it (BoundaryEvent_ApprovazioneScaduta's retry cycle), then raise an incident the managers see in Cockpit.
 * Without {@code spring.mail.host} it sends nothing.
 */
@Component
class PostinoSolleciti {

    private static final DateTimeFormatter QUANDO =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Rome"));

    private final ObjectProvider<JavaMailSender> posta;
    private final CabinaProperties configurazione;

    PostinoSolleciti(ObjectProvider<JavaMailSender> posta, CabinaProperties configurazione) {
        this.posta = posta;
        this.configurazione = configurazione;
    }

    /** Returns whether an e-mail left: false without a mail server or without a manager with an address. */
    boolean invia(String numeroPratica, int versione, Instant scadenza, List<Responsabile> responsabili) {
        var server = posta.getIfAvailable();
        var indirizzi = responsabili.stream()
                .filter(Responsabile::raggiungibile)
                .map(Responsabile::email)
                .toArray(String[]::new);
        if (server == null || indirizzi.length == 0) {
            return false;
        }
        var messaggio = new SimpleMailMessage();
        messaggio.setFrom(configurazione.mittente());
        messaggio.setTo(indirizzi);
        messaggio.setSubject("Cabina di Regia: decisione in ritardo sulla pratica " + numeroPratica);
        messaggio.setText("La versione " + versione + " della proposta progettuale della pratica " + numeroPratica
                + " attendeva la decisione della Cabina di Regia entro il " + QUANDO.format(scadenza) + ".\n\n"
                + "Il compito \"Decidi sulla proposta progettuale\" è ancora aperto in Tasklist; lo stato della"
                + " pratica è visibile in Cockpit.\n\n"
                + "Messaggio automatico dello Sportello Lavoro del Comune di Sant'Arzenio.");
        server.send(messaggio);
        return true;
    }
}
