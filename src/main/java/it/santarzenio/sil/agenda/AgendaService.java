package it.santarzenio.sil.agenda;

import it.santarzenio.sil.DatiNonValidiException;
import it.santarzenio.sil.accesso.AccessoService;
import it.santarzenio.sil.agenda.internal.Appuntamento;
import it.santarzenio.sil.agenda.internal.AppuntamentoRepository;
import it.santarzenio.sil.agenda.internal.AvvisoEmailRepository;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The agenda of the desks: books, moves, cancels and records appointments so that none is ever impossible (closed
 * desk, past time, taken slot). Called from the process in the same transaction as the task completion.
 */
@Service
@Transactional
public class AgendaService {

    /** How many free slots a refusal proposes. */
    static final int SLOT_PROPOSTI = 3;
    /** How far from the first day free slots are looked for: a desk closed longer than this has none. */
    static final int GIORNI_DI_RICERCA = 400;

    private final AppuntamentoRepository appuntamenti;
    private final AccessoService accessi;
    private final CalendarioSportelli calendario;
    private final CodaAvvisi avvisi;
    private final Validator validator;
    private final Clock orologio;
    private final TransactionTemplate transazioneSeparata;
    private final AvvisoEmailRepository posta;

    AgendaService(
            AppuntamentoRepository appuntamenti,
            AvvisoEmailRepository posta,
            AccessoService accessi,
            CalendarioSportelli calendario,
            CodaAvvisi avvisi,
            Validator validator,
            Clock orologio,
            PlatformTransactionManager transazioni) {
        this.appuntamenti = appuntamenti;
        this.posta = posta;
        this.accessi = accessi;
        this.calendario = calendario;
        this.avvisi = avvisi;
        this.validator = validator;
        this.orologio = orologio;
        this.transazioneSeparata = new TransactionTemplate(transazioni);
        this.transazioneSeparata.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.transazioneSeparata.setReadOnly(true);
    }

    /**
     * Books the appointment, or moves the case's booked one there (freeing its slot). Refuses, naming the next free
     * slots, a time in the past, outside the desk's hours, on a holiday or closure, off a slot boundary, or taken.
     */
    public AppuntamentoPrenotato prenota(RichiestaAppuntamento richiesta) {
        DatiNonValidiException.seNonValido(validator, richiesta);
        Sportello sportello = richiesta.sportello();
        LocalDateTime locale = richiesta.inizio();
        Instant adesso = orologio.instant();
        ZonedDateTime inizio = calendario.inizio(locale);
        if (!inizio.toInstant().isAfter(adesso)) {
            throw rifiuto(
                    "L'appuntamento di " + quando(inizio) + " è nel passato: scegliere un orario futuro.",
                    sportello,
                    oggi());
        }
        var errore = calendario.errore(sportello, locale);
        if (errore.isPresent()) {
            throw rifiuto(errore.get(), sportello, locale.toLocalDate());
        }
        var attuale = appuntamenti.findByPrenotatoPer(richiesta.numeroPratica());
        if (attuale.isPresent()
                && attuale.get().getSportello() == sportello
                && attuale.get().getInizio().equals(inizio.toInstant())) {
            return prenotato(attuale.get());
        }
        if (appuntamenti.existsBySportelloAndSlotOccupato(sportello, inizio.toInstant())) {
            throw occupato(sportello, inizio, false);
        }
        attuale.ifPresent(vecchio -> {
            vecchio.passaA(StatoAppuntamento.RIPROGRAMMATO, adesso);
            avvisi.superati(vecchio);
            // Hibernate inserts before it updates: the old slot must be free in the database before the insert.
            appuntamenti.flush();
        });
        var nuovo = new Appuntamento(
                richiesta.numeroPratica(),
                richiesta.cittadinoId(),
                sportello,
                inizio.toInstant(),
                inizio.plus(calendario.durata()).toInstant(),
                richiesta.operatore(),
                richiesta.obiettivi(),
                richiesta.emailCittadino(),
                attuale.map(Appuntamento::getUidCalendario).orElseGet(AgendaService::nuovoUid),
                attuale.map(vecchio -> vecchio.getSequenzaCalendario() + 1).orElse(0),
                adesso);
        try {
            nuovo = appuntamenti.saveAndFlush(nuovo);
        } catch (DataIntegrityViolationException e) {
            // Another operator booked the same slot (or this case) between the check above and now. This
            // transaction is now unusable (PostgreSQL aborts it): the free slots are looked up in a separate one.
            if (String.valueOf(e.getMostSpecificCause().getMessage())
                    .toLowerCase(Locale.ROOT)
                    .contains("uk_appuntamento_prenotato")) {
                throw new DatiNonValidiException("Un altro operatore ha appena fissato un appuntamento per la pratica "
                        + richiesta.numeroPratica() + ": ricaricare la pagina per vederlo prima di cambiarlo.");
            }
            throw occupato(sportello, inizio, true);
        }
        avvisi.prenotato(nuovo, adesso);
        return prenotato(nuovo);
    }

    /**
     * Records how the case's booked appointment went: held when the citizen came, absent otherwise. The slot stays
     * used either way. Refused before the appointment's start time. Returns the absences of the case so far.
     */
    public int registraEsito(String numeroPratica, boolean presente) {
        var appuntamento = appuntamenti
                .findByPrenotatoPer(numeroPratica)
                .orElseThrow(() -> new IllegalStateException("La pratica " + numeroPratica
                        + " non ha un appuntamento prenotato di cui registrare l'esito."));
        Instant adesso = orologio.instant();
        if (adesso.isBefore(appuntamento.getInizio())) {
            // Whether the citizen came is known only once the appointment has begun; moving it is possible before.
            var inizio = appuntamento.getInizio().atZone(calendario.fuso());
            throw new DatiNonValidiException("L'appuntamento è " + CalendarioSportelli.GIORNO.format(inizio)
                    + " alle " + CalendarioSportelli.ORA.format(inizio)
                    + ": la presenza o l'assenza si registrano da quell'ora in poi. Prima si può solo spostarlo"
                    + " («Da spostare»).");
        }
        appuntamento.passaA(presente ? StatoAppuntamento.SVOLTO : StatoAppuntamento.ASSENTE, adesso);
        avvisi.superati(appuntamento);
        return (int) appuntamenti.countByNumeroPraticaAndStato(numeroPratica, StatoAppuntamento.ASSENTE);
    }

    /** The next free slots of a desk from a day (inclusive, never before now), at most {@code quanti}. */
    @Transactional(readOnly = true)
    public List<ZonedDateTime> slotLiberi(Sportello sportello, LocalDate dal, int quanti) {
        if (sportello == null || dal == null) {
            throw new DatiNonValidiException("Indicare lo sportello e il giorno da cui cercare gli orari liberi.");
        }
        var liberi = new ArrayList<ZonedDateTime>();
        Instant adesso = orologio.instant();
        LocalDate giorno = dal.isBefore(oggi()) ? oggi() : dal;
        LocalDate limite = giorno.plusDays(GIORNI_DI_RICERCA);
        while (liberi.size() < quanti && !giorno.isAfter(limite)) {
            // Four weeks of bookings per query: one or two queries answer almost every request.
            LocalDate finePeriodo = giorno.plusWeeks(4);
            var occupati = new HashSet<>(appuntamenti.slotOccupati(
                    sportello,
                    giorno.atStartOfDay(calendario.fuso()).toInstant(),
                    finePeriodo.atStartOfDay(calendario.fuso()).toInstant()));
            for (; giorno.isBefore(finePeriodo) && liberi.size() < quanti; giorno = giorno.plusDays(1)) {
                for (LocalDateTime slot : calendario.slot(sportello, giorno)) {
                    ZonedDateTime inizio = calendario.inizio(slot);
                    if (inizio.toInstant().isAfter(adesso)
                            && !occupati.contains(inizio.toInstant())
                            && liberi.size() < quanti) {
                        liberi.add(inizio);
                    }
                }
            }
        }
        return liberi;
    }

    /** The next free slots with an Italian label and the value a form sends back, from today. */
    @Transactional(readOnly = true)
    public List<SlotLibero> slotLiberiDescritti(Sportello sportello, LocalDate dal, int quanti) {
        return slotLiberi(sportello, dal, quanti).stream().map(SlotLibero::di).toList();
    }

    /**
     * The next free slots as the options of a Camunda Forms select (a process variable named by its
     * {@code valuesKey}): {@code label} "lunedì 7 dicembre 2026, 10:30", {@code value} "2026-12-07T10:30".
     */
    @Transactional(readOnly = true)
    public List<Map<String, String>> sceltaSlot(Sportello sportello, int quanti) {
        return slotLiberiDescritti(sportello, oggi(), quanti).stream()
                .map(SlotLibero::comeOpzione)
                .toList();
    }

    /**
     * How many slots a desk offers from {@code dal} to {@code al} included: its opening hours less holidays and
     * closures, as configured today (the Cruscotto's capacity; a count from the calendar, no row is read).
     */
    public long slotOfferti(Sportello sportello, LocalDate dal, LocalDate al) {
        long slot = 0;
        for (LocalDate giorno = dal; !giorno.isAfter(al); giorno = giorno.plusDays(1)) {
            slot += calendario.slot(sportello, giorno).size();
        }
        return slot;
    }

    /** The booked appointment of a case, if it has one. */
    @Transactional(readOnly = true)
    public Optional<AppuntamentoPrenotato> prenotato(String numeroPratica) {
        return appuntamenti.findByPrenotatoPer(numeroPratica).map(this::prenotato);
    }

    /** Cancels the booked appointment of a closed case, if any: its slot is free again and the citizen told. */
    public void annulla(String numeroPratica) {
        appuntamenti.findByPrenotatoPer(numeroPratica).ifPresent(appuntamento -> {
            Instant adesso = orologio.instant();
            appuntamento.passaA(StatoAppuntamento.ANNULLATO, adesso);
            avvisi.superati(appuntamento);
            avvisi.annullato(appuntamento, adesso);
        });
    }

    /**
     * The appointments of a desk from {@code dal} to {@code al} included, in time order, without the moved ones
     * (their new slot is listed instead).
     */
    @Transactional(readOnly = true)
    public List<AppuntamentoInAgenda> agenda(Sportello sportello, LocalDate dal, LocalDate al) {
        var righe = appuntamenti.findBySportelloAndInizioGreaterThanEqualAndInizioLessThanAndStatoNotOrderByInizio(
                sportello,
                dal.atStartOfDay(calendario.fuso()).toInstant(),
                al.plusDays(1).atStartOfDay(calendario.fuso()).toInstant(),
                StatoAppuntamento.RIPROGRAMMATO);
        var nominativi = accessi.nominativi(
                righe.stream().map(Appuntamento::getCittadinoId).collect(Collectors.toSet()));
        return righe.stream()
                .map(a -> new AppuntamentoInAgenda(
                        a.getNumeroPratica(),
                        nominativi.get(a.getCittadinoId()),
                        a.getInizio().atZone(calendario.fuso()).toOffsetDateTime(),
                        a.getFine().atZone(calendario.fuso()).toOffsetDateTime(),
                        a.getStato()))
                .toList();
    }

    /** Address, opening hours and what to bring, for a desk's printed appointment. */
    public IndicazioniAppuntamento indicazioni(Sportello sportello) {
        return new IndicazioniAppuntamento(
                calendario.indirizzo(), calendario.orario(sportello), IndicazioniAppuntamento.COSA_PORTARE);
    }

    /** Every appointment of a citizen, moved and cancelled ones included, for the data subject's export. */
    @Transactional(readOnly = true)
    public List<AppuntamentoDelCittadino> appuntamentiDelCittadino(Long cittadinoId) {
        return appuntamenti.findByCittadinoIdOrderByInizio(cittadinoId).stream()
                .map(a -> new AppuntamentoDelCittadino(
                        a.getNumeroPratica(),
                        a.getSportello(),
                        a.getInizio().atZone(calendario.fuso()).toOffsetDateTime(),
                        a.getFine().atZone(calendario.fuso()).toOffsetDateTime(),
                        a.getStato(),
                        a.getOperatore(),
                        a.getObiettivi(),
                        a.getEmailCittadino()))
                .toList();
    }

    /**
     * Anonymisation: the goals and the e-mail address leave the appointments, and the outbox rows addressed to the
     * citizen are deleted (with no open case, nothing is left to send). Times and states stay for the statistics.
     */
    public void anonimizza(Long cittadinoId) {
        for (var appuntamento : appuntamenti.findByCittadinoIdOrderByInizio(cittadinoId)) {
            appuntamento.anonimizza(orologio.instant());
            posta.deleteAll(posta.findByAppuntamentoIdOrderById(appuntamento.getId()));
        }
    }

    private AppuntamentoPrenotato prenotato(Appuntamento appuntamento) {
        return new AppuntamentoPrenotato(
                appuntamento.getId(),
                appuntamento.getSportello(),
                appuntamento.getInizio().atZone(calendario.fuso()),
                appuntamento.getFine().atZone(calendario.fuso()));
    }

    private DatiNonValidiException occupato(Sportello sportello, ZonedDateTime inizio, boolean transazioneSeparata) {
        String messaggio = "L'orario di " + quando(inizio) + " dello " + sportello.nome() + " è già occupato.";
        return new DatiNonValidiException(messaggio + proposte(sportello, inizio.toLocalDate(), transazioneSeparata));
    }

    private DatiNonValidiException rifiuto(String motivo, Sportello sportello, LocalDate dal) {
        return new DatiNonValidiException(motivo + proposte(sportello, dal, false));
    }

    private String proposte(Sportello sportello, LocalDate dal, boolean transazioneSeparata) {
        LocalDate da = dal.isBefore(oggi()) ? oggi() : dal;
        List<ZonedDateTime> liberi = transazioneSeparata
                ? this.transazioneSeparata.execute(stato -> slotLiberi(sportello, da, SLOT_PROPOSTI))
                : slotLiberi(sportello, da, SLOT_PROPOSTI);
        if (liberi == null || liberi.isEmpty()) {
            return " Non ci sono orari liberi nei prossimi mesi: verificare gli orari e le chiusure dello sportello.";
        }
        return " Primi orari liberi: "
                + liberi.stream().map(slot -> SlotLibero.ETICHETTA.format(slot)).collect(Collectors.joining("; "))
                + ".";
    }

    private String quando(ZonedDateTime inizio) {
        return CalendarioSportelli.GIORNO.format(inizio) + " alle " + CalendarioSportelli.ORA.format(inizio);
    }

    private LocalDate oggi() {
        return LocalDate.now(orologio.withZone(calendario.fuso()));
    }

    private static String nuovoUid() {
        return "appuntamento-" + UUID.randomUUID() + "@sportello-lavoro.santarzenio";
    }
}
