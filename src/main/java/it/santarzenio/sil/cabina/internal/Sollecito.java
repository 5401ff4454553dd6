package it.santarzenio.sil.cabina.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A reminder that the decision on a proposal version is overdue, with the managers who were told. */
@Entity
@Table(name = "sollecito_cabina")
public class Sollecito {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "proposta_id", nullable = false)
    private Long propostaId;

    @Column(name = "inviato_il", nullable = false)
    private Instant inviatoIl;

    @Column(nullable = false, length = 4000)
    private String destinatari;

    protected Sollecito() {}

    public Sollecito(Long propostaId, Instant inviatoIl, String destinatari) {
        this.propostaId = propostaId;
        this.inviatoIl = inviatoIl;
        this.destinatari = destinatari;
    }

    public Instant getInviatoIl() {
        return inviatoIl;
    }

    public String getDestinatari() {
        return destinatari;
    }
}
