package it.santarzenio.sil.abbinamento.internal;

import it.santarzenio.sil.abbinamento.DatiOfferta;
import it.santarzenio.sil.abbinamento.StatoOfferta;
import it.santarzenio.sil.abbinamento.TipoContratto;
import it.santarzenio.sil.orientamento.CompetenzeDigitali;
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
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** A job offer of the area, as the partner agency published it. */
@Entity
@Table(name = "offerta")
public class Offerta {

    private static final String SEPARATORE_LINGUE = ";";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "datore_lavoro", nullable = false, length = 200)
    private String datoreLavoro;

    @Column(nullable = false, length = 200)
    private String titolo;

    @Column(name = "codice_professione", nullable = false, length = 20)
    private String codiceProfessione;

    @Column(nullable = false, length = 100)
    private String comune;

    @Enumerated(EnumType.STRING)
    @Column(name = "tipo_contratto", nullable = false, length = 30)
    private TipoContratto tipoContratto;

    @Column(name = "ore_settimanali", nullable = false)
    private int oreSettimanali;

    @Enumerated(EnumType.STRING)
    @Column(name = "titolo_studio_minimo", length = 30)
    private TitoloStudio titoloStudioMinimo;

    @Column(name = "patente_richiesta", nullable = false)
    private boolean patenteRichiesta;

    /** Languages separated by ";": few, short, always read together with the offer. */
    @Column(length = 500)
    private String lingue;

    @Enumerated(EnumType.STRING)
    @Column(name = "competenze_digitali_minime", length = 20)
    private CompetenzeDigitali competenzeDigitaliMinime;

    @Column(name = "valida_dal", nullable = false)
    private LocalDate validaDal;

    @Column(name = "valida_al", nullable = false)
    private LocalDate validaAl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private StatoOfferta stato;

    @Column(name = "creata_da", nullable = false, length = 64)
    private String creataDa;

    @Column(name = "creata_il", nullable = false)
    private Instant creataIl;

    @Column(name = "aggiornata_il", nullable = false)
    private Instant aggiornataIl;

    protected Offerta() {}

    public Offerta(DatiOfferta dati, String operatore, Instant adesso) {
        this.stato = StatoOfferta.APERTA;
        this.creataDa = operatore;
        this.creataIl = adesso;
        aggiorna(dati, adesso);
    }

    public final void aggiorna(DatiOfferta dati, Instant adesso) {
        this.datoreLavoro = dati.datoreLavoro().strip();
        this.titolo = dati.titolo().strip();
        this.codiceProfessione = dati.codiceProfessione().strip();
        this.comune = dati.comune().strip();
        this.tipoContratto = dati.tipoContratto();
        this.oreSettimanali = dati.oreSettimanali();
        this.titoloStudioMinimo = dati.titoloStudioMinimo();
        this.patenteRichiesta = Boolean.TRUE.equals(dati.patenteRichiesta());
        this.lingue = dati.lingue() == null || dati.lingue().isEmpty()
                ? null
                : String.join(
                        SEPARATORE_LINGUE,
                        dati.lingue().stream().map(String::strip).distinct().toList());
        this.competenzeDigitaliMinime = dati.competenzeDigitaliMinime();
        this.validaDal = dati.validaDal();
        this.validaAl = dati.validaAl();
        this.aggiornataIl = adesso;
    }

    public void chiudi(Instant adesso) {
        this.stato = StatoOfferta.CHIUSA;
        this.aggiornataIl = adesso;
    }

    public Long getId() {
        return id;
    }

    public String getDatoreLavoro() {
        return datoreLavoro;
    }

    public String getTitolo() {
        return titolo;
    }

    public String getCodiceProfessione() {
        return codiceProfessione;
    }

    public String getComune() {
        return comune;
    }

    public TipoContratto getTipoContratto() {
        return tipoContratto;
    }

    public int getOreSettimanali() {
        return oreSettimanali;
    }

    public TitoloStudio getTitoloStudioMinimo() {
        return titoloStudioMinimo;
    }

    public boolean isPatenteRichiesta() {
        return patenteRichiesta;
    }

    public List<String> getLingue() {
        return lingue == null ? List.of() : Arrays.asList(lingue.split(SEPARATORE_LINGUE));
    }

    public CompetenzeDigitali getCompetenzeDigitaliMinime() {
        return competenzeDigitaliMinime;
    }

    public LocalDate getValidaDal() {
        return validaDal;
    }

    public LocalDate getValidaAl() {
        return validaAl;
    }

    public StatoOfferta getStato() {
        return stato;
    }
}
