package it.santarzenio.sil.abbinamento.web;

import static it.santarzenio.sil.abbinamento.web.Gruppi.INFORMATIVO;
import static it.santarzenio.sil.abbinamento.web.Gruppi.PARTNER;
import static it.santarzenio.sil.abbinamento.web.Gruppi.SPECIALISTICO;

import it.santarzenio.sil.abbinamento.AbbinamentoService;
import it.santarzenio.sil.abbinamento.DatiCandidatura;
import it.santarzenio.sil.abbinamento.NuovaSegnalazione;
import it.santarzenio.sil.abbinamento.OffertaValutata;
import it.santarzenio.sil.abbinamento.ProfiloAbbinamento;
import it.santarzenio.sil.abbinamento.Segnalazione;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Matching of one case: {@code GET .../abbinamento} (match profile, ranked offers with reasons, referrals) for the
 * partner and the specialist desk, {@code PUT .../professioni-desiderate} for the desks, {@code .../segnalazioni}
 * written by the partner and read by the desks.
 */
@RestController
@RequestMapping("/api/pratiche/{numeroPratica}")
class PraticheAbbinamentoController {

    static final String SOLO_ABBINAMENTO =
            "L'abbinamento è consultabile dalla società partner e dallo Sportello Specialistico.";

    private final AbbinamentoService abbinamento;

    PraticheAbbinamentoController(AbbinamentoService abbinamento) {
        this.abbinamento = abbinamento;
    }

    record Abbinamento(ProfiloAbbinamento profilo, List<OffertaValutata> offerte, List<Segnalazione> segnalazioni) {}

    @GetMapping("/abbinamento")
    Abbinamento abbinamento(@PathVariable String numeroPratica, Authentication utente) {
        Gruppi.richiedi(utente, SOLO_ABBINAMENTO, PARTNER, SPECIALISTICO);
        return new Abbinamento(
                abbinamento.profilo(numeroPratica),
                abbinamento.proposte(numeroPratica),
                abbinamento.segnalazioni(numeroPratica));
    }

    @PutMapping("/professioni-desiderate")
    ProfiloAbbinamento professioniDesiderate(
            @PathVariable String numeroPratica, @RequestBody DatiCandidatura dati, Authentication utente) {
        Gruppi.richiedi(
                utente,
                "Le professioni desiderate sono registrate dagli operatori degli sportelli.",
                INFORMATIVO,
                SPECIALISTICO);
        return abbinamento.impostaCandidatura(numeroPratica, dati, utente.getName());
    }

    @GetMapping("/segnalazioni")
    List<Segnalazione> segnalazioni(@PathVariable String numeroPratica, Authentication utente) {
        Gruppi.richiedi(
                utente,
                "Le segnalazioni sono consultabili dagli sportelli e dalla società partner.",
                PARTNER,
                INFORMATIVO,
                SPECIALISTICO);
        return abbinamento.segnalazioni(numeroPratica);
    }

    @PostMapping("/segnalazioni")
    @ResponseStatus(HttpStatus.CREATED)
    Segnalazione segnala(
            @PathVariable String numeroPratica, @RequestBody NuovaSegnalazione segnalazione, Authentication utente) {
        Gruppi.richiedi(utente, "Solo la società partner registra le segnalazioni alle offerte.", PARTNER);
        return abbinamento.segnala(numeroPratica, segnalazione, utente.getName());
    }
}
