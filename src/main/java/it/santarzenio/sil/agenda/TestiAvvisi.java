package it.santarzenio.sil.agenda;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Attendee;
import biweekly.property.Method;
import biweekly.property.Organizer;
import biweekly.property.Status;
import it.santarzenio.sil.agenda.internal.Appuntamento;
import it.santarzenio.sil.agenda.internal.AvvisoEmail;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The Italian text and the iCalendar attachment of each e-mail to a citizen. The event keeps the appointment's UID
 * with a growing SEQUENCE, so a moved or cancelled appointment updates the event already in the citizen's calendar.
 */
@Component
class TestiAvvisi {

    static final String PRODOTTO = "-//Comune di Sant'Arzenio//Sportello Lavoro//IT";

    record Messaggio(String oggetto, String testo, String calendario, String metodo) {}

    private final AgendaProperties configurazione;
    private final CalendarioSportelli calendario;

    TestiAvvisi(AgendaProperties configurazione, CalendarioSportelli calendario) {
        this.configurazione = configurazione;
        this.calendario = calendario;
    }

    Messaggio componi(AvvisoEmail.Tipo tipo, Appuntamento appuntamento, Instant adesso) {
        ZonedDateTime inizio = appuntamento.getInizio().atZone(calendario.fuso());
        ZonedDateTime fine = appuntamento.getFine().atZone(calendario.fuso());
        String sportello = appuntamento.getSportello().nome();
        String quando = CalendarioSportelli.GIORNO.format(inizio) + " alle " + CalendarioSportelli.ORA.format(inizio);
        String dettagli = "Quando: " + CalendarioSportelli.GIORNO.format(inizio) + ", dalle "
                + CalendarioSportelli.ORA.format(inizio) + " alle " + CalendarioSportelli.ORA.format(fine) + "\n"
                + "Dove: " + configurazione.getIndirizzo() + "\n"
                + "Pratica: " + appuntamento.getNumeroPratica() + "\n";
        String oggetto;
        String corpo;
        switch (tipo) {
            case CONFERMA -> {
                boolean spostato = appuntamento.getSequenzaCalendario() > 0;
                oggetto = (spostato ? "Appuntamento spostato: " : "Appuntamento confermato: ") + quando + " – "
                        + sportello;
                corpo = (spostato
                                ? "il suo appuntamento allo " + sportello
                                        + " del Comune di Sant'Arzenio è stato spostato. Il nuovo appuntamento è:\n\n"
                                : "le confermiamo l'appuntamento allo " + sportello
                                        + " del Comune di Sant'Arzenio.\n\n")
                        + dettagli + "\n" + daPortare() + "\n"
                        + "In allegato trova l'appuntamento da aggiungere al suo calendario.\n";
            }
            case PROMEMORIA -> {
                oggetto = "Promemoria: appuntamento " + quando + " – " + sportello;
                corpo = "le ricordiamo l'appuntamento " + quandoRelativo(inizio, adesso) + " allo " + sportello
                        + " del Comune di Sant'Arzenio.\n\n" + dettagli + "\n" + daPortare() + "\n"
                        + "In allegato trova l'appuntamento da aggiungere al suo calendario.\n";
            }
            case ANNULLAMENTO -> {
                oggetto = "Appuntamento annullato: " + quando + " – " + sportello;
                corpo = "le comunichiamo che l'appuntamento di " + quando + " allo " + sportello
                        + " è annullato, perché la sua pratica " + appuntamento.getNumeroPratica()
                        + " è stata chiusa. Non deve quindi presentarsi.\n\n"
                        + "Per una nuova richiesta può rivolgersi allo sportello in " + configurazione.getIndirizzo()
                        + ", " + calendario.orario(appuntamento.getSportello()) + ".\n\n"
                        + "In allegato trova l'annullamento per il suo calendario.\n";
            }
            default -> throw new IllegalArgumentException(tipo.name());
        }
        String testo = "Gentile cittadina, gentile cittadino,\n\n" + corpo + "\n"
                + "Servizi Integrati per il Lavoro – Comune di Sant'Arzenio\n"
                + "Messaggio inviato automaticamente: la preghiamo di non rispondere a questo indirizzo.\n";
        boolean annullamento = tipo == AvvisoEmail.Tipo.ANNULLAMENTO;
        return new Messaggio(
                oggetto, testo, ics(appuntamento, annullamento, adesso), annullamento ? Method.CANCEL : Method.PUBLISH);
    }

    private static String daPortare() {
        return IndicazioniAppuntamento.COSA_PORTARE;
    }

    private String quandoRelativo(ZonedDateTime inizio, Instant adesso) {
        LocalDate oggi = adesso.atZone(calendario.fuso()).toLocalDate();
        if (inizio.toLocalDate().equals(oggi)) {
            return "di oggi, " + CalendarioSportelli.GIORNO.format(inizio) + ",";
        }
        if (inizio.toLocalDate().equals(oggi.plusDays(1))) {
            return "di domani, " + CalendarioSportelli.GIORNO.format(inizio) + ",";
        }
        return "di " + CalendarioSportelli.GIORNO.format(inizio);
    }

    /**
     * RFC 5545 text (folded lines, CRLF) with the times in UTC, which every client converts to the reader's zone
     * without needing a VTIMEZONE. PUBLISH for a booking, CANCEL (with the citizen as attendee) for a cancellation.
     */
    String ics(Appuntamento appuntamento, boolean annullamento, Instant adesso) {
        var ical = new ICalendar();
        ical.setProductId(PRODOTTO);
        ical.setMethod(annullamento ? Method.cancel() : Method.publish());
        var evento = new VEvent();
        evento.setUid(appuntamento.getUidCalendario());
        evento.setSequence(appuntamento.getSequenzaCalendario() + (annullamento ? 1 : 0));
        evento.setDateTimeStamp(Date.from(adesso));
        evento.setDateStart(Date.from(appuntamento.getInizio()));
        evento.setDateEnd(Date.from(appuntamento.getFine()));
        evento.setSummary("Appuntamento – " + appuntamento.getSportello().nome());
        evento.setLocation(configurazione.getIndirizzo());
        evento.setDescription("Colloquio allo " + appuntamento.getSportello().nome()
                + " del Comune di Sant'Arzenio. Pratica " + appuntamento.getNumeroPratica() + ".");
        evento.setStatus(annullamento ? Status.cancelled() : Status.confirmed());
        var mittente = indirizzo(configurazione.getPromemoria().getMittente());
        evento.setOrganizer(new Organizer(mittente.getPersonal(), mittente.getAddress()));
        if (annullamento && appuntamento.getEmailCittadino() != null) {
            evento.addAttendee(new Attendee(null, appuntamento.getEmailCittadino()));
        }
        ical.addEvent(evento);
        return Biweekly.write(ical).go();
    }

    private static InternetAddress indirizzo(String mittente) {
        try {
            return new InternetAddress(mittente, true);
        } catch (AddressException e) {
            throw new IllegalStateException("sil.agenda.promemoria.mittente non è un indirizzo valido: " + mittente, e);
        }
    }
}
