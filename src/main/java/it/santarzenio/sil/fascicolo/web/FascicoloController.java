package it.santarzenio.sil.fascicolo.web;

import it.santarzenio.sil.accesso.AccessoService;
import it.santarzenio.sil.audit.Azione;
import it.santarzenio.sil.fascicolo.FascicoloNonTrovatoException;
import it.santarzenio.sil.fascicolo.FascicoloService;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/pratiche/{numeroPratica}/fascicolo} and its documents {@code …/documenti/{tipo}.pdf}. Who may
 * call them (the two desks and the Cabina di Regia) is decided by the /api security chain; here, what each reads:
 * the whole file for the desks; for the Cabina di Regia what its decision needs, and of the documents its minutes only
 * ({@link ComposizioneFascicolo.Lettore}). Every answer writes an audit row.
 */
@RestController
@RequestMapping("/api/pratiche/{numeroPratica}")
class FascicoloController {

    private final FascicoloService fascicoli;
    private final ComposizioneFascicolo composizione;
    private final DocumentiPdf documenti;
    private final AccessoService accessi;

    FascicoloController(
            FascicoloService fascicoli,
            ComposizioneFascicolo composizione,
            DocumentiPdf documenti,
            AccessoService accessi) {
        this.fascicoli = fascicoli;
        this.composizione = composizione;
        this.documenti = documenti;
        this.accessi = accessi;
    }

    @GetMapping("/fascicolo")
    FascicoloVista fascicolo(@PathVariable String numeroPratica, Authentication utente) {
        var vista = composizione.componi(fascicoli.fascicolo(numeroPratica), lettore(utente));
        accessi.registraEventoDellaPratica(
                utente.getName(),
                Azione.LETTURA,
                "fascicolo",
                numeroPratica,
                numeroPratica,
                vista.cronologia().size() + " eventi"
                        + (vista.altrePratiche() == null
                                ? ""
                                : ", " + vista.altrePratiche().size() + " altre pratiche"));
        return vista;
    }

    /** {@code versione}: of the proposal, the last one when missing. */
    @GetMapping("/documenti/{tipo}.pdf")
    ResponseEntity<byte[]> documento(
            @PathVariable String numeroPratica,
            @PathVariable String tipo,
            @RequestParam(required = false) Integer versione,
            Authentication utente) {
        var documento = TipoDocumentoPdf.perCodice(tipo)
                .orElseThrow(() -> new FascicoloNonTrovatoException("Non esiste un documento «" + tipo
                        + "»: si possono stampare scheda-accesso, appuntamento, patto, proposta e relazione-finale."));
        if (!documento.perIl(lettore(utente))) {
            throw new DocumentoRiservatoException("La Cabina di Regia può stampare solo la proposta progettuale con la"
                    + " sua decisione: «" + documento.titolo() + "» è dei soli sportelli.");
        }
        var dati = fascicoli.fascicolo(numeroPratica);
        if (!documento.disponibile(dati)) {
            throw new FascicoloNonTrovatoException(
                    "La pratica " + numeroPratica + " non ha ancora i dati per «" + documento.titolo() + "».");
        }
        byte[] pdf = documenti.componi(documento, dati, versione);
        accessi.registraEventoDellaPratica(
                utente.getName(),
                Azione.LETTURA,
                "documento pdf",
                tipo,
                numeroPratica,
                documento.titolo() + ", pratica " + numeroPratica);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(tipo + "-" + numeroPratica + ".pdf", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(pdf);
    }

    @ExceptionHandler(FascicoloNonTrovatoException.class)
    ProblemDetail nonTrovato(FascicoloNonTrovatoException e) {
        var problema = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problema.setTitle("Non trovato");
        return problema;
    }

    @ExceptionHandler(DocumentoRiservatoException.class)
    ProblemDetail riservato(DocumentoRiservatoException e) {
        var problema = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problema.setTitle("Non consentito");
        return problema;
    }

    /** Only the desks and the Cabina di Regia get here (the /api chain): who is not a desk is the Cabina. */
    static ComposizioneFascicolo.Lettore lettore(Authentication utente) {
        return utente.getAuthorities().stream().anyMatch(gruppo -> Gruppi.SPORTELLI.contains(gruppo.getAuthority()))
                ? ComposizioneFascicolo.Lettore.SPORTELLO
                : ComposizioneFascicolo.Lettore.CABINA;
    }

    /** A document the caller's group may not print (403). */
    static final class DocumentoRiservatoException extends RuntimeException {
        DocumentoRiservatoException(String messaggio) {
            super(messaggio);
        }
    }
}
