package it.santarzenio.sil.abbinamento.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One notice to the specialist desk that the partner's matching is overdue. Names operators, not the citizen. */
@Entity
@Table(name = "sollecito_abbinamento")
public class SollecitoAbbinamento {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "numero_pratica", nullable = false, length = 20)
    private String numeroPratica;

    @Column(name = "scadenza_il", nullable = false)
    private Instant scadenzaIl;

    @Column(name = "inviato_il", nullable = false)
    private Instant inviatoIl;

    @Column(nullable = false, length = 4000)
    private String destinatari;

    protected SollecitoAbbinamento() {}

    public SollecitoAbbinamento(String numeroPratica, Instant scadenzaIl, Instant inviatoIl, String destinatari) {
        this.numeroPratica = numeroPratica;
        this.scadenzaIl = scadenzaIl;
        this.inviatoIl = inviatoIl;
        this.destinatari = destinatari;
    }
}
