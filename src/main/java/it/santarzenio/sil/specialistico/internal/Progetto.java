package it.santarzenio.sil.specialistico.internal;

import it.santarzenio.sil.specialistico.EsitoAbbinamento;
import it.santarzenio.sil.specialistico.RisultatoAbbinamento;
import it.santarzenio.sil.specialistico.StatoProgetto;
import it.santarzenio.sil.specialistico.TipoProgetto;
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

/**
 * The project of a case, one per case. It exists from the moment it is decided: defined in second-level orientation
 * (progettoDefinito) or approved by the Cabina di Regia; {@code approvatoDa/Il} say who decided it and when, and no
 * project starts before that day.
 */
@Entity
@Table(name = "progetto")
public class Progetto {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "numero_pratica", nullable = false, unique = true, length = 20)
    private String numeroPratica;

    @Column(name = "progetto_definito", nullable = false)
    private boolean progettoDefinito;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TipoProgetto tipo;

    @Column(name = "richiede_abbinamento", nullable = false)
    private boolean richiedeAbbinamento;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StatoProgetto stato;

    @Column(name = "approvato_da", nullable = false, length = 64)
    private String approvatoDa;

    @Column(name = "approvato_il", nullable = false)
    private Instant approvatoIl;

    @Enumerated(EnumType.STRING)
    @Column(name = "esito_abbinamento", length = 30)
    private EsitoAbbinamento esitoAbbinamento;

    @Column(name = "offerta_id")
    private Long offertaId;

    @Column(name = "note_abbinamento", length = 4000)
    private String noteAbbinamento;

    @Column(name = "abbinamento_da", length = 64)
    private String abbinamentoDa;

    @Column(name = "abbinamento_il")
    private Instant abbinamentoIl;

    @Column(name = "ente_ospitante", length = 200)
    private String enteOspitante;

    @Column(name = "data_avvio")
    private LocalDate dataAvvio;

    @Column(name = "avviato_da", length = 64)
    private String avviatoDa;

    @Column(name = "avviato_il")
    private Instant avviatoIl;

    @Column(name = "terminato_il")
    private Instant terminatoIl;

    protected Progetto() {}

    public Progetto(
            String numeroPratica,
            boolean progettoDefinito,
            TipoProgetto tipo,
            boolean richiedeAbbinamento,
            String approvatoDa,
            Instant approvatoIl) {
        this.numeroPratica = numeroPratica;
        this.progettoDefinito = progettoDefinito;
        this.tipo = tipo;
        this.richiedeAbbinamento = richiedeAbbinamento;
        this.approvatoDa = approvatoDa;
        this.approvatoIl = approvatoIl;
        this.stato = StatoProgetto.DA_AVVIARE;
    }

    public void registraAbbinamento(RisultatoAbbinamento risultato, String operatore, Instant adesso) {
        this.esitoAbbinamento = risultato.esitoAbbinamento();
        this.offertaId = risultato.accettata() ? risultato.offertaId() : null;
        this.noteAbbinamento = risultato.noteAbbinamento() == null
                ? null
                : risultato.noteAbbinamento().strip();
        this.abbinamentoDa = operatore;
        this.abbinamentoIl = adesso;
    }

    public void avvia(LocalDate dataAvvio, String enteOspitante, String operatore, Instant adesso) {
        this.dataAvvio = dataAvvio;
        this.enteOspitante = enteOspitante.strip();
        this.avviatoDa = operatore;
        this.avviatoIl = adesso;
        this.stato = StatoProgetto.IN_CORSO;
    }

    public void aggiornaStato(StatoProgetto nuovo, Instant adesso) {
        this.stato = nuovo;
        if (nuovo.terminato()) {
            this.terminatoIl = adesso;
        }
    }

    /**
     * Anonymisation: the matching notes and the host organisation are free texts that, with the dates, point at the
     * citizen in a small comune; type, state, outcome, accepted offer and dates stay for the statistics.
     */
    public void anonimizza() {
        if (noteAbbinamento != null) {
            this.noteAbbinamento = AttivitaSpecialistica.SEGNAPOSTO;
        }
        if (enteOspitante != null) {
            this.enteOspitante = AttivitaSpecialistica.SEGNAPOSTO;
        }
    }

    public Long getId() {
        return id;
    }

    public String getNumeroPratica() {
        return numeroPratica;
    }

    public boolean isProgettoDefinito() {
        return progettoDefinito;
    }

    public TipoProgetto getTipo() {
        return tipo;
    }

    public boolean isRichiedeAbbinamento() {
        return richiedeAbbinamento;
    }

    public StatoProgetto getStato() {
        return stato;
    }

    public String getApprovatoDa() {
        return approvatoDa;
    }

    public Instant getApprovatoIl() {
        return approvatoIl;
    }

    public EsitoAbbinamento getEsitoAbbinamento() {
        return esitoAbbinamento;
    }

    public Long getOffertaId() {
        return offertaId;
    }

    public String getEnteOspitante() {
        return enteOspitante;
    }

    public LocalDate getDataAvvio() {
        return dataAvvio;
    }

    public Instant getAvviatoIl() {
        return avviatoIl;
    }

    public String getNoteAbbinamento() {
        return noteAbbinamento;
    }

    public String getAbbinamentoDa() {
        return abbinamentoDa;
    }

    public Instant getAbbinamentoIl() {
        return abbinamentoIl;
    }

    public String getAvviatoDa() {
        return avviatoDa;
    }

    public Instant getTerminatoIl() {
        return terminatoIl;
    }
}
