package it.santarzenio.sil.abbinamento.internal;

import it.santarzenio.sil.abbinamento.EsitoSegnalazione;
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

/** One referral of a case's citizen to an offer, with what came of it. */
@Entity
@Table(name = "segnalazione")
public class SegnalazioneOfferta {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "numero_pratica", nullable = false, length = 20)
    private String numeroPratica;

    @Column(name = "offerta_id", nullable = false)
    private Long offertaId;

    @Column(nullable = false)
    private LocalDate data;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private EsitoSegnalazione esito;

    @Column(length = 4000)
    private String motivo;

    @Column(nullable = false, length = 64)
    private String operatore;

    @Column(name = "registrata_il", nullable = false)
    private Instant registrataIl;

    protected SegnalazioneOfferta() {}

    public SegnalazioneOfferta(
            String numeroPratica,
            Long offertaId,
            LocalDate data,
            EsitoSegnalazione esito,
            String motivo,
            String operatore,
            Instant registrataIl) {
        this.numeroPratica = numeroPratica;
        this.offertaId = offertaId;
        this.data = data;
        this.esito = esito;
        this.motivo = motivo == null || motivo.isBlank() ? null : motivo.strip();
        this.operatore = operatore;
        this.registrataIl = registrataIl;
    }

    /** Anonymisation: the reason is free text about the citizen; offer, date and outcome stay. */
    public void anonimizza() {
        if (motivo != null) {
            this.motivo = Candidatura.SEGNAPOSTO;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getOffertaId() {
        return offertaId;
    }

    public LocalDate getData() {
        return data;
    }

    public EsitoSegnalazione getEsito() {
        return esito;
    }

    public String getMotivo() {
        return motivo;
    }

    public String getOperatore() {
        return operatore;
    }
}
