package it.santarzenio.sil.abbinamento.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * What matching needs to know of a case beyond the assessment: the wished occupations (CP2021 codes), the driving
 * licence and the comune where the citizen looks for work.
 */
@Entity
@Table(name = "candidatura")
public class Candidatura {

    /** What replaces a free text about the citizen once they are anonymised. */
    public static final String SEGNAPOSTO = "ANONIMIZZATO";

    @Id
    @Column(name = "numero_pratica", length = 20)
    private String numeroPratica;

    @ElementCollection
    @CollectionTable(name = "professione_desiderata", joinColumns = @JoinColumn(name = "numero_pratica"))
    @Column(name = "codice", length = 20)
    private Set<String> professioniDesiderate = new TreeSet<>();

    private Boolean patente;

    @Column(length = 100)
    private String comune;

    @Column(name = "aggiornata_da", nullable = false, length = 64)
    private String aggiornataDa;

    @Column(name = "aggiornata_il", nullable = false)
    private Instant aggiornataIl;

    protected Candidatura() {}

    public Candidatura(String numeroPratica) {
        this.numeroPratica = numeroPratica;
    }

    public void aggiorna(
            Collection<String> professioni, Boolean patente, String comune, String operatore, Instant adesso) {
        this.professioniDesiderate.clear();
        this.professioniDesiderate.addAll(professioni);
        this.patente = patente;
        this.comune = comune == null || comune.isBlank() ? null : comune.strip();
        this.aggiornataDa = operatore;
        this.aggiornataIl = adesso;
    }

    /**
     * Anonymisation: the comune where the citizen looks for work is typed by the operator and points at where they
     * live; the wished occupations (CP2021 codes) and the driving licence stay for the statistics.
     */
    public void anonimizza() {
        if (comune != null) {
            this.comune = SEGNAPOSTO;
        }
    }

    public Set<String> getProfessioniDesiderate() {
        return new TreeSet<>(professioniDesiderate);
    }

    public Boolean getPatente() {
        return patente;
    }

    public String getComune() {
        return comune;
    }

    public String getAggiornataDa() {
        return aggiornataDa;
    }

    public Instant getAggiornataIl() {
        return aggiornataIl;
    }
}
