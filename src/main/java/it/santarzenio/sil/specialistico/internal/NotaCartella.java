package it.santarzenio.sil.specialistico.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A note of the cartella sociale of a case. */
@Entity
@Table(name = "nota_cartella")
public class NotaCartella {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "numero_pratica", nullable = false, length = 20)
    private String numeroPratica;

    @Column(nullable = false, length = 4000)
    private String testo;

    @Column(nullable = false, length = 64)
    private String autore;

    @Column(name = "creata_il", nullable = false)
    private Instant creataIl;

    protected NotaCartella() {}

    public NotaCartella(String numeroPratica, String testo, String autore, Instant creataIl) {
        this.numeroPratica = numeroPratica;
        this.testo = testo;
        this.autore = autore;
        this.creataIl = creataIl;
    }

    /** Anonymisation: the note's text goes; author and date stay. */
    public void anonimizza() {
        this.testo = AttivitaSpecialistica.SEGNAPOSTO;
    }

    public Long getId() {
        return id;
    }

    public String getTesto() {
        return testo;
    }

    public String getAutore() {
        return autore;
    }

    public Instant getCreataIl() {
        return creataIl;
    }
}
