package it.santarzenio.sil.agenda;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * When each desk receives: its slots on a given day, or why a time is not one of them. Pure calendar arithmetic on
 * the configuration; what is already booked is the service's business.
 */
@Component
class CalendarioSportelli {

    static final DateTimeFormatter GIORNO = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ITALIAN);
    static final DateTimeFormatter ORA = DateTimeFormatter.ofPattern("HH:mm");

    private final AgendaProperties configurazione;

    CalendarioSportelli(AgendaProperties configurazione) {
        this.configurazione = configurazione;
    }

    ZoneId fuso() {
        return configurazione.getFusoOrario();
    }

    Duration durata() {
        return configurazione.getDurataSlot();
    }

    /** The time zone's reading of a wall-clock time; in the autumn overlap, the earlier of the two instants. */
    ZonedDateTime inizio(LocalDateTime locale) {
        return locale.atZone(fuso());
    }

    /** Why the desks are closed all day, if they are: a national holiday or a configured closure. */
    Optional<String> chiusura(LocalDate giorno) {
        var festa = Festivita.di(giorno);
        if (festa.isPresent()) {
            return festa;
        }
        return configurazione.getChiusure().stream()
                .filter(chiusura -> chiusura.comprende(giorno))
                .map(AgendaProperties.Chiusura::getMotivo)
                .findFirst();
    }

    /** The start times of the desk's slots on that day, in order; none when it is closed. */
    List<LocalDateTime> slot(Sportello sportello, LocalDate giorno) {
        if (chiusura(giorno).isPresent()) {
            return List.of();
        }
        var inizi = new ArrayList<LocalDateTime>();
        for (var fascia : fasce(sportello)) {
            if (fascia.getGiorno() != giorno.getDayOfWeek()) {
                continue;
            }
            for (LocalDateTime inizio = giorno.atTime(fascia.getDalle());
                    !inizio.plus(durata()).isAfter(giorno.atTime(fascia.getAlle()));
                    inizio = inizio.plus(durata())) {
                // A wall-clock time skipped by the spring DST change does not exist: no citizen can come then.
                if (!fuso().getRules().getValidOffsets(inizio).isEmpty()) {
                    inizi.add(inizio);
                }
            }
        }
        inizi.sort(null);
        return inizi;
    }

    /**
     * Why {@code inizio} is not a slot of the desk, as an Italian sentence; empty when it is one. Does not look at
     * the clock nor at bookings.
     */
    Optional<String> errore(Sportello sportello, LocalDateTime inizio) {
        LocalDate giorno = inizio.toLocalDate();
        if (slot(sportello, giorno).contains(inizio)) {
            return Optional.empty();
        }
        var chiusura = chiusura(giorno);
        if (chiusura.isPresent()) {
            return Optional.of(
                    maiuscola(GIORNO.format(giorno)) + " gli sportelli sono chiusi (" + chiusura.get() + ").");
        }
        LocalTime ora = inizio.toLocalTime();
        var fascia = fasce(sportello).stream()
                .filter(f -> f.getGiorno() == giorno.getDayOfWeek())
                .filter(f -> !ora.isBefore(f.getDalle()) && ora.isBefore(f.getAlle()))
                .findFirst();
        if (fascia.isEmpty()) {
            return Optional.of("Lo " + sportello.nome() + " riceve " + orario(sportello) + ": " + GIORNO.format(giorno)
                    + " alle " + ORA.format(ora) + " è fuori orario.");
        }
        if (fuso().getRules().getValidOffsets(inizio).isEmpty()) {
            return Optional.of("Le " + ORA.format(ora) + " di " + GIORNO.format(giorno)
                    + " non esistono: a quell'ora scatta l'ora legale.");
        }
        var f = fascia.get();
        return Optional.of("Gli appuntamenti durano " + durata().toMinutes() + " minuti e iniziano alle "
                + ORA.format(f.getDalle()) + " e poi ogni " + durata().toMinutes() + " minuti fino alle "
                + ORA.format(f.getAlle()) + ": le "
                + DateTimeFormatter.ofPattern("HH:mm:ss").format(ora).replaceFirst(":00$", "")
                + " non sono un orario d'inizio.");
    }

    String indirizzo() {
        return configurazione.getIndirizzo();
    }

    /** The opening hours in words, for example "il lunedì e il martedì dalle 10:00 alle 12:00". */
    String orario(Sportello sportello) {
        var giorniPerFascia = new LinkedHashMap<String, List<String>>();
        fasce(sportello).stream()
                .sorted((a, b) -> a.getGiorno() != b.getGiorno()
                        ? a.getGiorno().compareTo(b.getGiorno())
                        : a.getDalle().compareTo(b.getDalle()))
                .forEach(f -> giorniPerFascia
                        .computeIfAbsent(
                                "dalle " + ORA.format(f.getDalle()) + " alle " + ORA.format(f.getAlle()),
                                chiave -> new ArrayList<>())
                        .add("il " + f.getGiorno().getDisplayName(TextStyle.FULL, Locale.ITALIAN)));
        if (giorniPerFascia.isEmpty()) {
            return "solo quando saranno configurati i suoi orari (nessun orario di apertura impostato)";
        }
        return giorniPerFascia.entrySet().stream()
                .map(voce -> elenco(voce.getValue()) + " " + voce.getKey())
                .collect(Collectors.joining("; "));
    }

    private List<AgendaProperties.Fascia> fasce(Sportello sportello) {
        return configurazione.getOrari().getOrDefault(sportello, List.of());
    }

    static String elenco(List<String> voci) {
        if (voci.size() == 1) {
            return voci.get(0);
        }
        return String.join(", ", voci.subList(0, voci.size() - 1)) + " e " + voci.get(voci.size() - 1);
    }

    static String maiuscola(String testo) {
        return testo.isEmpty() ? testo : Character.toUpperCase(testo.charAt(0)) + testo.substring(1);
    }
}
