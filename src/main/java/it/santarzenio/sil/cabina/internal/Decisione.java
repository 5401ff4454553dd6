package it.santarzenio.sil.cabina.internal;

import it.santarzenio.sil.cabina.DecisioneCabina;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The committee's decision on one proposal version: at most one per version (unique in the database). */
@Entity
@Table(name = "decisione_cabina")
public class Decisione {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "proposta_id", nullable = false, unique = true)
    private Long propostaId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DecisioneCabina esito;

    @Column(length = 4000)
    private String motivazione;

    @Column(name = "decisa_da", nullable = false, length = 64)
    private String decisaDa;

    @Column(name = "decisa_il", nullable = false)
    private Instant decisaIl;

    protected Decisione() {}

    public Decisione(Long propostaId, DecisioneCabina esito, String motivazione, String decisaDa, Instant decisaIl) {
        this.propostaId = propostaId;
        this.esito = esito;
        this.motivazione = motivazione;
        this.decisaDa = decisaDa;
        this.decisaIl = decisaIl;
    }

    /**
     * Anonymisation: the committee's reason goes (a placeholder, since a refusal must keep one); the outcome, who
     * decided and when stay.
     */
    public void anonimizza() {
        if (motivazione != null) {
            this.motivazione = PropostaVersione.SEGNAPOSTO;
        }
    }

    public Long getPropostaId() {
        return propostaId;
    }

    public DecisioneCabina getEsito() {
        return esito;
    }

    public String getMotivazione() {
        return motivazione;
    }

    public String getDecisaDa() {
        return decisaDa;
    }

    public Instant getDecisaIl() {
        return decisaIl;
    }
}
