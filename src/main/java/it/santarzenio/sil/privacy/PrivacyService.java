package it.santarzenio.sil.privacy;

import it.santarzenio.sil.abbinamento.AbbinamentoService;
import it.santarzenio.sil.accesso.AccessoService;
import it.santarzenio.sil.accesso.CodiceFiscale;
import it.santarzenio.sil.agenda.AgendaService;
import it.santarzenio.sil.audit.AuditService;
import it.santarzenio.sil.audit.Azione;
import it.santarzenio.sil.cabina.CabinaService;
import it.santarzenio.sil.orientamento.OrientamentoService;
import it.santarzenio.sil.specialistico.CartellaSocialeService;
import it.santarzenio.sil.specialistico.SpecialisticoService;
import it.santarzenio.sil.verifica.VerificaEsitiService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Export and anonymisation of one citizen's data, each written in the audit trail. Every module that keeps data
 * about a citizen's cases is asked through its public service; what each one keeps on anonymisation is in
 * docs/adr/0009-anonimizzazione-per-modulo-e-conservazione.md.
 */
@Service
@Transactional
public class PrivacyService {

    private static final ZoneId ROMA = ZoneId.of("Europe/Rome");

    private final AccessoService accessi;
    private final OrientamentoService orientamento;
    private final AgendaService agenda;
    private final SpecialisticoService specialistico;
    private final CabinaService cabina;
    private final CartellaSocialeService cartelle;
    private final AbbinamentoService abbinamento;
    private final VerificaEsitiService verifiche;
    private final AuditService audit;
    private final ApplicationEventPublisher eventi;
    private final Clock orologio;

    PrivacyService(
            AccessoService accessi,
            OrientamentoService orientamento,
            AgendaService agenda,
            SpecialisticoService specialistico,
            CabinaService cabina,
            CartellaSocialeService cartelle,
            AbbinamentoService abbinamento,
            VerificaEsitiService verifiche,
            AuditService audit,
            ApplicationEventPublisher eventi,
            Clock orologio) {
        this.accessi = accessi;
        this.orientamento = orientamento;
        this.agenda = agenda;
        this.specialistico = specialistico;
        this.cabina = cabina;
        this.cartelle = cartelle;
        this.abbinamento = abbinamento;
        this.verifiche = verifiche;
        this.audit = audit;
        this.eventi = eventi;
        this.orologio = orologio;
    }

    public EsportazioneCittadino esporta(String codiceFiscale, String utente) {
        var cittadino = accessi.datiCittadino(codiceFiscale)
                .orElseThrow(() -> new CittadinoNonTrovatoException(CodiceFiscale.normalizza(codiceFiscale)));
        var pratiche = cittadino.numeriPratica();
        var esportazione = new EsportazioneCittadino(
                orologio.instant(),
                utente,
                cittadino,
                orientamento.datiPratiche(pratiche),
                agenda.appuntamentiDelCittadino(cittadino.id()),
                specialistico.datiPratiche(pratiche),
                cabina.datiPratiche(pratiche),
                cartelle.datiPratiche(pratiche),
                abbinamento.datiPratiche(pratiche));
        audit.registra(
                utente,
                Azione.ESPORTAZIONE,
                "cittadino",
                cittadino.id(),
                cittadino.id(),
                "esportazione dei dati (diritto di accesso), " + pratiche.size() + " pratiche");
        return esportazione;
    }

    /** Refused while the citizen has an open path or an unanswered request. */
    public void anonimizza(String codiceFiscale, String utente) {
        String codice = CodiceFiscale.normalizza(codiceFiscale);
        var cittadino = accessi.datiCittadino(codice).orElseThrow(() -> new CittadinoNonTrovatoException(codice));
        if (accessi.haPraticheAperte(cittadino.id())) {
            throw new AnonimizzazioneRifiutataException("Il cittadino " + codice + " ha una pratica ancora aperta:"
                    + " si può anonimizzare solo quando tutte le sue pratiche sono chiuse.");
        }
        var pratiche = cittadino.numeriPratica();
        anonimizzaOvunque(cittadino.id(), pratiche);
        audit.registra(
                utente,
                Azione.ANONIMIZZAZIONE,
                "cittadino",
                cittadino.id(),
                cittadino.id(),
                "anonimizzazione (diritto alla cancellazione), " + pratiche.size() + " pratiche");
    }

    /**
     * Retention: anonymises the citizen, as user "sistema", if their last contact and every case closed before
     * {@code limite} and nothing is open; false (and nothing changed) otherwise, including when another node did it
     * first. The citizen's row stays locked until the transaction ends.
     */
    public boolean anonimizzaPerFineConservazione(Long cittadinoId, Instant limite, Period conservazione) {
        if (!accessi.bloccaSeConservazioneScaduta(cittadinoId, limite)) {
            return false;
        }
        List<String> pratiche = accessi.numeriPratica(cittadinoId);
        anonimizzaOvunque(cittadinoId, pratiche);
        audit.registra(
                AuditService.SISTEMA,
                Azione.ANONIMIZZAZIONE,
                "cittadino",
                cittadinoId,
                cittadinoId,
                "anonimizzazione per fine del periodo di conservazione (" + conservazione
                        + "): nessun contatto né pratica chiusa dal " + LocalDate.ofInstant(limite, ROMA) + ", "
                        + pratiche.size() + " pratiche");
        return true;
    }

    private void anonimizzaOvunque(Long cittadinoId, List<String> pratiche) {
        accessi.anonimizza(cittadinoId);
        orientamento.anonimizza(pratiche);
        agenda.anonimizza(cittadinoId);
        specialistico.anonimizza(pratiche);
        cabina.anonimizza(pratiche);
        cartelle.anonimizza(pratiche);
        abbinamento.anonimizza(pratiche);
        verifiche.anonimizza(pratiche);
        eventi.publishEvent(new CittadinoAnonimizzato(cittadinoId, pratiche));
    }
}
