package it.santarzenio.sil.accesso.internal;

import it.santarzenio.sil.accesso.EsitoPercorso;
import it.santarzenio.sil.accesso.MotivoChiusura;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The scheda utente: the citizen's path, open from the presa in carico until the case closes. The column
 * {@code percorso_aperto_di} holds the citizen's id while the path is open and is unique, so the database itself
 * refuses a second open path for the same citizen (a partial unique index would say the same, but H2 lacks them).
 */
@Entity
@Table(name = "scheda_utente")
public class SchedaUtente {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "numero_pratica", nullable = false, unique = true, length = 20)
    private String numeroPratica;

    @Column(name = "cittadino_id", nullable = false)
    private Long cittadinoId;

    @Column(name = "percorso_aperto_di", unique = true)
    private Long percorsoApertoDi;

    @Column(name = "aperta_il", nullable = false)
    private Instant apertaIl;

    @Column(nullable = false, length = 64)
    private String operatore;

    @Column(name = "chiusa_il")
    private Instant chiusaIl;

    @Enumerated(EnumType.STRING)
    @Column(name = "esito_percorso", length = 30)
    private EsitoPercorso esitoPercorso;

    @Enumerated(EnumType.STRING)
    @Column(name = "motivo_chiusura", length = 30)
    private MotivoChiusura motivoChiusura;

    @Column(name = "nota_chiusura", length = 2000)
    private String notaChiusura;

    protected SchedaUtente() {}

    public SchedaUtente(String numeroPratica, Long cittadinoId, String operatore, Instant apertaIl) {
        this.numeroPratica = numeroPratica;
        this.cittadinoId = cittadinoId;
        this.percorsoApertoDi = cittadinoId;
        this.operatore = operatore;
        this.apertaIl = apertaIl;
    }

    public void chiudi(EsitoPercorso esito, Instant adesso) {
        this.esitoPercorso = esito;
        this.chiusaIl = adesso;
        this.percorsoApertoDi = null;
    }

    /** Early closure by a desk: the reason, and the note the desk wrote (required for ALTRO). */
    public void chiudiAnticipatamente(MotivoChiusura motivo, String nota, Instant adesso) {
        chiudi(EsitoPercorso.CHIUSURA_ANTICIPATA, adesso);
        this.motivoChiusura = motivo;
        this.notaChiusura = nota;
    }

    /** Anonymisation: the note is free text about the citizen; the reason stays for the statistics. */
    public void anonimizza() {
        if (notaChiusura != null) {
            notaChiusura = Cittadino.SEGNAPOSTO;
        }
    }

    public MotivoChiusura getMotivoChiusura() {
        return motivoChiusura;
    }

    public boolean aperta() {
        return chiusaIl == null;
    }

    public Long getId() {
        return id;
    }

    public String getNumeroPratica() {
        return numeroPratica;
    }

    public Long getCittadinoId() {
        return cittadinoId;
    }

    public Instant getApertaIl() {
        return apertaIl;
    }

    public String getOperatore() {
        return operatore;
    }

    public Instant getChiusaIl() {
        return chiusaIl;
    }

    public EsitoPercorso getEsitoPercorso() {
        return esitoPercorso;
    }
}
