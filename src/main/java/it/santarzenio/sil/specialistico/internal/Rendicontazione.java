package it.santarzenio.sil.specialistico.internal;

import it.santarzenio.sil.specialistico.EsitoFinale;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The final report of a project to the informative desk: one per project. */
@Entity
@Table(name = "rendicontazione")
public class Rendicontazione {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "progetto_id", nullable = false, unique = true)
    private Long progettoId;

    @Enumerated(EnumType.STRING)
    @Column(name = "esito_finale", nullable = false, length = 30)
    private EsitoFinale esitoFinale;

    @Column(name = "relazione_finale", nullable = false, length = 4000)
    private String relazioneFinale;

    @Column(nullable = false, length = 64)
    private String operatore;

    @Column(name = "registrata_il", nullable = false)
    private Instant registrataIl;

    protected Rendicontazione() {}

    public Rendicontazione(
            Long progettoId, EsitoFinale esitoFinale, String relazioneFinale, String operatore, Instant registrataIl) {
        this.progettoId = progettoId;
        this.esitoFinale = esitoFinale;
        this.relazioneFinale = relazioneFinale;
        this.operatore = operatore;
        this.registrataIl = registrataIl;
    }

    /** Anonymisation: the report's text goes; the final outcome and the date stay for the statistics. */
    public void anonimizza() {
        this.relazioneFinale = AttivitaSpecialistica.SEGNAPOSTO;
    }

    public EsitoFinale getEsitoFinale() {
        return esitoFinale;
    }

    public String getRelazioneFinale() {
        return relazioneFinale;
    }

    public String getOperatore() {
        return operatore;
    }

    public Instant getRegistrataIl() {
        return registrataIl;
    }
}
