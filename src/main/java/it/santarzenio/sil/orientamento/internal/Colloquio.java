package it.santarzenio.sil.orientamento.internal;

import it.santarzenio.sil.orientamento.CompetenzeDigitali;
import it.santarzenio.sil.orientamento.CondizioneOccupazionale;
import it.santarzenio.sil.orientamento.DatiOrientamento;
import it.santarzenio.sil.orientamento.EsitoColloquio;
import it.santarzenio.sil.orientamento.Presenza;
import it.santarzenio.sil.orientamento.ProfiloProfessionale;
import it.santarzenio.sil.orientamento.TitoloStudio;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An assessment appointment of a case: an absence, or the interview held with its findings. */
@Entity
@Table(name = "colloquio")
public class Colloquio {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "numero_pratica", nullable = false, length = 20)
    private String numeroPratica;

    @Column(name = "registrato_il", nullable = false)
    private Instant registratoIl;

    @Column(nullable = false, length = 64)
    private String operatore;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Presenza presenza;

    @Enumerated(EnumType.STRING)
    @Column(name = "titolo_studio", length = 30)
    private TitoloStudio titoloStudio;

    @Enumerated(EnumType.STRING)
    @Column(name = "condizione_occupazionale", length = 20)
    private CondizioneOccupazionale condizioneOccupazionale;

    @Column(name = "mesi_senza_lavoro")
    private Integer mesiSenzaLavoro;

    @Column(name = "storia_professionale", length = 4000)
    private String storiaProfessionale;

    @Column(name = "ha_curriculum")
    private Boolean haCurriculum;

    @Enumerated(EnumType.STRING)
    @Column(name = "competenze_digitali", length = 20)
    private CompetenzeDigitali competenzeDigitali;

    @Column(name = "fragilita_sociale")
    private Boolean fragilitaSociale;

    static final String SEGNAPOSTO = "ANONIMIZZATO";

    protected Colloquio() {}

    public Colloquio(String numeroPratica, EsitoColloquio esito, String operatore, Instant registratoIl) {
        this.numeroPratica = numeroPratica;
        this.operatore = operatore;
        this.registratoIl = registratoIl;
        this.presenza = esito.presenza();
        if (esito.presente()) {
            this.titoloStudio = esito.titoloStudio();
            this.condizioneOccupazionale = esito.condizioneOccupazionale();
            this.mesiSenzaLavoro = esito.mesiSenzaLavoro();
            this.storiaProfessionale = esito.storiaProfessionale().strip();
            this.haCurriculum = esito.haCurriculum();
            this.competenzeDigitali = esito.competenzeDigitali();
            this.fragilitaSociale = esito.fragilitaSociale();
        }
    }

    public DatiOrientamento.ColloquioRegistrato vista() {
        return new DatiOrientamento.ColloquioRegistrato(
                numeroPratica,
                registratoIl,
                operatore,
                presenza,
                titoloStudio,
                condizioneOccupazionale,
                mesiSenzaLavoro,
                storiaProfessionale,
                haCurriculum,
                competenzeDigitali,
                fragilitaSociale);
    }

    /** Anonymisation: the work history is free text; the enumerations and numbers stay for the statistics. */
    public void anonimizza() {
        if (storiaProfessionale != null) {
            storiaProfessionale = SEGNAPOSTO;
        }
    }

    public Long getId() {
        return id;
    }

    public String getNumeroPratica() {
        return numeroPratica;
    }

    public Presenza getPresenza() {
        return presenza;
    }

    public TitoloStudio getTitoloStudio() {
        return titoloStudio;
    }

    public Integer getMesiSenzaLavoro() {
        return mesiSenzaLavoro;
    }

    public Boolean getFragilitaSociale() {
        return fragilitaSociale;
    }

    public ProfiloProfessionale profiloProfessionale() {
        return new ProfiloProfessionale(titoloStudio, condizioneOccupazionale, storiaProfessionale, competenzeDigitali);
    }
}
