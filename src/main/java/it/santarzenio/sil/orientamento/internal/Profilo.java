package it.santarzenio.sil.orientamento.internal;

import it.santarzenio.sil.orientamento.CondivisioneObiettivi;
import it.santarzenio.sil.orientamento.DatiOrientamento;
import it.santarzenio.sil.orientamento.EsitoPrimoLivello;
import it.santarzenio.sil.orientamento.PercorsoGol;
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
 * The profile of a case and the goals shared with the citizen. Keeps both the path suggested by the decision table
 * (with the rule's version, so a later change of the rules does not rewrite the past) and the path confirmed.
 */
@Entity
@Table(name = "profilo")
public class Profilo {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "numero_pratica", nullable = false, unique = true, length = 20)
    private String numeroPratica;

    @Column(name = "registrato_il", nullable = false)
    private Instant registratoIl;

    @Column(nullable = false, length = 64)
    private String operatore;

    @Enumerated(EnumType.STRING)
    @Column(name = "percorso_suggerito", nullable = false, length = 20)
    private PercorsoGol percorsoSuggerito;

    @Column(name = "motivazione_suggerimento", length = 1000)
    private String motivazioneSuggerimento;

    @Column(name = "versione_regola", nullable = false, length = 200)
    private String versioneRegola;

    @Enumerated(EnumType.STRING)
    @Column(name = "percorso_confermato", nullable = false, length = 20)
    private PercorsoGol percorsoConfermato;

    @Column(name = "motivazione_scostamento", length = 4000)
    private String motivazioneScostamento;

    @Column(nullable = false, length = 4000)
    private String obiettivi;

    @Enumerated(EnumType.STRING)
    @Column(name = "esito_primo_livello", nullable = false, length = 20)
    private EsitoPrimoLivello esitoPrimoLivello;

    @Column(name = "progetto_definito")
    private Boolean progettoDefinito;

    @Column(name = "interventi_secondo_livello", length = 4000)
    private String interventiSecondoLivello;

    protected Profilo() {}

    public Profilo(
            String numeroPratica,
            CondivisioneObiettivi condivisione,
            String motivazioneSuggerimento,
            String versioneRegola,
            String operatore,
            Instant registratoIl) {
        this.numeroPratica = numeroPratica;
        this.percorsoSuggerito = condivisione.percorsoSuggerito();
        this.motivazioneSuggerimento = motivazioneSuggerimento;
        this.versioneRegola = versioneRegola;
        this.percorsoConfermato = condivisione.percorsoConfermato();
        this.motivazioneScostamento = condivisione.scostamento()
                ? condivisione.motivazioneScostamento().strip()
                : null;
        this.obiettivi = condivisione.obiettivi().strip();
        this.esitoPrimoLivello = condivisione.esitoPrimoLivello();
        if (condivisione.invioSpecialistico()) {
            this.progettoDefinito = condivisione.progettoDefinito();
            this.interventiSecondoLivello = Boolean.TRUE.equals(condivisione.progettoDefinito())
                    ? condivisione.interventiSecondoLivello()
                    : null;
        }
        this.operatore = operatore;
        this.registratoIl = registratoIl;
    }

    public DatiOrientamento.ProfiloRegistrato vista() {
        return new DatiOrientamento.ProfiloRegistrato(
                numeroPratica,
                registratoIl,
                operatore,
                percorsoSuggerito,
                motivazioneSuggerimento,
                percorsoConfermato,
                motivazioneScostamento,
                obiettivi,
                esitoPrimoLivello,
                progettoDefinito,
                interventiSecondoLivello);
    }

    /** Anonymisation: the texts written with the citizen go; paths, outcome and dates stay. */
    public void anonimizza() {
        obiettivi = Colloquio.SEGNAPOSTO;
        if (motivazioneScostamento != null) {
            motivazioneScostamento = Colloquio.SEGNAPOSTO;
        }
        if (interventiSecondoLivello != null) {
            interventiSecondoLivello = Colloquio.SEGNAPOSTO;
        }
    }

    public String getNumeroPratica() {
        return numeroPratica;
    }

    public PercorsoGol getPercorsoSuggerito() {
        return percorsoSuggerito;
    }

    public PercorsoGol getPercorsoConfermato() {
        return percorsoConfermato;
    }

    public String getMotivazioneScostamento() {
        return motivazioneScostamento;
    }

    public String getVersioneRegola() {
        return versioneRegola;
    }

    public EsitoPrimoLivello getEsitoPrimoLivello() {
        return esitoPrimoLivello;
    }
}
