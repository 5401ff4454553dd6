package it.santarzenio.sil.specialistico.web;

import it.santarzenio.sil.DatiNonValidiException;
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
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
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
 * desks) is enforced by the /api security chain; the partner agency is refused there with 403.
 */
@RestController
@RequestMapping("/api/pratiche/{numeroPratica}/cartella-sociale")
class CartellaSocialeController {

    private final CartellaSocialeService cartelle;
    private final CartellaSocialeProperties configurazione;

    CartellaSocialeController(CartellaSocialeService cartelle, CartellaSocialeProperties configurazione) {
        this.cartelle = cartelle;
        this.configurazione = configurazione;
    }

    @GetMapping
    CartellaSociale cartella(@PathVariable String numeroPratica) {
        return cartelle.cartella(numeroPratica);
    }

    @PostMapping(path = "/note", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<NotaCartellaSociale> aggiungiNota(
            @PathVariable String numeroPratica, @RequestBody NuovaNota nota, Principal utente) {
        var aggiunta = cartelle.aggiungiNota(numeroPratica, nota, utente.getName());
        return ResponseEntity.created(URI.create(base(numeroPratica) + "/note/" + aggiunta.id()))
                .body(aggiunta);
    }

    @PostMapping(path = "/documenti", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<DocumentoCartellaSociale> caricaDocumento(
            @PathVariable String numeroPratica,
            @RequestParam("file") MultipartFile file,
            @RequestParam(name = "descrizione", required = false) String descrizione,
            Principal utente) {
        var caricato = cartelle.caricaDocumento(
                numeroPratica,
                new NuovoDocumento(file.getOriginalFilename(), file.getContentType(), bytes(file), descrizione),
                utente.getName());
        return ResponseEntity.created(URI.create(base(numeroPratica) + "/documenti/" + caricato.id()))
                .body(caricato);
    }

    @GetMapping("/documenti/{id}")
    ResponseEntity<byte[]> scaricaDocumento(@PathVariable String numeroPratica, @PathVariable Long id) {
        var documento = cartelle.documento(numeroPratica, id);
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
