package it.santarzenio.sil.chiusura.web;

import it.santarzenio.sil.chiusura.ChiusuraService;
import it.santarzenio.sil.chiusura.RichiestaChiusura;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Early closure of a case by a desk. Only the two desks pass the /api security chain (403 for the others); the
 * case ends in the same transaction as the domain changes, or nothing changes.
 */
@RestController
class ChiusuraController {

    private final ChiusuraService chiusure;

    ChiusuraController(ChiusuraService chiusure) {
        this.chiusure = chiusure;
    }

    @PostMapping("/api/pratiche/{numeroPratica}/chiusura")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void chiudi(@PathVariable String numeroPratica, @RequestBody RichiestaChiusura richiesta, Principal utente) {
        chiusure.chiudiAnticipatamente(numeroPratica, richiesta, utente.getName());
    }
}
