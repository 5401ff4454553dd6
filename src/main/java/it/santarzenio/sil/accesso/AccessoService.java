package it.santarzenio.sil.accesso;

import it.santarzenio.sil.DatiNonValidiException;
import it.santarzenio.sil.accesso.internal.Accesso;
import it.santarzenio.sil.accesso.internal.AccessoRepository;
import it.santarzenio.sil.accesso.internal.Cittadino;
import it.santarzenio.sil.accesso.internal.CittadinoRepository;
import it.santarzenio.sil.accesso.internal.NumeratorePratiche;
import it.santarzenio.sil.accesso.internal.SchedaUtente;
import it.santarzenio.sil.accesso.internal.SchedaUtenteRepository;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accoglienza: registro accessi, citizens and the scheda utente. */
@Service
@Transactional
public class AccessoService {

    private final CittadinoRepository cittadini;
    private final AccessoRepository accessi;
    private final SchedaUtenteRepository schede;
    private final NumeratorePratiche numeratore;
    private final Validator validator;
    private final Clock orologio;

    AccessoService(
            CittadinoRepository cittadini,
            AccessoRepository accessi,
            SchedaUtenteRepository schede,
            NumeratorePratiche numeratore,
            Validator validator,
            Clock orologio) {
        this.cittadini = cittadini;
        this.accessi = accessi;
        this.schede = schede;
        this.numeratore = numeratore;
        this.validator = validator;
        this.orologio = orologio;
    }

    public String nuovoNumeroPratica() {
        return numeratore.prossimo();
    }

    /**
     * Records the visit in the registro accessi and finds or creates the citizen. A citizen who already has an open
     * path cannot open a second one; a quick request is recorded anyway.
     */
    public AccessoRegistrato registra(SchedaAccesso scheda, String numeroPratica, String operatore) {
        DatiNonValidiException.seNonValido(validator, scheda);
        Instant adesso = orologio.instant();
        String codiceFiscale = CodiceFiscale.of(scheda.codiceFiscale()).valore();
        Cittadino cittadino =
                cittadini.findByCodiceFiscale(codiceFiscale).orElseGet(() -> new Cittadino(codiceFiscale, adesso));
        cittadino.aggiorna(
                scheda.nome(), scheda.cognome(), scheda.dataNascita(), scheda.telefono(), scheda.email(), adesso);
        cittadino = cittadini.save(cittadino);
        if (scheda.apriPercorso()) {
            schede.findByCittadinoIdAndChiusaIlIsNull(cittadino.getId()).ifPresent(aperta -> {
                throw new DatiNonValidiException(
                        "Il cittadino " + codiceFiscale + " ha già un percorso aperto (pratica "
                                + aperta.getNumeroPratica() + "): proseguire quello invece di aprirne un secondo.");
            });
        }
        var accesso = accessi.save(new Accesso(
                cittadino.getId(),
                numeroPratica,
                adesso,
                operatore,
                scheda.bisognoEspresso().strip(),
                scheda.tipoRichiesta(),
                scheda.aderisceOrientamento(),
                esitoIniziale(scheda)));
        return new AccessoRegistrato(accesso.getId(), cittadino.getId(), codiceFiscale);
    }

    /** The answer given to a request solvable in the interview closes the access. */
    public void evadi(Long accessoId, RispostaRichiesta risposta) {
        DatiNonValidiException.seNonValido(validator, risposta);
        accessi.getReferenceById(accessoId).evadi(risposta.rispostaFornita().strip());
    }

    /** Opens the scheda utente: from now on the citizen has an open path under this case number. */
    public void apriSchedaUtente(String numeroPratica, Long cittadinoId, String operatore) {
        schede.saveAndFlush(new SchedaUtente(numeroPratica, cittadinoId, operatore, orologio.instant()));
    }

    /** Closes the path of a case, if it had one, and frees the citizen for a new one. */
    public void chiudiPercorso(String numeroPratica, EsitoPercorso esito) {
        schede.findByNumeroPratica(numeroPratica)
                .filter(SchedaUtente::aperta)
                .ifPresent(scheda -> scheda.chiudi(esito, orologio.instant()));
    }

    /** Whether the case was taken in charge (its scheda utente exists, open or closed). */
    @Transactional(readOnly = true)
    public boolean esistePratica(String numeroPratica) {
        return schede.findByNumeroPratica(numeroPratica).isPresent();
    }

    @Transactional(readOnly = true)
    public boolean haPercorsoAperto(String codiceFiscale) {
        return cittadini
                .findByCodiceFiscale(CodiceFiscale.normalizza(codiceFiscale))
                .flatMap(cittadino -> schede.findByCittadinoIdAndChiusaIlIsNull(cittadino.getId()))
                .isPresent();
    }

    /** "Cognome Nome" of each known citizen: for lists that must say who is expected and nothing more. */
    @Transactional(readOnly = true)
    public Map<Long, String> nominativi(Collection<Long> cittadinoIds) {
        return cittadini.findAllById(cittadinoIds).stream()
                .collect(Collectors.toMap(
                        Cittadino::getId, cittadino -> cittadino.getCognome() + " " + cittadino.getNome()));
    }

    /** Name and contacts of the citizen of a case taken in charge; empty for an unknown case. */
    @Transactional(readOnly = true)
    public Optional<ContattiCittadino> contatti(String numeroPratica) {
        return schede.findByNumeroPratica(numeroPratica)
                .flatMap(scheda -> cittadini.findById(scheda.getCittadinoId()))
                .map(cittadino -> new ContattiCittadino(
                        cittadino.getNome(), cittadino.getCognome(), cittadino.getTelefono(), cittadino.getEmail()));
    }

    private static Accesso.Esito esitoIniziale(SchedaAccesso scheda) {
        if (scheda.tipoRichiesta() == TipoRichiesta.RISOLVIBILE) {
            return Accesso.Esito.IN_CORSO;
        }
        return scheda.apriPercorso() ? Accesso.Esito.PRESA_IN_CARICO : Accesso.Esito.NON_ADERISCE;
    }
}
