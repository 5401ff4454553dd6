package it.santarzenio.sil.specialistico.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The specialist desk's journal of a case: the sharing with the informative desk and the orientation interviews. */
@Entity
@Table(name = "attivita_specialistica")
public class AttivitaSpecialistica {

    public enum Tipo {
        CONDIVISIONE_PROGETTO,
        CONDIVISIONE_CASO,
        ORIENTAMENTO_SPECIALISTICO
    }

    /** What replaces a free text about the citizen once they are anonymised. */
    public static final String SEGNAPOSTO = "ANONIMIZZATO";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "numero_pratica", nullable = false, length = 20)
    private String numeroPratica;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Tipo tipo;

    @Column(nullable = false, length = 4000)
    private String testo;

    @Column(nullable = false, length = 64)
    private String operatore;

    @Column(name = "registrata_il", nullable = false)
    private Instant registrataIl;

    protected AttivitaSpecialistica() {}

    public AttivitaSpecialistica(
            String numeroPratica, Tipo tipo, String testo, String operatore, Instant registrataIl) {
        this.numeroPratica = numeroPratica;
        this.tipo = tipo;
        this.testo = testo;
        this.operatore = operatore;
        this.registrataIl = registrataIl;
    }

    /** Anonymisation: the note is free text about the citizen; the kind of activity and the date stay. */
    public void anonimizza() {
        this.testo = SEGNAPOSTO;
    }

    public String getNumeroPratica() {
        return numeroPratica;
    }

    public Tipo getTipo() {
        return tipo;
    }

    public String getTesto() {
        return testo;
    }

    public String getOperatore() {
        return operatore;
    }

    public Instant getRegistrataIl() {
        return registrataIl;
    }
}
