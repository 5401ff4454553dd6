package it.santarzenio.sil.specialistico.internal;

import it.santarzenio.sil.specialistico.StatoProgetto;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One periodic check of a project in progress, numbered from 1. */
@Entity
@Table(name = "monitoraggio")
public class Monitoraggio {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "progetto_id", nullable = false)
    private Long progettoId;

    @Column(nullable = false)
    private int numero;

    @Enumerated(EnumType.STRING)
    @Column(name = "stato_progetto", nullable = false, length = 20)
    private StatoProgetto statoProgetto;

    @Column(nullable = false, length = 4000)
    private String note;

    @Column(nullable = false, length = 64)
    private String operatore;

    @Column(name = "registrato_il", nullable = false)
    private Instant registratoIl;

    protected Monitoraggio() {}

    public Monitoraggio(
            Long progettoId,
            int numero,
            StatoProgetto statoProgetto,
            String note,
            String operatore,
            Instant registratoIl) {
        this.progettoId = progettoId;
        this.numero = numero;
        this.statoProgetto = statoProgetto;
        this.note = note;
        this.operatore = operatore;
        this.registratoIl = registratoIl;
    }

    /** Anonymisation: the notes go; number, state and date stay for the statistics. */
    public void anonimizza() {
        this.note = AttivitaSpecialistica.SEGNAPOSTO;
    }

    public int getNumero() {
        return numero;
    }

    public StatoProgetto getStatoProgetto() {
        return statoProgetto;
    }

    public String getNote() {
        return note;
    }

    public String getOperatore() {
        return operatore;
    }

    public Instant getRegistratoIl() {
        return registratoIl;
    }
}
