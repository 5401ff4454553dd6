package it.santarzenio.sil.verifica.internal;

import it.santarzenio.sil.verifica.CondizioneVerifica;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One answered Task_VerificaEsito; unique per case and interval. */
@Entity
@Table(name = "verifica_esito")
public class VerificaEsito {

    public static final String SEGNAPOSTO = "ANONIMIZZATO";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "numero_pratica", nullable = false, length = 20)
    private String numeroPratica;

    @Column(nullable = false, length = 20)
    private String intervallo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CondizioneVerifica condizione;

    @Column(length = 4000)
    private String note;

    @Column(nullable = false, length = 64)
    private String operatore;

    @Column(name = "registrata_il", nullable = false)
    private Instant registrataIl;

    protected VerificaEsito() {}

    public VerificaEsito(
            String numeroPratica,
            String intervallo,
            CondizioneVerifica condizione,
            String note,
            String operatore,
            Instant registrataIl) {
        this.numeroPratica = numeroPratica;
        this.intervallo = intervallo;
        this.condizione = condizione;
        this.note = note;
        this.operatore = operatore;
        this.registrataIl = registrataIl;
    }

    public void anonimizza() {
        if (note != null) {
            note = SEGNAPOSTO;
        }
    }

    public String getNumeroPratica() {
        return numeroPratica;
    }

    public String getIntervallo() {
        return intervallo;
    }

    public CondizioneVerifica getCondizione() {
        return condizione;
    }

    public String getNote() {
        return note;
    }

    public String getOperatore() {
        return operatore;
    }

    public Instant getRegistrataIl() {
        return registrataIl;
    }
}
