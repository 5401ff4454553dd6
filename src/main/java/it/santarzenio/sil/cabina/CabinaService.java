package it.santarzenio.sil.cabina;

import it.santarzenio.sil.DatiNonValidiException;
import it.santarzenio.sil.cabina.internal.Decisione;
import it.santarzenio.sil.cabina.internal.DecisioneRepository;
import it.santarzenio.sil.cabina.internal.PropostaVersione;
import it.santarzenio.sil.cabina.internal.PropostaVersioneRepository;
import it.santarzenio.sil.cabina.internal.Sollecito;
import it.santarzenio.sil.cabina.internal.SollecitoRepository;
import it.santarzenio.sil.specialistico.SpecialisticoService;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Cabina di Regia's work on the proposals of a case: versions, decisions, reminders. At most one version awaits a
 * decision at a time; a new version is presented only after a "da rivedere".
 */
@Service
@Transactional
public class CabinaService {

    private static final Logger log = LoggerFactory.getLogger(CabinaService.class);
    private static final ZoneId ROMA = ZoneId.of("Europe/Rome");

    private final PropostaVersioneRepository proposte;
    private final DecisioneRepository decisioni;
    private final SollecitoRepository solleciti;
    private final SpecialisticoService specialistico;
    private final Validator validator;
    private final Clock orologio;
    private final CabinaProperties configurazione;
    private final PostinoSolleciti postino;

    CabinaService(
            PropostaVersioneRepository proposte,
            DecisioneRepository decisioni,
            SollecitoRepository solleciti,
            SpecialisticoService specialistico,
            Validator validator,
            Clock orologio,
            CabinaProperties configurazione,
            PostinoSolleciti postino) {
        this.proposte = proposte;
        this.decisioni = decisioni;
        this.solleciti = solleciti;
        this.specialistico = specialistico;
        this.validator = validator;
        this.orologio = orologio;
        this.configurazione = configurazione;
        this.postino = postino;
    }

    /** Presents a new version of the proposal, due for decision within sil.cabina.scadenza-approvazione. */
    public PropostaPresentata presenta(String numeroPratica, PropostaProgettuale proposta, String operatore) {
        DatiNonValidiException.seNonValido(validator, proposta);
        var precedenti = storico(numeroPratica);
        if (!precedenti.isEmpty()) {
            var ultima = precedenti.get(precedenti.size() - 1);
            if (!ultima.decisa()) {
                throw new DatiNonValidiException("La versione " + ultima.versione() + " della proposta della pratica "
                        + numeroPratica + " attende ancora la decisione della Cabina di Regia.");
            }
            if (ultima.decisione() != DecisioneCabina.DA_RIVEDERE) {
                throw new DatiNonValidiException("La proposta della pratica " + numeroPratica + " è già stata "
                        + StoricoInTesto.etichetta(ultima.decisione()) + ": non si presenta una nuova versione.");
            }
        }
        Instant adesso = orologio.instant();
        Instant scadenza =
                adesso.atZone(ROMA).plus(configurazione.scadenzaApprovazione()).toInstant();
        var presentata = proposte.saveAndFlush(new PropostaVersione(
                numeroPratica,
                precedenti.size() + 1,
                proposta.propostaProgettuale().strip(),
                proposta.tipoProgetto(),
                proposta.richiedeAbbinamento(),
                operatore,
                adesso,
                scadenza));
        return new PropostaPresentata(
                presentata.getId(),
                presentata.getVersione(),
                scadenza,
                configurazione.scadenzaApprovazione(),
                StoricoInTesto.markdown(precedenti));
    }

    /** Decides on the version awaiting a decision; an approval creates the project to start. */
    public DecisioneRegistrata decidi(String numeroPratica, Deliberazione deliberazione, String operatore) {
        DatiNonValidiException.seNonValido(validator, deliberazione);
        var proposta = inAttesa(numeroPratica);
        Instant adesso = orologio.instant();
        String motivazione = deliberazione.motivazioneCabina() == null
                        || deliberazione.motivazioneCabina().isBlank()
                ? null
                : deliberazione.motivazioneCabina().strip();
        decisioni.saveAndFlush(
                new Decisione(proposta.getId(), deliberazione.decisioneCabina(), motivazione, operatore, adesso));
        if (deliberazione.decisioneCabina() == DecisioneCabina.APPROVATA) {
            specialistico.approvaProgetto(
                    numeroPratica, proposta.getTipoProgetto(), proposta.isRichiedeAbbinamento(), operatore, adesso);
        }
        return new DecisioneRegistrata(
                proposta.getVersione(), deliberazione.decisioneCabina(), motivazione, operatore, adesso);
    }

    /**
     * Records that the decision on the pending version is overdue and tells the managers: by e-mail when a mail
     * server is configured, always in the log and in the case's records (ADR 0006).
     */
    public SollecitoRegistrato sollecita(String numeroPratica, List<Responsabile> responsabili) {
        var proposta = inAttesa(numeroPratica);
        Instant adesso = orologio.instant();
        String elenco = responsabili.isEmpty()
                ? "(nessun responsabile nel gruppo responsabili)"
                : responsabili.stream().map(Responsabile::toString).collect(Collectors.joining(", "));
        solleciti.save(
                new Sollecito(proposta.getId(), adesso, elenco.length() > 4000 ? elenco.substring(0, 4000) : elenco));
        boolean email = postino.invia(numeroPratica, proposta.getVersione(), proposta.getScadenzaIl(), responsabili);
        log.warn(
                "Cabina di Regia: la decisione sulla versione {} della proposta della pratica {} era attesa entro il {}"
                        + " ed è in ritardo. Sollecito ai responsabili ({}): {}",
                proposta.getVersione(),
                numeroPratica,
                proposta.getScadenzaIl(),
                email ? "inviato per e-mail" : "nessuna e-mail inviata",
                elenco);
        return new SollecitoRegistrato(proposta.getVersione(), proposta.getScadenzaIl(), adesso, elenco, email);
    }

    /** Every version of the proposal of a case, oldest first, each with its decision when taken. */
    @Transactional(readOnly = true)
    public List<VersioneProposta> storico(String numeroPratica) {
        return proposte.findByNumeroPraticaOrderByVersione(numeroPratica).stream()
                .map(this::vista)
                .toList();
    }

    private PropostaVersione inAttesa(String numeroPratica) {
        return proposte.findFirstByNumeroPraticaOrderByVersioneDesc(numeroPratica)
                .filter(proposta -> decisioni.findByPropostaId(proposta.getId()).isEmpty())
                .orElseThrow(() -> new DatiNonValidiException(
                        "Per la pratica " + numeroPratica + " nessuna proposta attende la decisione della Cabina."));
    }

    private VersioneProposta vista(PropostaVersione proposta) {
        var decisione = decisioni.findByPropostaId(proposta.getId());
        return new VersioneProposta(
                proposta.getVersione(),
                proposta.getTesto(),
                proposta.getTipoProgetto(),
                proposta.isRichiedeAbbinamento(),
                proposta.getPresentataDa(),
                proposta.getPresentataIl(),
                proposta.getScadenzaIl(),
                decisione.map(Decisione::getEsito).orElse(null),
                decisione.map(Decisione::getMotivazione).orElse(null),
                decisione.map(Decisione::getDecisaDa).orElse(null),
                decisione.map(Decisione::getDecisaIl).orElse(null),
                solleciti.countByPropostaId(proposta.getId()));
    }

    /** Every version of the proposals of these cases with its decision, for the data subject's right of access. */
    @Transactional(readOnly = true)
    public List<ProposteDellaPratica> datiPratiche(Collection<String> numeriPratica) {
        return numeriPratica.stream()
                .map(numeroPratica -> new ProposteDellaPratica(numeroPratica, storico(numeroPratica)))
                .filter(proposte -> !proposte.versioni().isEmpty())
                .toList();
    }

    /**
     * Replaces the proposals' texts and the committee's reasons of these cases with placeholders; versions, project
     * types, decisions, deciders and dates stay for the statistics. The reminders name managers, not the citizen.
     */
    public void anonimizza(Collection<String> numeriPratica) {
        for (String numeroPratica : numeriPratica) {
            for (var proposta : proposte.findByNumeroPraticaOrderByVersione(numeroPratica)) {
                proposta.anonimizza();
                decisioni.findByPropostaId(proposta.getId()).ifPresent(Decisione::anonimizza);
            }
        }
    }
}
