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
import it.santarzenio.sil.accesso.AccessoService;
import it.santarzenio.sil.audit.Azione;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
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
 * written by the partner and read by the desks. Each read of a citizen's profile or referrals and each change writes an
 * audit row; a change writes it in its own transaction.
 */
@RestController
@RequestMapping("/api/pratiche/{numeroPratica}")
class PraticheAbbinamentoController {

    static final String SOLO_ABBINAMENTO =
            "L'abbinamento è consultabile dalla società partner e dallo Sportello Specialistico.";

    private final AbbinamentoService abbinamento;
    private final AccessoService accessi;
    private final TransactionTemplate transazione;

    PraticheAbbinamentoController(
            AbbinamentoService abbinamento, AccessoService accessi, PlatformTransactionManager transazioni) {
        this.abbinamento = abbinamento;
        this.accessi = accessi;
        this.transazione = new TransactionTemplate(transazioni);
    }

    record Abbinamento(ProfiloAbbinamento profilo, List<OffertaValutata> offerte, List<Segnalazione> segnalazioni) {}

    @GetMapping("/abbinamento")
    Abbinamento abbinamento(@PathVariable String numeroPratica, Authentication utente) {
        Gruppi.richiedi(utente, SOLO_ABBINAMENTO, PARTNER, SPECIALISTICO);
        var letto = new Abbinamento(
                abbinamento.profilo(numeroPratica),
                abbinamento.proposte(numeroPratica),
                abbinamento.segnalazioni(numeroPratica));
        accessi.registraEventoDellaPratica(
                utente.getName(),
                Azione.LETTURA,
                "profilo di abbinamento",
                numeroPratica,
                numeroPratica,
                letto.offerte().size() + " offerte valutate, "
                        + letto.segnalazioni().size() + " segnalazioni");
        return letto;
    }

    @PutMapping("/professioni-desiderate")
    ProfiloAbbinamento professioniDesiderate(
            @PathVariable String numeroPratica, @RequestBody DatiCandidatura dati, Authentication utente) {
        Gruppi.richiedi(
                utente,
                "Le professioni desiderate sono registrate dagli operatori degli sportelli.",
                INFORMATIVO,
                SPECIALISTICO);
        return transazione.execute(stato -> {
            var profilo = abbinamento.impostaCandidatura(numeroPratica, dati, utente.getName());
            accessi.registraEventoDellaPratica(
                    utente.getName(),
                    Azione.MODIFICA,
                    "professioni desiderate",
                    numeroPratica,
                    numeroPratica,
                    profilo.professioniDesiderate().size() + " professioni");
            return profilo;
        });
    }

    @GetMapping("/segnalazioni")
    List<Segnalazione> segnalazioni(@PathVariable String numeroPratica, Authentication utente) {
        Gruppi.richiedi(
                utente,
                "Le segnalazioni sono consultabili dagli sportelli e dalla società partner.",
                PARTNER,
                INFORMATIVO,
                SPECIALISTICO);
        var segnalazioni = abbinamento.segnalazioni(numeroPratica);
        accessi.registraEventoDellaPratica(
                utente.getName(),
                Azione.LETTURA,
                "segnalazioni",
                numeroPratica,
                numeroPratica,
                segnalazioni.size() + " segnalazioni");
        return segnalazioni;
    }

    @PostMapping("/segnalazioni")
    @ResponseStatus(HttpStatus.CREATED)
    Segnalazione segnala(
            @PathVariable String numeroPratica, @RequestBody NuovaSegnalazione segnalazione, Authentication utente) {
        Gruppi.richiedi(utente, "Solo la società partner registra le segnalazioni alle offerte.", PARTNER);
        return transazione.execute(stato -> {
            var registrata = abbinamento.segnala(numeroPratica, segnalazione, utente.getName());
            accessi.registraEventoDellaPratica(
                    utente.getName(),
                    Azione.CREAZIONE,
                    "segnalazione",
                    registrata.id(),
                    numeroPratica,
                    "pratica " + numeroPratica + ", offerta " + registrata.offertaId());
            return registrata;
        });
    }
}
