package it.santarzenio.sil.fascicolo.web;

import it.santarzenio.sil.DatiNonValidiException;
import it.santarzenio.sil.accesso.AccessoService;
import it.santarzenio.sil.accesso.DatiCittadino;
import it.santarzenio.sil.audit.AuditService;
import it.santarzenio.sil.audit.Azione;
import it.santarzenio.sil.fascicolo.web.FascicoloVista.PraticaVista;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/cittadini?q=}: a desk finds a returning citizen by part of the surname, the name or the codice
 * fiscale before opening a new case. The two desks only (the /api chain); one audit row per citizen shown, naming
 * them by id and not the words typed, which may be a codice fiscale.
 */
@RestController
class RicercaCittadiniController {

    static final int MASSIMO = 50;

    record CittadinoTrovato(
            String codiceFiscale, String cognome, String nome, String dataNascita, List<PraticaVista> pratiche) {}

    record Risultato(List<CittadinoTrovato> cittadini, boolean altri) {}

    private final AccessoService accessi;
    private final AuditService audit;

    RicercaCittadiniController(AccessoService accessi, AuditService audit) {
        this.accessi = accessi;
        this.audit = audit;
    }

    @GetMapping("/api/cittadini")
    Risultato cerca(@RequestParam(name = "q", required = false) String q, Authentication utente) {
        if (q == null || q.strip().length() < 2) {
            throw new DatiNonValidiException(
                    "Scrivere almeno due lettere del cognome, del nome o del codice fiscale da cercare.");
        }
        var trovati = accessi.cerca(q, MASSIMO + 1);
        var mostrati = trovati.subList(0, Math.min(MASSIMO, trovati.size()));
        for (var cittadino : mostrati) {
            audit.registra(
                    utente.getName(),
                    Azione.LETTURA,
                    "cittadino",
                    cittadino.id(),
                    cittadino.id(),
                    "ricerca dei cittadini: pratiche e loro stato");
        }
        return new Risultato(
                mostrati.stream().map(RicercaCittadiniController::trovato).toList(), trovati.size() > MASSIMO);
    }

    private static CittadinoTrovato trovato(DatiCittadino cittadino) {
        return new CittadinoTrovato(
                cittadino.codiceFiscale(),
                cittadino.cognome(),
                cittadino.nome(),
                Etichette.giorno(cittadino.dataNascita()),
                cittadino.numeriPratica().stream()
                        .map(numero -> new PraticaVista(
                                numero,
                                cittadino.accessi().stream()
                                        .filter(accesso ->
                                                accesso.numeroPratica().equals(numero))
                                        .map(accesso -> Etichette.giorno(accesso.registratoIl()))
                                        .reduce((recente, primo) -> primo)
                                        .orElse(null),
                                ComposizioneFascicolo.stato(cittadino, numero)))
                        .toList());
    }

    @ExceptionHandler(DatiNonValidiException.class)
    ProblemDetail nonValida(DatiNonValidiException e) {
        var problema = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problema.setTitle("Ricerca non valida");
        return problema;
    }
}
