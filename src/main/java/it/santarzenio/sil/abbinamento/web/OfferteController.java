package it.santarzenio.sil.abbinamento.web;

import static it.santarzenio.sil.abbinamento.web.Gruppi.INFORMATIVO;
import static it.santarzenio.sil.abbinamento.web.Gruppi.PARTNER;
import static it.santarzenio.sil.abbinamento.web.Gruppi.SPECIALISTICO;

import it.santarzenio.sil.abbinamento.DatiOfferta;
import it.santarzenio.sil.abbinamento.OfferteService;
import it.santarzenio.sil.abbinamento.SchedaOfferta;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/offerte}: the partner agency publishes, changes and closes job offers; the desks read them.
 */
@RestController
@RequestMapping("/api/offerte")
class OfferteController {

    static final String SOLO_LETTORI =
            "Le offerte di lavoro sono consultabili dagli sportelli e dalla società partner.";
    static final String SOLO_PARTNER = "Solo la società partner può pubblicare, modificare o chiudere le offerte.";

    private final OfferteService offerte;

    OfferteController(OfferteService offerte) {
        this.offerte = offerte;
    }

    @GetMapping
    List<SchedaOfferta> elenco(Authentication utente) {
        Gruppi.richiedi(utente, SOLO_LETTORI, PARTNER, INFORMATIVO, SPECIALISTICO);
        return offerte.elenco();
    }

    @GetMapping("/{id}")
    SchedaOfferta dettaglio(@PathVariable Long id, Authentication utente) {
        Gruppi.richiedi(utente, SOLO_LETTORI, PARTNER, INFORMATIVO, SPECIALISTICO);
        return offerte.dettaglio(id);
    }

    @PostMapping
    ResponseEntity<SchedaOfferta> crea(@RequestBody DatiOfferta dati, Authentication utente) {
        Gruppi.richiedi(utente, SOLO_PARTNER, PARTNER);
        var creata = offerte.crea(dati, utente.getName());
        return ResponseEntity.created(URI.create("/api/offerte/" + creata.id())).body(creata);
    }

    @PutMapping("/{id}")
    SchedaOfferta aggiorna(@PathVariable Long id, @RequestBody DatiOfferta dati, Authentication utente) {
        Gruppi.richiedi(utente, SOLO_PARTNER, PARTNER);
        return offerte.aggiorna(id, dati);
    }

    @PostMapping("/{id}/chiusura")
    SchedaOfferta chiudi(@PathVariable Long id, Authentication utente) {
        Gruppi.richiedi(utente, SOLO_PARTNER, PARTNER);
        return offerte.chiudi(id);
    }
}
