package it.santarzenio.sil.privacy;

import it.santarzenio.sil.accesso.AccessoService;
import it.santarzenio.sil.accesso.CodiceFiscale;
import it.santarzenio.sil.agenda.AgendaService;
import it.santarzenio.sil.audit.AuditService;
import it.santarzenio.sil.audit.Azione;
import it.santarzenio.sil.orientamento.OrientamentoService;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Export and anonymisation of one citizen's data, each written in the audit trail. */
@Service
@Transactional
public class PrivacyService {

    private final AccessoService accessi;
    private final OrientamentoService orientamento;
    private final AgendaService agenda;
    private final AuditService audit;
    private final ApplicationEventPublisher eventi;
    private final Clock orologio;

    PrivacyService(
            AccessoService accessi,
            OrientamentoService orientamento,
            AgendaService agenda,
            AuditService audit,
            ApplicationEventPublisher eventi,
            Clock orologio) {
        this.accessi = accessi;
        this.orientamento = orientamento;
        this.agenda = agenda;
        this.audit = audit;
        this.eventi = eventi;
        this.orologio = orologio;
    }

    public EsportazioneCittadino esporta(String codiceFiscale, String utente) {
        var cittadino = accessi.datiCittadino(codiceFiscale)
                .orElseThrow(() -> new CittadinoNonTrovatoException(CodiceFiscale.normalizza(codiceFiscale)));
        var esportazione = new EsportazioneCittadino(
                orologio.instant(),
                utente,
                cittadino,
                orientamento.datiPratiche(cittadino.numeriPratica()),
                agenda.appuntamentiDelCittadino(cittadino.id()));
        audit.registra(
                utente,
                Azione.ESPORTAZIONE,
                "cittadino",
                cittadino.id(),
                cittadino.id(),
                "esportazione dei dati (diritto di accesso), "
                        + cittadino.numeriPratica().size() + " pratiche");
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
        accessi.anonimizza(cittadino.id());
        orientamento.anonimizza(pratiche);
        agenda.anonimizza(cittadino.id());
        eventi.publishEvent(new CittadinoAnonimizzato(cittadino.id(), pratiche));
        audit.registra(
                utente,
                Azione.ANONIMIZZAZIONE,
                "cittadino",
                cittadino.id(),
                cittadino.id(),
                "anonimizzazione (diritto alla cancellazione), " + pratiche.size() + " pratiche");
    }
}
