package it.santarzenio.sil.audit.internal;

import it.santarzenio.sil.audit.Azione;
import it.santarzenio.sil.audit.EventoAudit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A row of the audit trail. Immutable: Hibernate never writes an UPDATE for it, and it has no setter. */
@Entity
@Immutable
@Table(name = "evento_audit")
public class RigaAudit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "registrato_il", nullable = false, updatable = false)
    private Instant registratoIl;

    @Column(nullable = false, updatable = false, length = 64)
    private String utente;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private Azione azione;

    @Column(nullable = false, updatable = false, length = 40)
    private String entita;

    @Column(name = "entita_id", updatable = false, length = 100)
    private String entitaId;

    @Column(name = "cittadino_id", updatable = false)
    private Long cittadinoId;

    @Column(updatable = false, length = 64)
    private String indirizzo;

    @Column(updatable = false, length = 500)
    private String dettaglio;

    protected RigaAudit() {}

    public RigaAudit(
            Instant registratoIl,
            String utente,
            Azione azione,
            String entita,
            String entitaId,
            Long cittadinoId,
            String indirizzo,
            String dettaglio) {
        this.registratoIl = registratoIl;
        this.utente = utente;
        this.azione = azione;
        this.entita = entita;
        this.entitaId = entitaId;
        this.cittadinoId = cittadinoId;
        this.indirizzo = indirizzo;
        this.dettaglio = dettaglio;
    }

    public EventoAudit vista() {
        return new EventoAudit(id, registratoIl, utente, azione, entita, entitaId, cittadinoId, indirizzo, dettaglio);
    }
}
