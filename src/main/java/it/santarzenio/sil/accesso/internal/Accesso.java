package it.santarzenio.sil.accesso.internal;

import it.santarzenio.sil.accesso.TipoRichiesta;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the registro accessi: a visit to the desk, recorded "to leave a trace" whatever its outcome. */
@Entity
@Table(name = "accesso")
public class Accesso {

    public enum Esito {
        /** The path goes on: the case is open. */
        PRESA_IN_CARICO,
        RICHIESTA_EVASA,
        NON_ADERISCE,
        /** Registered, the answer is being prepared. */
        IN_CORSO,
        /** Closed by a desk before the answer (or the path) was given. */
        CHIUSURA_ANTICIPATA,
        /** The case was cancelled by an administrator before the answer was given. */
        ANNULLATO
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cittadino_id", nullable = false)
    private Long cittadinoId;

    @Column(name = "numero_pratica", nullable = false, length = 20)
    private String numeroPratica;

    @Column(name = "registrato_il", nullable = false)
    private Instant registratoIl;

    @Column(nullable = false, length = 64)
    private String operatore;

    @Column(name = "bisogno_espresso", nullable = false, length = 4000)
    private String bisognoEspresso;

    @Enumerated(EnumType.STRING)
    @Column(name = "tipo_richiesta", nullable = false, length = 20)
    private TipoRichiesta tipoRichiesta;

    @Column(name = "aderisce_orientamento")
    private Boolean aderisceOrientamento;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Esito esito;

    @Column(name = "risposta_fornita", length = 4000)
    private String rispostaFornita;

    protected Accesso() {}

    public Accesso(
            Long cittadinoId,
            String numeroPratica,
            Instant registratoIl,
            String operatore,
            String bisognoEspresso,
            TipoRichiesta tipoRichiesta,
            Boolean aderisceOrientamento,
            Esito esito) {
        this.cittadinoId = cittadinoId;
        this.numeroPratica = numeroPratica;
        this.registratoIl = registratoIl;
        this.operatore = operatore;
        this.bisognoEspresso = bisognoEspresso;
        this.tipoRichiesta = tipoRichiesta;
        this.aderisceOrientamento = aderisceOrientamento;
        this.esito = esito;
    }

    /** A request still waiting for its answer ends with the case: it no longer counts as open. */
    public void chiudiSeInCorso(Esito esito) {
        if (this.esito == Esito.IN_CORSO) {
            this.esito = esito;
        }
    }

    public void evadi(String risposta) {
        this.rispostaFornita = risposta;
        this.esito = Esito.RICHIESTA_EVASA;
    }

    /** Anonymisation: the free texts go, the type of request and the outcome stay for the statistics. */
    public void anonimizza() {
        this.bisognoEspresso = Cittadino.SEGNAPOSTO;
        if (rispostaFornita != null) {
            this.rispostaFornita = Cittadino.SEGNAPOSTO;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getCittadinoId() {
        return cittadinoId;
    }

    public String getNumeroPratica() {
        return numeroPratica;
    }

    public Instant getRegistratoIl() {
        return registratoIl;
    }

    public String getOperatore() {
        return operatore;
    }

    public String getBisognoEspresso() {
        return bisognoEspresso;
    }

    public TipoRichiesta getTipoRichiesta() {
        return tipoRichiesta;
    }

    public Boolean getAderisceOrientamento() {
        return aderisceOrientamento;
    }

    public Esito getEsito() {
        return esito;
    }

    public String getRispostaFornita() {
        return rispostaFornita;
    }
}
