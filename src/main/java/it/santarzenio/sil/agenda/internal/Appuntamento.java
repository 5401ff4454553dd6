package it.santarzenio.sil.agenda.internal;

import it.santarzenio.sil.agenda.Sportello;
import it.santarzenio.sil.agenda.StatoAppuntamento;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An appointment of a case at a desk. Two nullable unique columns let the database itself refuse what must never
 * happen, whatever the threads or nodes (a partial unique index would say the same, but H2 lacks them):
 * {@code slot_occupato} holds the start while the appointment uses its slot, so no slot of a desk is used twice;
 * {@code prenotato_per} holds the case number while the appointment is booked, so a case has one booking at most.
 */
@Entity
@Table(name = "appuntamento")
public class Appuntamento {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "numero_pratica", nullable = false, length = 20)
    private String numeroPratica;

    @Column(name = "cittadino_id", nullable = false)
    private Long cittadinoId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Sportello sportello;

    @Column(nullable = false)
    private Instant inizio;

    @Column(nullable = false)
    private Instant fine;

    @Column(nullable = false, length = 64)
    private String operatore;

    @Column(length = 4000)
    private String obiettivi;

    @Column(name = "email_cittadino", length = 254)
    private String emailCittadino;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StatoAppuntamento stato;

    @Column(name = "slot_occupato")
    private Instant slotOccupato;

    @Column(name = "prenotato_per", length = 20)
    private String prenotatoPer;

    /** iCalendar UID: kept when the appointment is moved, so the citizen's calendar moves the event. */
    @Column(name = "uid_calendario", nullable = false, length = 100)
    private String uidCalendario;

    @Column(name = "sequenza_calendario", nullable = false)
    private int sequenzaCalendario;

    @Column(name = "prenotato_il", nullable = false)
    private Instant prenotatoIl;

    @Column(name = "aggiornato_il", nullable = false)
    private Instant aggiornatoIl;

    protected Appuntamento() {}

    public Appuntamento(
            String numeroPratica,
            Long cittadinoId,
            Sportello sportello,
            Instant inizio,
            Instant fine,
            String operatore,
            String obiettivi,
            String emailCittadino,
            String uidCalendario,
            int sequenzaCalendario,
            Instant adesso) {
        this.numeroPratica = numeroPratica;
        this.cittadinoId = cittadinoId;
        this.sportello = sportello;
        this.inizio = inizio;
        this.fine = fine;
        this.operatore = operatore;
        this.obiettivi = obiettivi;
        this.emailCittadino = emailCittadino;
        this.uidCalendario = uidCalendario;
        this.sequenzaCalendario = sequenzaCalendario;
        this.prenotatoIl = adesso;
        this.aggiornatoIl = adesso;
        passaA(StatoAppuntamento.PRENOTATO, adesso);
    }

    /** Held, absent, cancelled or moved: see {@link StatoAppuntamento} for which of them keep the slot. */
    public void passaA(StatoAppuntamento nuovo, Instant adesso) {
        this.stato = nuovo;
        this.slotOccupato = nuovo.occupaLoSlot() ? inizio : null;
        this.prenotatoPer = nuovo == StatoAppuntamento.PRENOTATO ? numeroPratica : null;
        this.aggiornatoIl = adesso;
    }

    /** Anonymisation: no goals, no e-mail address; slot, times and state stay. */
    public void anonimizza(Instant adesso) {
        this.obiettivi = null;
        this.emailCittadino = null;
        this.aggiornatoIl = adesso;
    }

    public Long getId() {
        return id;
    }

    public String getNumeroPratica() {
        return numeroPratica;
    }

    public Long getCittadinoId() {
        return cittadinoId;
    }

    public Sportello getSportello() {
        return sportello;
    }

    public Instant getInizio() {
        return inizio;
    }

    public Instant getFine() {
        return fine;
    }

    public String getOperatore() {
        return operatore;
    }

    public String getObiettivi() {
        return obiettivi;
    }

    public String getEmailCittadino() {
        return emailCittadino;
    }

    public StatoAppuntamento getStato() {
        return stato;
    }

    public String getUidCalendario() {
        return uidCalendario;
    }

    public int getSequenzaCalendario() {
        return sequenzaCalendario;
    }

    public Instant getPrenotatoIl() {
        return prenotatoIl;
    }
}
