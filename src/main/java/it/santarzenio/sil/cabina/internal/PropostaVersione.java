package it.santarzenio.sil.cabina.internal;

import it.santarzenio.sil.specialistico.TipoProgetto;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/**
 * One version of the project proposal of a case, never changed after it is presented: a revision is a new version.
 * The database refuses two versions with the same number for the same case. The one exception is the anonymisation
 * of the citizen, which replaces the text.
 */
@Entity
@Table(
        name = "proposta_progettuale",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uk_proposta_progettuale_versione",
                        columnNames = {"numero_pratica", "versione"}))
public class PropostaVersione {

    /** What replaces a free text about the citizen once they are anonymised. */
    public static final String SEGNAPOSTO = "ANONIMIZZATO";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "numero_pratica", nullable = false, length = 20)
    private String numeroPratica;

    @Column(nullable = false)
    private int versione;

    @Column(nullable = false, length = 4000)
    private String testo;

    @Enumerated(EnumType.STRING)
    @Column(name = "tipo_progetto", nullable = false, length = 20)
    private TipoProgetto tipoProgetto;

    @Column(name = "richiede_abbinamento", nullable = false)
    private boolean richiedeAbbinamento;

    @Column(name = "presentata_da", nullable = false, length = 64)
    private String presentataDa;

    @Column(name = "presentata_il", nullable = false)
    private Instant presentataIl;

    @Column(name = "scadenza_il", nullable = false)
    private Instant scadenzaIl;

    protected PropostaVersione() {}

    @Column(name = "ritirata_il")
    private Instant ritirataIl;

    public PropostaVersione(
            String numeroPratica,
            int versione,
            String testo,
            TipoProgetto tipoProgetto,
            boolean richiedeAbbinamento,
            String presentataDa,
            Instant presentataIl,
            Instant scadenzaIl) {
        this.numeroPratica = numeroPratica;
        this.versione = versione;
        this.testo = testo;
        this.tipoProgetto = tipoProgetto;
        this.richiedeAbbinamento = richiedeAbbinamento;
        this.presentataDa = presentataDa;
        this.presentataIl = presentataIl;
        this.scadenzaIl = scadenzaIl;
    }

    /** Anonymisation: the proposal's text goes; version, project type, matching flag and dates stay. */
    public void anonimizza() {
        this.testo = SEGNAPOSTO;
    }

    /** The case closed while the committee had not decided: nobody is to decide on this version any more. */
    public void ritira(Instant adesso) {
        this.ritirataIl = adesso;
    }

    public Instant getRitirataIl() {
        return ritirataIl;
    }

    public Long getId() {
        return id;
    }

    public String getNumeroPratica() {
        return numeroPratica;
    }

    public int getVersione() {
        return versione;
    }

    public String getTesto() {
        return testo;
    }

    public TipoProgetto getTipoProgetto() {
        return tipoProgetto;
    }

    public boolean isRichiedeAbbinamento() {
        return richiedeAbbinamento;
    }

    public String getPresentataDa() {
        return presentataDa;
    }

    public Instant getPresentataIl() {
        return presentataIl;
    }

    public Instant getScadenzaIl() {
        return scadenzaIl;
    }
}
