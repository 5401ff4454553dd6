package it.santarzenio.sil.chiusura;

import it.santarzenio.sil.DatiNonValidiException;
import it.santarzenio.sil.accesso.AccessoService;
import it.santarzenio.sil.agenda.AgendaService;
import it.santarzenio.sil.audit.AuditService;
import it.santarzenio.sil.audit.Azione;
import it.santarzenio.sil.cabina.CabinaService;
import jakarta.validation.Validator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends a case outside its happy paths, in one transaction with the engine: the running instance ends (through
 * {@link ChiusuraAnticipataRichiesta}, answered by the process layer), the path closes with its outcome, the booked
 * appointment is freed, a proposal awaiting the Cabina di Regia is withdrawn and the audit trail says who and why.
 */
@Service
@Transactional
public class ChiusuraService {

    private final AccessoService accessi;
    private final AgendaService agenda;
    private final CabinaService cabina;
    private final Validator validator;
    private final ApplicationEventPublisher eventi;

    ChiusuraService(
            AccessoService accessi,
            AgendaService agenda,
            CabinaService cabina,
            Validator validator,
            ApplicationEventPublisher eventi) {
        this.accessi = accessi;
        this.agenda = agenda;
        this.cabina = cabina;
        this.validator = validator;
        this.eventi = eventi;
    }

    /**
     * Early closure by a desk at any step: esitoPercorso CHIUSURA_ANTICIPATA with the reason; the citizen may open a
     * new path at once. Refused with an Italian message for a wrong request, an unknown or an already closed case.
     */
    public void chiudiAnticipatamente(String numeroPratica, RichiestaChiusura richiesta, String operatore) {
        DatiNonValidiException.seNonValido(validator, richiesta);
        if (accessi.idCittadinoDellaPratica(numeroPratica).isEmpty()) {
            throw new PraticaSconosciutaException(numeroPratica);
        }
        eventi.publishEvent(new ChiusuraAnticipataRichiesta(numeroPratica, richiesta.motivo(), operatore));
        accessi.chiudiAnticipatamente(numeroPratica, richiesta.motivo(), richiesta.notaPulita());
        agenda.annulla(numeroPratica);
        var ritirata = cabina.ritiraInAttesa(numeroPratica);
        accessi.registraEventoDellaPratica(
                operatore,
                Azione.MODIFICA,
                "pratica",
                numeroPratica,
                numeroPratica,
                "chiusura anticipata, motivo " + richiesta.motivo()
                        + ritirata.map(versione -> ", ritirata la versione " + versione
                                        + " della proposta in attesa della Cabina di Regia")
                                .orElse(""));
    }

    /**
     * An administrator cancelled the case's instance (Cockpit): the path ends as ANNULLATO, the appointment is freed
     * and a pending proposal withdrawn. Called by the engine's end-of-instance event, as user "sistema".
     */
    public void annulla(String numeroPratica, String motivo) {
        accessi.annulla(numeroPratica);
        agenda.annulla(numeroPratica);
        cabina.ritiraInAttesa(numeroPratica);
        accessi.registraEventoDellaPratica(
                AuditService.SISTEMA,
                Azione.MODIFICA,
                "pratica",
                numeroPratica,
                numeroPratica,
                "pratica annullata dall'amministratore"
                        + (motivo == null || motivo.isBlank() ? "" : " (" + abbrevia(motivo) + ")"));
    }

    private static String abbrevia(String testo) {
        return testo.length() <= 200 ? testo : testo.substring(0, 200) + "…";
    }
}
