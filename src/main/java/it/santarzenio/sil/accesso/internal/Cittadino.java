package it.santarzenio.sil.accesso.internal;

import it.santarzenio.sil.accesso.ChiaviRicerca;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** A citizen known to the service: one row per codice fiscale, found again when they come back. */
@Entity
@Table(name = "cittadino")
public class Cittadino {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "codice_fiscale", nullable = false, unique = true, length = 16)
    private String codiceFiscale;

    @Column(nullable = false, length = 100)
    private String nome;

    @Column(nullable = false, length = 100)
    private String cognome;

    @Column(name = "data_nascita", nullable = false)
    private LocalDate dataNascita;

    @Column(length = 40)
    private String telefono;

    @Column(length = 254)
    private String email;

    @Column(name = "registrato_il", nullable = false)
    private Instant registratoIl;

    @Column(name = "aggiornato_il", nullable = false)
    private Instant aggiornatoIl;

    /** The words the desks find the citizen by (ChiaviRicerca); none once anonymised. */
    @ElementCollection
    @CollectionTable(name = "cittadino_chiave_ricerca", joinColumns = @JoinColumn(name = "cittadino_id"))
    @Column(name = "chiave", nullable = false, length = ChiaviRicerca.LUNGHEZZA_MASSIMA)
    private Set<String> chiaviRicerca = new HashSet<>();

    public static final String SEGNAPOSTO = "ANONIMIZZATO";

    /** Start of an anonymised citizen's placeholder code; no real codice fiscale starts so ("O" is no omocodia letter). */
    public static final String PREFISSO_ANONIMO = "ANONIMO";

    protected Cittadino() {}

    public Cittadino(String codiceFiscale, Instant adesso) {
        this.codiceFiscale = codiceFiscale;
        this.registratoIl = adesso;
    }

    /** The personal data as the operator read them today; contacts left empty keep the ones already known. */
    public void aggiorna(
            String nome, String cognome, LocalDate dataNascita, String telefono, String email, Instant adesso) {
        this.nome = nome.strip();
        this.cognome = cognome.strip();
        this.dataNascita = dataNascita;
        if (telefono != null && !telefono.isBlank()) {
            this.telefono = telefono.strip();
        }
        if (email != null && !email.isBlank()) {
            this.email = email.strip();
        }
        this.aggiornatoIl = adesso;
        var chiavi = ChiaviRicerca.di(codiceFiscale, this.nome, this.cognome);
        chiaviRicerca.retainAll(chiavi);
        chiaviRicerca.addAll(chiavi);
    }

    /**
     * Anonymisation: a placeholder code that is unique and can never be a real one, placeholder names, no
     * contacts, and of the date of birth only the year (1 January), which the statistics by age need.
     */
    public void anonimizza(Instant adesso) {
        this.codiceFiscale = PREFISSO_ANONIMO + String.format("%09d", id);
        this.nome = SEGNAPOSTO;
        this.cognome = SEGNAPOSTO;
        this.dataNascita = dataNascita.withDayOfYear(1);
        this.telefono = null;
        this.email = null;
        this.aggiornatoIl = adesso;
        this.chiaviRicerca.clear();
    }

    public boolean anonimizzato() {
        return codiceFiscale.startsWith(PREFISSO_ANONIMO);
    }

    public Long getId() {
        return id;
    }

    public String getCodiceFiscale() {
        return codiceFiscale;
    }

    public String getNome() {
        return nome;
    }

    public String getCognome() {
        return cognome;
    }

    public LocalDate getDataNascita() {
        return dataNascita;
    }

    public String getTelefono() {
        return telefono;
    }

    public String getEmail() {
        return email;
    }

    public Instant getRegistratoIl() {
        return registratoIl;
    }

    public Instant getAggiornatoIl() {
        return aggiornatoIl;
    }
}
