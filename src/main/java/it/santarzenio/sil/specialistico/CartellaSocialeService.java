package it.santarzenio.sil.specialistico;

import it.santarzenio.sil.DatiNonValidiException;
import it.santarzenio.sil.accesso.AccessoService;
import it.santarzenio.sil.specialistico.internal.DocumentoCartella;
import it.santarzenio.sil.specialistico.internal.DocumentoCartellaRepository;
import it.santarzenio.sil.specialistico.internal.NotaCartella;
import it.santarzenio.sil.specialistico.internal.NotaCartellaRepository;
import it.santarzenio.sil.specialistico.internal.TipoDocumento;
import jakarta.validation.Validator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cartella sociale of a case: notes and documents the desks attach to it. Who may read or write it is decided at
 * the door (the /api security): the partner agency never reaches it.
 */
@Service
@Transactional
public class CartellaSocialeService {

    private final NotaCartellaRepository note;
    private final DocumentoCartellaRepository documenti;
    private final AccessoService accessi;
    private final Validator validator;
    private final Clock orologio;
    private final CartellaSocialeProperties configurazione;

    CartellaSocialeService(
            NotaCartellaRepository note,
            DocumentoCartellaRepository documenti,
            AccessoService accessi,
            Validator validator,
            Clock orologio,
            CartellaSocialeProperties configurazione) {
        this.note = note;
        this.documenti = documenti;
        this.accessi = accessi;
        this.validator = validator;
        this.orologio = orologio;
        this.configurazione = configurazione;
    }

    @Transactional(readOnly = true)
    public CartellaSociale cartella(String numeroPratica) {
        verificaPratica(numeroPratica);
        return new CartellaSociale(
                numeroPratica,
                note.findByNumeroPraticaOrderByCreataIlAscIdAsc(numeroPratica).stream()
                        .map(CartellaSocialeService::vista)
                        .toList(),
                documenti.elenco(numeroPratica));
    }

    public NotaCartellaSociale aggiungiNota(String numeroPratica, NuovaNota nota, String autore) {
        verificaPratica(numeroPratica);
        DatiNonValidiException.seNonValido(validator, nota);
        return vista(note.save(new NotaCartella(numeroPratica, nota.testo().strip(), autore, orologio.instant())));
    }

    /**
     * Keeps a document if its size is within the limit, its declared type is one the cartella keeps and its content
     * agrees with that type.
     */
    public DocumentoCartellaSociale caricaDocumento(String numeroPratica, NuovoDocumento documento, String autore) {
        verificaPratica(numeroPratica);
        DatiNonValidiException.seNonValido(validator, documento);
        byte[] contenuto = documento.contenuto();
        if (contenuto.length == 0) {
            throw new DatiNonValidiException("Il file «" + documento.nomeFile() + "» è vuoto.");
        }
        if (contenuto.length > configurazione.dimensioneMassima().toBytes()) {
            throw new DocumentoTroppoGrandeException(configurazione.dimensioneMassima());
        }
        var tipo = TipoDocumento.di(documento.tipoContenuto())
                .orElseThrow(() -> new DocumentoNonAmmessoException("Il tipo di file «" + documento.tipoContenuto()
                        + "» non è ammesso nella cartella sociale. Tipi ammessi: " + TipoDocumento.ammessi() + "."));
        if (!tipo.riconosce(contenuto)) {
            throw new DocumentoNonAmmessoException("Il contenuto di «" + documento.nomeFile()
                    + "» non corrisponde al tipo dichiarato (" + tipo.nome() + "): il file potrebbe essere danneggiato"
                    + " o rinominato.");
        }
        var salvato = documenti.save(new DocumentoCartella(
                numeroPratica,
                nomeSemplice(documento.nomeFile()),
                tipo.tipoContenuto(),
                contenuto,
                sha256(contenuto),
                documento.descrizione() == null || documento.descrizione().isBlank()
                        ? null
                        : documento.descrizione().strip(),
                autore,
                orologio.instant()));
        return new DocumentoCartellaSociale(
                salvato.getId(),
                salvato.getNomeFile(),
                salvato.getTipoContenuto(),
                salvato.getDimensione(),
                salvato.getDescrizione(),
                salvato.getSha256(),
                salvato.getCaricatoDa(),
                salvato.getCaricatoIl());
    }

    @Transactional(readOnly = true)
    public ContenutoDocumento documento(String numeroPratica, Long id) {
        verificaPratica(numeroPratica);
        return documenti
                .findByIdAndNumeroPratica(id, numeroPratica)
                .map(documento -> new ContenutoDocumento(
                        documento.getNomeFile(), documento.getTipoContenuto(), documento.getContenuto()))
                .orElseThrow(() -> new PraticaNonTrovataException(numeroPratica, id));
    }

    private void verificaPratica(String numeroPratica) {
        if (!accessi.esistePratica(numeroPratica)) {
            throw new PraticaNonTrovataException(numeroPratica);
        }
    }

    /** Some browsers send the client's full path: keep the last segment only. */
    private static String nomeSemplice(String nomeFile) {
        String nome = nomeFile.strip();
        return nome.substring(Math.max(nome.lastIndexOf('/'), nome.lastIndexOf('\\')) + 1);
    }

    private static NotaCartellaSociale vista(NotaCartella nota) {
        return new NotaCartellaSociale(nota.getId(), nota.getTesto(), nota.getAutore(), nota.getCreataIl());
    }

    private static String sha256(byte[] contenuto) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(contenuto));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 è garantito da ogni JVM", e);
        }
    }

    /** The cartelle sociali of these cases, documents' content included, for the data subject's right of access. */
    @Transactional(readOnly = true)
    public List<DatiCartellaSociale> datiPratiche(Collection<String> numeriPratica) {
        return numeriPratica.stream()
                .map(numeroPratica -> new DatiCartellaSociale(
                        numeroPratica,
                        note.findByNumeroPraticaOrderByCreataIlAscIdAsc(numeroPratica).stream()
                                .map(CartellaSocialeService::vista)
                                .toList(),
                        documenti.findByNumeroPraticaOrderByCaricatoIlAscIdAsc(numeroPratica).stream()
                                .map(documento -> new DatiCartellaSociale.DocumentoConContenuto(
                                        documento.getId(),
                                        documento.getNomeFile(),
                                        documento.getTipoContenuto(),
                                        documento.getDimensione(),
                                        documento.getDescrizione(),
                                        documento.getSha256(),
                                        documento.getCaricatoDa(),
                                        documento.getCaricatoIl(),
                                        documento.getContenuto()))
                                .toList()))
                .filter(cartella ->
                        !cartella.note().isEmpty() || !cartella.documenti().isEmpty())
                .toList();
    }

    /**
     * Anonymisation of these cases' cartelle: notes' texts are replaced, documents lose their content, name and
     * description (the row stays: kind, uploader and date say a document was there).
     */
    public void anonimizza(Collection<String> numeriPratica) {
        String sha256DelVuoto = sha256(new byte[0]);
        for (String numeroPratica : numeriPratica) {
            note.findByNumeroPraticaOrderByCreataIlAscIdAsc(numeroPratica).forEach(NotaCartella::anonimizza);
            documenti
                    .findByNumeroPraticaOrderByCaricatoIlAscIdAsc(numeroPratica)
                    .forEach(documento -> documento.anonimizza(sha256DelVuoto));
        }
    }
}
