package it.santarzenio.sil.agenda.internal;

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
 * An e-mail to a citizen waiting to be sent (an outbox row). The booking only writes this row in its own
 * transaction, so a mail server that is down never undoes a booking; a job sends it later and retries on failure.
 * The text is composed when sending, from the appointment as it is then.
 */
@Entity
@Table(name = "avviso_email")
public class AvvisoEmail {

    public enum Tipo {
        CONFERMA,
        PROMEMORIA,
        ANNULLAMENTO
    }

    public enum Stato {
        DA_INVIARE,
        /** Taken by a node that is sending it; taken again if that node does not finish in time. */
        IN_INVIO,
        INVIATO,
        /** Given up after too many failures or for an address no server accepts. */
        FALLITO,
        /** Not sent before the appointment: pointless afterwards. */
        SCADUTO,
        /** The appointment changed before this was sent. */
        SUPERATO
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "appuntamento_id", nullable = false)
    private Long appuntamentoId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Tipo tipo;

    @Column(nullable = false, length = 254)
    private String destinatario;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Stato stato;

    /** Not before this instant (the reminder waits for the day before). */
    @Column(name = "invio_dal", nullable = false)
    private Instant invioDal;

    /** Not after this instant: the start of the appointment. */
    @Column(name = "scade_il", nullable = false)
    private Instant scadeIl;

    @Column(name = "prossimo_tentativo", nullable = false)
    private Instant prossimoTentativo;

    @Column(nullable = false)
    private int tentativi;

    @Column(name = "preso_il")
    private Instant presoIl;

    @Column(name = "inviato_il")
    private Instant inviatoIl;

    @Column(name = "ultimo_errore", length = 1000)
    private String ultimoErrore;

    @Column(name = "creato_il", nullable = false)
    private Instant creatoIl;

    protected AvvisoEmail() {}

    public AvvisoEmail(
            Long appuntamentoId, Tipo tipo, String destinatario, Instant invioDal, Instant scadeIl, Instant adesso) {
        this.appuntamentoId = appuntamentoId;
        this.tipo = tipo;
        this.destinatario = destinatario;
        this.stato = Stato.DA_INVIARE;
        this.invioDal = invioDal;
        this.scadeIl = scadeIl;
        this.prossimoTentativo = invioDal;
        this.creatoIl = adesso;
    }

    public void inviato(Instant adesso) {
        this.stato = Stato.INVIATO;
        this.inviatoIl = adesso;
        this.ultimoErrore = null;
    }

    /** A failed attempt: another one after {@code attesa}, unless this was the last allowed. */
    public void fallito(String errore, Instant prossimo, boolean ultimo) {
        this.tentativi++;
        this.ultimoErrore = errore == null ? null : errore.substring(0, Math.min(errore.length(), 1000));
        this.stato = ultimo ? Stato.FALLITO : Stato.DA_INVIARE;
        this.prossimoTentativo = prossimo;
        this.presoIl = null;
    }

    public void chiudi(Stato finale) {
        this.stato = finale;
        this.presoIl = null;
    }

    public Long getId() {
        return id;
    }

    public Long getAppuntamentoId() {
        return appuntamentoId;
    }

    public Tipo getTipo() {
        return tipo;
    }

    public String getDestinatario() {
        return destinatario;
    }

    public Stato getStato() {
        return stato;
    }

    public Instant getInvioDal() {
        return invioDal;
    }

    public Instant getScadeIl() {
        return scadeIl;
    }

    public Instant getProssimoTentativo() {
        return prossimoTentativo;
    }

    public int getTentativi() {
        return tentativi;
    }

    public Instant getInviatoIl() {
        return inviatoIl;
    }

    public String getUltimoErrore() {
        return ultimoErrore;
    }
}
