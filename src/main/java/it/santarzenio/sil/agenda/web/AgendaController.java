package it.santarzenio.sil.agenda.web;

import it.santarzenio.sil.DatiNonValidiException;
import it.santarzenio.sil.agenda.AgendaService;
import it.santarzenio.sil.agenda.AppuntamentoInAgenda;
import it.santarzenio.sil.agenda.SlotLibero;
import it.santarzenio.sil.agenda.Sportello;
import it.santarzenio.sil.audit.AuditService;
import it.santarzenio.sil.audit.Azione;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The agenda of a desk for its operators: {@code GET /api/agenda} (the appointments of a period, a week by default)
 * and {@code GET /api/agenda/slot-liberi} (the next free slots). Each desk's agenda is open only to its group.
 */
@RestController
@RequestMapping("/api/agenda")
class AgendaController {

    static final int GIORNI_MASSIMI = 92;
    static final int SLOT_MASSIMI = 50;

    private final AgendaService agenda;
    private final Clock orologio;
    private final AuditService audit;

    AgendaController(AgendaService agenda, Clock orologio, AuditService audit) {
        this.agenda = agenda;
        this.orologio = orologio;
        this.audit = audit;
    }

    record Agenda(Sportello sportello, LocalDate dal, LocalDate al, List<AppuntamentoInAgenda> appuntamenti) {}

    /** From {@code dal} (default: Monday of this week) to {@code al} included (default: six days later). */
    @GetMapping
    Agenda agenda(
            @RequestParam(required = false) String sportello,
            @RequestParam(required = false) String dal,
            @RequestParam(required = false) String al,
            Authentication utente) {
        Sportello scelto = sportello(sportello, utente);
        LocalDate inizio = dal == null
                ? LocalDate.now(orologio).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                : data("dal", dal);
        LocalDate fine = al == null ? inizio.plusDays(6) : data("al", al);
        if (fine.isBefore(inizio)) {
            throw new DatiNonValidiException(
                    "Il giorno 'al' (" + fine + ") viene prima del giorno 'dal' (" + inizio + ").");
        }
        if (ChronoUnit.DAYS.between(inizio, fine) >= GIORNI_MASSIMI) {
            throw new DatiNonValidiException(
                    "Si possono chiedere al massimo " + GIORNI_MASSIMI + " giorni di agenda per volta.");
        }
        var appuntamenti = agenda.agenda(scelto, inizio, fine);
        // The agenda names the citizens expected: a read of personal data.
        audit.registra(
                utente.getName(),
                Azione.LETTURA,
                "agenda",
                scelto + " " + inizio + "/" + fine,
                null,
                appuntamenti.size() + " appuntamenti");
        return new Agenda(scelto, inizio, fine, appuntamenti);
    }

    /** At most {@code quanti} (default 10) free slots from {@code dal} (default: today). */
    @GetMapping("/slot-liberi")
    List<SlotLibero> slotLiberi(
            @RequestParam(required = false) String sportello,
            @RequestParam(required = false) String dal,
            @RequestParam(required = false) String quanti,
            Authentication utente) {
        Sportello scelto = sportello(sportello, utente);
        LocalDate inizio = dal == null ? LocalDate.now(orologio) : data("dal", dal);
        int numero = 10;
        if (quanti != null) {
            try {
                numero = Integer.parseInt(quanti.strip());
            } catch (NumberFormatException e) {
                numero = -1;
            }
            if (numero < 1 || numero > SLOT_MASSIMI) {
                throw new DatiNonValidiException(
                        "'quanti' deve essere un numero intero da 1 a " + SLOT_MASSIMI + ", non '" + quanti + "'.");
            }
        }
        return agenda.slotLiberiDescritti(scelto, inizio, numero);
    }

    private static Sportello sportello(String valore, Authentication utente) {
        String ammessi = Arrays.stream(Sportello.values()).map(Enum::name).collect(Collectors.joining(" o "));
        if (valore == null || valore.isBlank()) {
            throw new DatiNonValidiException("Indicare lo sportello: sportello=" + ammessi + ".");
        }
        Sportello sportello;
        try {
            sportello = Sportello.valueOf(valore.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DatiNonValidiException(
                    "Sportello sconosciuto: '" + valore + "'. Valori ammessi: " + ammessi + ".");
        }
        boolean delGruppo = utente.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(sportello.gruppo()::equals);
        if (!delGruppo) {
            throw new AgendaRiservataException(sportello);
        }
        return sportello;
    }

    private static LocalDate data(String nome, String valore) {
        try {
            return LocalDate.parse(valore.strip());
        } catch (DateTimeParseException e) {
            throw new DatiNonValidiException(
                    "Il giorno '" + nome + "' deve essere una data nella forma 2026-12-07, non '" + valore + "'.");
        }
    }
}
