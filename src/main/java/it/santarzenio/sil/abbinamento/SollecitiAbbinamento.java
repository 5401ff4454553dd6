package it.santarzenio.sil.abbinamento;

import it.santarzenio.sil.abbinamento.internal.SollecitoAbbinamento;
import it.santarzenio.sil.abbinamento.internal.SollecitoAbbinamentoRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partner's matching must not wait for ever: it is due {@code sil.abbinamento.scadenza} (ISO-8601, default P30D)
 * after it was asked for; past it the specialist desk, who asked, is told by e-mail (when a mail server is
 * configured), in the log and in the case's records, once per deadline. As the Cabina's reminder (ADR 0006), it
 * runs in the timer's job: a failing mail server makes the engine retry.
 */
@Service
@Transactional
public class SollecitiAbbinamento {

    private static final Logger log = LoggerFactory.getLogger(SollecitiAbbinamento.class);
    private static final ZoneId ROMA = ZoneId.of("Europe/Rome");
    private static final DateTimeFormatter QUANDO =
            DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ROMA);

    /** An operator of the specialist desk to notify; {@code email} may be missing. */
    public record Destinatario(String utente, String email) {

        boolean raggiungibile() {
            return email != null && !email.isBlank();
        }

        @Override
        public String toString() {
            return raggiungibile() ? utente + " <" + email + ">" : utente;
        }
    }

    private final SollecitoAbbinamentoRepository solleciti;
    private final ObjectProvider<JavaMailSender> posta;
    private final Clock orologio;
    private final Period scadenza;
    private final String mittente;

    SollecitiAbbinamento(
            SollecitoAbbinamentoRepository solleciti,
            ObjectProvider<JavaMailSender> posta,
            Clock orologio,
            @Value("${sil.abbinamento.scadenza:P30D}") Period scadenza,
            @Value("${sil.cabina.mittente:Sportello Lavoro <sportello.lavoro@comune.santarzenio.example>}")
                    String mittente) {
        if (scadenza.isNegative() || scadenza.isZero()) {
            throw new IllegalArgumentException("sil.abbinamento.scadenza deve essere un periodo ISO-8601 positivo.");
        }
        this.solleciti = solleciti;
        this.posta = posta;
        this.orologio = orologio;
        this.scadenza = scadenza;
        this.mittente = mittente;
    }

    /** When a matching asked for at {@code richiestoIl} is due. */
    public Instant scadenza(Instant richiestoIl) {
        return richiestoIl.atZone(ROMA).plus(scadenza).toInstant();
    }

    /** Notifies and records, unless this deadline was already notified (the task comes back after each referral). */
    public boolean sollecita(String numeroPratica, Instant scadenzaIl, List<Destinatario> destinatari) {
        if (solleciti.existsByNumeroPraticaAndScadenzaIl(numeroPratica, scadenzaIl)) {
            return false;
        }
        String elenco = destinatari.isEmpty()
                ? "(nessun operatore nel gruppo sportello-specialistico)"
                : String.join(
                        ", ", destinatari.stream().map(Destinatario::toString).toList());
        solleciti.save(new SollecitoAbbinamento(
                numeroPratica,
                scadenzaIl,
                orologio.instant(),
                elenco.length() > 4000 ? elenco.substring(0, 4000) : elenco));
        boolean email = invia(numeroPratica, scadenzaIl, destinatari);
        log.warn(
                "Abbinamento della pratica {} atteso dalla società partner entro il {} e ancora aperto. Avviso allo"
                        + " Sportello Specialistico ({}): {}",
                numeroPratica,
                QUANDO.format(scadenzaIl),
                email ? "inviato per e-mail" : "nessuna e-mail inviata",
                elenco);
        return true;
    }

    @Transactional(readOnly = true)
    public long solleciti(String numeroPratica) {
        return solleciti.countByNumeroPratica(numeroPratica);
    }

    private boolean invia(String numeroPratica, Instant scadenzaIl, List<Destinatario> destinatari) {
        var server = posta.getIfAvailable();
        var indirizzi = destinatari.stream()
                .filter(Destinatario::raggiungibile)
                .map(Destinatario::email)
                .toArray(String[]::new);
        if (server == null || indirizzi.length == 0) {
            return false;
        }
        var messaggio = new SimpleMailMessage();
        messaggio.setFrom(mittente);
        messaggio.setTo(indirizzi);
        messaggio.setSubject("Abbinamento in ritardo sulla pratica " + numeroPratica);
        messaggio.setText("L'abbinamento con le offerte della pratica " + numeroPratica
                + " era atteso dalla società partner entro il " + QUANDO.format(scadenzaIl) + " ed è ancora aperto.\n\n"
                + "Sentire la società partner; se serve, la pratica si può chiudere da Tasklist con \"Chiudi una"
                + " pratica\".\n\nMessaggio automatico dello Sportello Lavoro del Comune di Sant'Arzenio.");
        server.send(messaggio);
        return true;
    }
}
