package it.santarzenio.sil.specialistico.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A document of the cartella sociale, content included (bytea on PostgreSQL): it is backed up, replicated and
 * deleted with the case, and every application node sees it (ADR 0005). Lists read it without the content.
 */
@Entity
@Table(name = "documento_cartella")
public class DocumentoCartella {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "numero_pratica", nullable = false, length = 20)
    private String numeroPratica;

    @Column(name = "nome_file", nullable = false, length = 255)
    private String nomeFile;

    @Column(name = "tipo_contenuto", nullable = false, length = 100)
    private String tipoContenuto;

    @Column(nullable = false)
    private long dimensione;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(length = 1000)
    private String descrizione;

    @Column(nullable = false)
    private byte[] contenuto;

    @Column(name = "caricato_da", nullable = false, length = 64)
    private String caricatoDa;

    @Column(name = "caricato_il", nullable = false)
    private Instant caricatoIl;

    protected DocumentoCartella() {}

    public DocumentoCartella(
            String numeroPratica,
            String nomeFile,
            String tipoContenuto,
            byte[] contenuto,
            String sha256,
            String descrizione,
            String caricatoDa,
            Instant caricatoIl) {
        this.numeroPratica = numeroPratica;
        this.nomeFile = nomeFile;
        this.tipoContenuto = tipoContenuto;
        this.contenuto = contenuto;
        this.dimensione = contenuto.length;
        this.sha256 = sha256;
        this.descrizione = descrizione;
        this.caricatoDa = caricatoDa;
        this.caricatoIl = caricatoIl;
    }

    /**
     * Anonymisation: the content is deleted (an empty file with the SHA-256 of nothing is left), and the file name
     * and description, which often carry the citizen's name, are replaced; the kind of document, who uploaded it and
     * when stay, so the cartella still says that a document was there.
     */
    public void anonimizza(String sha256DelVuoto) {
        this.contenuto = new byte[0];
        this.dimensione = 0;
        this.sha256 = sha256DelVuoto;
        this.nomeFile = AttivitaSpecialistica.SEGNAPOSTO;
        if (descrizione != null) {
            this.descrizione = AttivitaSpecialistica.SEGNAPOSTO;
        }
    }

    public Long getId() {
        return id;
    }

    public String getNumeroPratica() {
        return numeroPratica;
    }

    public String getNomeFile() {
        return nomeFile;
    }

    public String getTipoContenuto() {
        return tipoContenuto;
    }

    public long getDimensione() {
        return dimensione;
    }

    public String getSha256() {
        return sha256;
    }

    public String getDescrizione() {
        return descrizione;
    }

    public byte[] getContenuto() {
        return contenuto;
    }

    public String getCaricatoDa() {
        return caricatoDa;
    }

    public Instant getCaricatoIl() {
        return caricatoIl;
    }
}
