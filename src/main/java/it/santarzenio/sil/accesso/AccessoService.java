package it.santarzenio.sil.accesso;

import it.santarzenio.sil.DatiNonValidiException;
import it.santarzenio.sil.accesso.internal.Accesso;
import it.santarzenio.sil.accesso.internal.AccessoRepository;
import it.santarzenio.sil.accesso.internal.Cittadino;
import it.santarzenio.sil.accesso.internal.CittadinoRepository;
import it.santarzenio.sil.accesso.internal.NumeratorePratiche;
import it.santarzenio.sil.accesso.internal.SchedaUtente;
import it.santarzenio.sil.accesso.internal.SchedaUtenteRepository;
import it.santarzenio.sil.audit.AuditService;
import it.santarzenio.sil.audit.Azione;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Limit;
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
    private final AuditService audit;

    AccessoService(
            CittadinoRepository cittadini,
            AccessoRepository accessi,
            SchedaUtenteRepository schede,
            NumeratorePratiche numeratore,
            Validator validator,
            Clock orologio,
            AuditService audit) {
        this.cittadini = cittadini;
        this.accessi = accessi;
        this.schede = schede;
        this.numeratore = numeratore;
        this.validator = validator;
        this.orologio = orologio;
        this.audit = audit;
    }

    public String nuovoNumeroPratica() {
        return numeratore.prossimo();
    }

    /**
     * Records the visit in the registro accessi and finds or creates the citizen. The codice fiscale must agree with
     * surname, name and date of birth, and with the sex when given (not the comune part: {@link DatiDelCodiceFiscale}).
     * A citizen who already has an open path cannot open a second one; a quick request is recorded anyway.
     */
    public AccessoRegistrato registra(SchedaAccesso scheda, String numeroPratica, String operatore) {
        DatiNonValidiException.seNonValido(validator, scheda);
        // Whatever the entry (Tasklist's form, the engine's REST start, a test seeding data): without a typed sex
        // (an API client of the older contract) every other part is still checked; the code then decides the sex.
        var incongruenze = DatiDelCodiceFiscale.incongruenze(
                scheda.codiceFiscale(), scheda.cognome(), scheda.nome(), scheda.dataNascita(), scheda.sesso());
        if (!incongruenze.isEmpty()) {
            throw new DatiNonValidiException(incongruenze);
        }
        Instant adesso = orologio.instant();
        String codiceFiscale = CodiceFiscale.of(scheda.codiceFiscale()).valore();
        var esistente = cittadini.findByCodiceFiscale(codiceFiscale);
        Cittadino cittadino = esistente.orElseGet(() -> new Cittadino(codiceFiscale, adesso));
        cittadino.aggiorna(
                scheda.nome(), scheda.cognome(), scheda.dataNascita(), scheda.telefono(), scheda.email(), adesso);
        cittadino = cittadini.save(cittadino);
        audit.registra(
                operatore,
                esistente.isPresent() ? Azione.MODIFICA : Azione.CREAZIONE,
                "cittadino",
                cittadino.getId(),
                cittadino.getId(),
                "scheda d'accesso della pratica " + numeroPratica);
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

    /**
     * Early closure by a desk: the path ends with CHIUSURA_ANTICIPATA, the reason and the note, and the citizen is free
     * to open a new one at once; a quick request still waiting for its answer ends too.
     */
    public void chiudiAnticipatamente(String numeroPratica, MotivoChiusura motivo, String nota) {
        Instant adesso = orologio.instant();
        schede.findByNumeroPratica(numeroPratica)
                .filter(SchedaUtente::aperta)
                .ifPresent(scheda -> scheda.chiudiAnticipatamente(motivo, nota, adesso));
        accessi.findByNumeroPratica(numeroPratica)
                .forEach(accesso -> accesso.chiudiSeInCorso(Accesso.Esito.CHIUSURA_ANTICIPATA));
    }

    /** An administrator cancelled the case's instance: its path, or its quick request, ends as ANNULLATO. */
    public void annulla(String numeroPratica) {
        chiudiPercorso(numeroPratica, EsitoPercorso.ANNULLATO);
        accessi.findByNumeroPratica(numeroPratica).forEach(accesso -> accesso.chiudiSeInCorso(Accesso.Esito.ANNULLATO));
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

    /**
     * An audit row about a case (a read or a change of its citizen's data), naming the citizen by id only: the trail
     * must outlive their anonymisation. In the caller's transaction, if any.
     */
    public void registraEventoDellaPratica(
            String utente, Azione azione, String entita, Object entitaId, String numeroPratica, String dettaglio) {
        audit.registra(
                utente,
                azione,
                entita,
                entitaId,
                idCittadinoDellaPratica(numeroPratica).orElse(null),
                dettaglio);
    }

    /**
     * The id of the citizen of a case, for an audit row that must name them without their personal data: from the
     * scheda utente of a case taken in charge, else from the access that opened the case (a quick request).
     */
    @Transactional(readOnly = true)
    public Optional<Long> idCittadinoDellaPratica(String numeroPratica) {
        return schede.findByNumeroPratica(numeroPratica)
                .map(SchedaUtente::getCittadinoId)
                .or(() -> accessi.findByNumeroPratica(numeroPratica).stream()
                        .findFirst()
                        .map(Accesso::getCittadinoId));
    }

    /** Everything held about the citizen with this code, for the data subject's right of access. */
    @Transactional(readOnly = true)
    public Optional<DatiCittadino> datiCittadino(String codiceFiscale) {
        return cittadini
                .findByCodiceFiscale(CodiceFiscale.normalizza(codiceFiscale))
                .map(cittadino -> {
                    var registro = accessi.findByCittadinoIdOrderByRegistratoIlDesc(cittadino.getId()).stream()
                            .map(a -> new DatiCittadino.AccessoDelCittadino(
                                    a.getNumeroPratica(),
                                    a.getRegistratoIl(),
                                    a.getOperatore(),
                                    a.getBisognoEspresso(),
                                    a.getTipoRichiesta(),
                                    a.getAderisceOrientamento(),
                                    a.getEsito().name(),
                                    a.getRispostaFornita()))
                            .toList();
                    var schedeUtente = schede.findByCittadinoIdOrderByApertaIl(cittadino.getId()).stream()
                            .map(s -> new DatiCittadino.SchedaUtenteDelCittadino(
                                    s.getNumeroPratica(),
                                    s.getApertaIl(),
                                    s.getOperatore(),
                                    s.getChiusaIl(),
                                    s.getEsitoPercorso()))
                            .toList();
                    return new DatiCittadino(
                            cittadino.getId(),
                            cittadino.getCodiceFiscale(),
                            cittadino.getNome(),
                            cittadino.getCognome(),
                            cittadino.getDataNascita(),
                            cittadino.getTelefono(),
                            cittadino.getEmail(),
                            cittadino.getRegistratoIl(),
                            cittadino.getAggiornatoIl(),
                            registro,
                            schedeUtente);
                });
    }

    /** Everything held about the citizen of a case (taken in charge, or a quick request); empty for an unknown case. */
    @Transactional(readOnly = true)
    public Optional<DatiCittadino> datiCittadinoDellaPratica(String numeroPratica) {
        return idCittadinoDellaPratica(numeroPratica)
                .flatMap(cittadini::findById)
                .flatMap(cittadino -> datiCittadino(cittadino.getCodiceFiscale()));
    }

    /**
     * The citizens whose surname, name or codice fiscale have a word starting with each word typed, whatever the
     * case and the accents: "ross mar" finds Mario Rossi and Marta De Rossi. At most {@code quanti}, by surname and
     * name; a word of one letter is too vague and is ignored, and so is a query with none left.
     */
    @Transactional(readOnly = true)
    public List<DatiCittadino> cerca(String testo, int quanti) {
        var parole = ChiaviRicerca.diRicerca(testo).stream()
                .filter(parola -> parola.length() >= 2)
                .toList();
        if (parole.isEmpty()) {
            return List.of();
        }
        String p1 = parole.get(0);
        String p2 = parole.size() > 1 ? parole.get(1) : p1;
        String p3 = parole.size() > 2 ? parole.get(2) : p1;
        var ids = cittadini.cercaPerChiavi(
                p1,
                ChiaviRicerca.finePrefisso(p1),
                p2,
                ChiaviRicerca.finePrefisso(p2),
                p3,
                ChiaviRicerca.finePrefisso(p3),
                quanti);
        return cittadini.findAllById(ids).stream()
                .sorted(Comparator.comparing(Cittadino::getCognome)
                        .thenComparing(Cittadino::getNome)
                        .thenComparing(Cittadino::getId))
                .map(cittadino -> datiCittadino(cittadino.getCodiceFiscale()).orElseThrow())
                .toList();
    }

    /** The id of the citizen with this code, if known. */
    @Transactional(readOnly = true)
    public Optional<Long> idCittadino(String codiceFiscale) {
        return cittadini
                .findByCodiceFiscale(CodiceFiscale.normalizza(codiceFiscale))
                .map(Cittadino::getId);
    }

    /** An open path, or a quick request still waiting for its answer. */
    @Transactional(readOnly = true)
    public boolean haPraticheAperte(Long cittadinoId) {
        return schede.findByCittadinoIdAndChiusaIlIsNull(cittadinoId).isPresent()
                || accessi.findByCittadinoIdOrderByRegistratoIlDesc(cittadinoId).stream()
                        .anyMatch(accesso -> accesso.getEsito() == Accesso.Esito.IN_CORSO);
    }

    /**
     * Replaces the citizen's identity, contacts and free texts with placeholders; keeps the enumerations, the dates
     * and the year of birth that the statistics need. The caller checks that no case is open.
     */
    public void anonimizza(Long cittadinoId) {
        var cittadino = cittadini.getReferenceById(cittadinoId);
        cittadino.anonimizza(orologio.instant());
        accessi.findByCittadinoIdOrderByRegistratoIlDesc(cittadinoId).forEach(Accesso::anonimizza);
        schede.findByCittadinoIdOrderByApertaIl(cittadinoId).forEach(SchedaUtente::anonimizza);
    }

    /**
     * Retention: up to {@code quanti} citizens with id above {@code dopoId}, by id, not anonymised, with no open path
     * and no pending request, whose last contact (last access or last case closed) came before {@code limite}.
     */
    @Transactional(readOnly = true)
    public List<Long> conservazioneScaduta(Instant limite, long dopoId, int quanti) {
        return cittadini.conservazioneScaduta(limite, dopoId, Accesso.Esito.IN_CORSO, Limit.of(quanti));
    }

    /**
     * Locks the citizen's row until the caller's transaction ends, then says whether the retention period is still
     * over for them: between the list and this call the citizen may have come back, or another node may have
     * anonymised them already.
     */
    public boolean bloccaSeConservazioneScaduta(Long cittadinoId, Instant limite) {
        var cittadino = cittadini.bloccaPerId(cittadinoId).orElse(null);
        if (cittadino == null
                || cittadino.anonimizzato()
                || !cittadino.getAggiornatoIl().isBefore(limite)) {
            return false;
        }
        boolean pratichePiuRecenti = schede.findByCittadinoIdOrderByApertaIl(cittadinoId).stream()
                .anyMatch(scheda -> scheda.aperta() || !scheda.getChiusaIl().isBefore(limite));
        return !pratichePiuRecenti && !haPraticheAperte(cittadinoId);
    }

    /** The case numbers of the citizen's accesses, newest first. */
    @Transactional(readOnly = true)
    public List<String> numeriPratica(Long cittadinoId) {
        return accessi.findByCittadinoIdOrderByRegistratoIlDesc(cittadinoId).stream()
                .map(Accesso::getNumeroPratica)
                .distinct()
                .toList();
    }

    private static Accesso.Esito esitoIniziale(SchedaAccesso scheda) {
        if (scheda.tipoRichiesta() == TipoRichiesta.RISOLVIBILE) {
            return Accesso.Esito.IN_CORSO;
        }
        return scheda.apriPercorso() ? Accesso.Esito.PRESA_IN_CARICO : Accesso.Esito.NON_ADERISCE;
    }
}
