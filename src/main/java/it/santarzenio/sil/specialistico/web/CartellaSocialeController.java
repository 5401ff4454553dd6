package it.santarzenio.sil.specialistico.web;

import it.santarzenio.sil.DatiNonValidiException;
import it.santarzenio.sil.NomiOperatori;
import it.santarzenio.sil.accesso.AccessoService;
import it.santarzenio.sil.audit.Azione;
import it.santarzenio.sil.specialistico.CartellaSociale;
import it.santarzenio.sil.specialistico.CartellaSocialeProperties;
import it.santarzenio.sil.specialistico.CartellaSocialeService;
import it.santarzenio.sil.specialistico.DocumentoCartellaSociale;
import it.santarzenio.sil.specialistico.DocumentoNonAmmessoException;
import it.santarzenio.sil.specialistico.DocumentoTroppoGrandeException;
import it.santarzenio.sil.specialistico.NotaCartellaSociale;
import it.santarzenio.sil.specialistico.NuovaNota;
import it.santarzenio.sil.specialistico.NuovoDocumento;
import it.santarzenio.sil.specialistico.PraticaNonTrovataException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * The cartella sociale over HTTP. Who may read (the two desks and the Cabina di Regia) and who may write (the two
 * desks) is enforced by the /api security chain; the partner agency is refused there with 403. Every read and every
 * addition writes an audit row; an addition writes it in its own transaction, so a note that is not saved leaves no
 * row and a saved note always has one.
 */
@RestController
@RequestMapping("/api/pratiche/{numeroPratica}/cartella-sociale")
class CartellaSocialeController {

    private final CartellaSocialeService cartelle;
    private final CartellaSocialeProperties configurazione;
    private final AccessoService accessi;
    private final TransactionTemplate transazione;
    private final NomiOperatori nomiOperatori;

    CartellaSocialeController(
            CartellaSocialeService cartelle,
            CartellaSocialeProperties configurazione,
            AccessoService accessi,
            PlatformTransactionManager transazioni,
            NomiOperatori nomiOperatori) {
        this.nomiOperatori = nomiOperatori;
        this.cartelle = cartelle;
        this.configurazione = configurazione;
        this.accessi = accessi;
        this.transazione = new TransactionTemplate(transazioni);
    }

    /** The cartella with the people's names next to the user ids, as the Fascicolo tab shows it. */
    record CartellaSocialeVista(String numeroPratica, List<NotaVista> note, List<DocumentoVista> documenti) {}

    record NotaVista(Long id, String testo, String autore, String autoreNome, Instant creataIl) {}

    record DocumentoVista(
            Long id,
            String nomeFile,
            String tipoContenuto,
            long dimensione,
            String descrizione,
            String sha256,
            String caricatoDa,
            String caricatoDaNome,
            Instant caricatoIl) {}

    @GetMapping
    CartellaSocialeVista cartella(@PathVariable String numeroPratica, Principal utente) {
        var cartella = vista(cartelle.cartella(numeroPratica));
        accessi.registraEventoDellaPratica(
                utente.getName(),
                Azione.LETTURA,
                "cartella sociale",
                numeroPratica,
                numeroPratica,
                cartella.note().size() + " note, " + cartella.documenti().size() + " documenti");
        return cartella;
    }

    private CartellaSocialeVista vista(CartellaSociale cartella) {
        var utenti = new ArrayList<String>();
        cartella.note().forEach(nota -> utenti.add(nota.autore()));
        cartella.documenti().forEach(documento -> utenti.add(documento.caricatoDa()));
        var nomi = nomiOperatori.nomi(utenti);
        return new CartellaSocialeVista(
                cartella.numeroPratica(),
                cartella.note().stream()
                        .map(nota -> new NotaVista(
                                nota.id(),
                                nota.testo(),
                                nota.autore(),
                                nomi.getOrDefault(nota.autore(), nota.autore()),
                                nota.creataIl()))
                        .toList(),
                cartella.documenti().stream()
                        .map(d -> new DocumentoVista(
                                d.id(),
                                d.nomeFile(),
                                d.tipoContenuto(),
                                d.dimensione(),
                                d.descrizione(),
                                d.sha256(),
                                d.caricatoDa(),
                                nomi.getOrDefault(d.caricatoDa(), d.caricatoDa()),
                                d.caricatoIl()))
                        .toList());
    }

    @PostMapping(path = "/note", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<NotaCartellaSociale> aggiungiNota(
            @PathVariable String numeroPratica, @RequestBody NuovaNota nota, Principal utente) {
        var aggiunta = transazione.execute(stato -> {
            var salvata = cartelle.aggiungiNota(numeroPratica, nota, utente.getName());
            accessi.registraEventoDellaPratica(
                    utente.getName(),
                    Azione.CREAZIONE,
                    "nota cartella sociale",
                    salvata.id(),
                    numeroPratica,
                    "pratica " + numeroPratica);
            return salvata;
        });
        return ResponseEntity.created(URI.create(base(numeroPratica) + "/note/" + aggiunta.id()))
                .body(aggiunta);
    }

    @PostMapping(path = "/documenti", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<DocumentoCartellaSociale> caricaDocumento(
            @PathVariable String numeroPratica,
            @RequestParam("file") MultipartFile file,
            @RequestParam(name = "descrizione", required = false) String descrizione,
            Principal utente) {
        var documento = new NuovoDocumento(file.getOriginalFilename(), file.getContentType(), bytes(file), descrizione);
        var caricato = transazione.execute(stato -> {
            var salvato = cartelle.caricaDocumento(numeroPratica, documento, utente.getName());
            accessi.registraEventoDellaPratica(
                    utente.getName(),
                    Azione.CREAZIONE,
                    "documento cartella sociale",
                    salvato.id(),
                    numeroPratica,
                    "pratica " + numeroPratica);
            return salvato;
        });
        return ResponseEntity.created(URI.create(base(numeroPratica) + "/documenti/" + caricato.id()))
                .body(caricato);
    }

    @GetMapping("/documenti/{id}")
    ResponseEntity<byte[]> scaricaDocumento(
            @PathVariable String numeroPratica, @PathVariable Long id, Principal utente) {
        var documento = cartelle.documento(numeroPratica, id);
        accessi.registraEventoDellaPratica(
                utente.getName(),
                Azione.LETTURA,
                "documento cartella sociale",
                id,
                numeroPratica,
                "pratica " + numeroPratica);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(documento.tipoContenuto()))
                // Always a download, never rendered in the application's origin.
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(documento.nomeFile(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(documento.contenuto());
    }

    @ExceptionHandler(PraticaNonTrovataException.class)
    ProblemDetail nonTrovata(PraticaNonTrovataException e) {
        return problema(HttpStatus.NOT_FOUND, "Non trovato", e.getMessage());
    }

    @ExceptionHandler(DocumentoNonAmmessoException.class)
    ProblemDetail nonAmmesso(DocumentoNonAmmessoException e) {
        return problema(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Documento non ammesso", e.getMessage());
    }

    @ExceptionHandler(DocumentoTroppoGrandeException.class)
    ProblemDetail troppoGrande(DocumentoTroppoGrandeException e) {
        return problema(HttpStatus.PAYLOAD_TOO_LARGE, "Documento troppo grande", e.getMessage());
    }

    /** The servlet container refused the upload before the service saw it (spring.servlet.multipart limits). */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail troppoGrandePerIlServer(MaxUploadSizeExceededException e) {
        return troppoGrande(new DocumentoTroppoGrandeException(configurazione.dimensioneMassima()));
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MultipartException.class})
    ProblemDetail senzaFile(Exception e) {
        return problema(
                HttpStatus.BAD_REQUEST,
                "Dati non validi",
                "Allegare il documento nel campo «file» di una richiesta multipart/form-data.");
    }

    @ExceptionHandler(DatiNonValidiException.class)
    ProblemDetail nonValidi(DatiNonValidiException e) {
        return problema(HttpStatus.BAD_REQUEST, "Dati non validi", e.getMessage());
    }

    private static ProblemDetail problema(HttpStatus stato, String titolo, String messaggio) {
        var problema = ProblemDetail.forStatusAndDetail(stato, messaggio);
        problema.setTitle(titolo);
        return problema;
    }

    private static String base(String numeroPratica) {
        return "/api/pratiche/" + numeroPratica + "/cartella-sociale";
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Upload non leggibile", e);
        }
    }
}
