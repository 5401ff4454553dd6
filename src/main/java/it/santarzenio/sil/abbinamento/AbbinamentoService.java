package it.santarzenio.sil.abbinamento;

import it.santarzenio.sil.DatiNonValidiException;
import it.santarzenio.sil.Markdown;
import it.santarzenio.sil.abbinamento.internal.Candidatura;
import it.santarzenio.sil.abbinamento.internal.CandidaturaRepository;
import it.santarzenio.sil.abbinamento.internal.SegnalazioneOfferta;
import it.santarzenio.sil.abbinamento.internal.SegnalazioneOffertaRepository;
import it.santarzenio.sil.accesso.AccessoService;
import it.santarzenio.sil.orientamento.OrientamentoService;
import it.santarzenio.sil.orientamento.ProfiloProfessionale;
import it.santarzenio.sil.specialistico.RisultatoAbbinamento;
import it.santarzenio.sil.specialistico.SpecialisticoService;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matching a case's citizen with the offers of the area: the match profile (the only view of the citizen the partner
 * gets), the wished occupations, the ranked offers and the referrals with their outcomes.
 */
@Service
@Transactional
public class AbbinamentoService {

    private static final String NESSUNA_SEGNALAZIONE = "- Nessuna segnalazione registrata";

    private final AccessoService accessi;
    private final OrientamentoService orientamento;
    private final OfferteService offerte;
    private final SpecialisticoService specialistico;
    private final Cp2021Service cp2021;
    private final CandidaturaRepository candidature;
    private final SegnalazioneOffertaRepository segnalazioni;
    private final Validator validator;
    private final Clock orologio;
    private final String comuneServizio;

    AbbinamentoService(
            AccessoService accessi,
            OrientamentoService orientamento,
            OfferteService offerte,
            SpecialisticoService specialistico,
            Cp2021Service cp2021,
            CandidaturaRepository candidature,
            SegnalazioneOffertaRepository segnalazioni,
            Validator validator,
            Clock orologio,
            @Value("${sil.abbinamento.comune:Sant'Arzenio}") String comuneServizio) {
        this.accessi = accessi;
        this.orientamento = orientamento;
        this.offerte = offerte;
        this.specialistico = specialistico;
        this.cp2021 = cp2021;
        this.candidature = candidature;
        this.segnalazioni = segnalazioni;
        this.validator = validator;
        this.orologio = orologio;
        this.comuneServizio = comuneServizio;
    }

    @Transactional(readOnly = true)
    public ProfiloAbbinamento profilo(String numeroPratica) {
        var contatti =
                accessi.contatti(numeroPratica).orElseThrow(() -> new PraticaSconosciutaException(numeroPratica));
        var professionale = orientamento
                .profiloProfessionale(numeroPratica)
                .orElse(new ProfiloProfessionale(null, null, null, null));
        var candidatura = candidature.findById(numeroPratica);
        var codici = candidatura.map(Candidatura::getProfessioniDesiderate).orElseGet(TreeSet::new);
        var professioni = cp2021.professioni(codici);
        return new ProfiloAbbinamento(
                numeroPratica,
                contatti.nome(),
                contatti.cognome(),
                contatti.telefono(),
                contatti.email(),
                professionale.titoloStudio(),
                professionale.storiaProfessionale(),
                professionale.competenzeDigitali(),
                codici.stream().map(professioni::get).toList(),
                candidatura.map(Candidatura::getPatente).orElse(null),
                candidatura.map(Candidatura::getComune).orElse(comuneServizio));
    }

    /** Records the wished occupations (existing CP2021 codes, any level) and what else matching should know. */
    public ProfiloAbbinamento impostaCandidatura(String numeroPratica, DatiCandidatura dati, String operatore) {
        DatiNonValidiException.seNonValido(validator, dati);
        accessi.contatti(numeroPratica).orElseThrow(() -> new PraticaSconosciutaException(numeroPratica));
        var codici = dati.professioniDesiderate().stream()
                .map(String::strip)
                .distinct()
                .toList();
        var conosciute = cp2021.professioni(codici);
        var errori = new ArrayList<String>();
        codici.stream()
                .filter(codice -> !conosciute.containsKey(codice))
                .forEach(codice ->
                        errori.add("Il codice CP2021 «" + codice + "» non è nella classificazione delle professioni."));
        if (!errori.isEmpty()) {
            throw new DatiNonValidiException(errori);
        }
        var candidatura = candidature.findById(numeroPratica).orElseGet(() -> new Candidatura(numeroPratica));
        candidatura.aggiorna(codici, dati.patente(), dati.comune(), operatore, orologio.instant());
        candidature.save(candidatura);
        return profilo(numeroPratica);
    }

    /** The offers that can be proposed today, best first, each with its score and reasons. */
    @Transactional(readOnly = true)
    public List<OffertaValutata> proposte(String numeroPratica) {
        return classifica(profilo(numeroPratica));
    }

    public Segnalazione segnala(String numeroPratica, NuovaSegnalazione segnalazione, String operatore) {
        DatiNonValidiException.seNonValido(validator, segnalazione);
        accessi.contatti(numeroPratica).orElseThrow(() -> new PraticaSconosciutaException(numeroPratica));
        if (segnalazione.data().isAfter(LocalDate.now(orologio))) {
            throw new DatiNonValidiException(
                    "La data della segnalazione (" + segnalazione.data() + ") non può essere futura.");
        }
        var offerta = offertaEsistente(segnalazione.offertaId());
        var salvata = segnalazioni.save(new SegnalazioneOfferta(
                numeroPratica,
                offerta.id(),
                segnalazione.data(),
                segnalazione.esito(),
                segnalazione.motivo(),
                operatore,
                orologio.instant()));
        return vista(salvata, offerta);
    }

    @Transactional(readOnly = true)
    public List<Segnalazione> segnalazioni(String numeroPratica) {
        accessi.contatti(numeroPratica).orElseThrow(() -> new PraticaSconosciutaException(numeroPratica));
        return segnalazioni.findByNumeroPraticaOrderByDataAscIdAsc(numeroPratica).stream()
                .map(segnalazione -> vista(segnalazione, offerte.dettaglio(segnalazione.getOffertaId())))
                .toList();
    }

    /**
     * The best {@code quante} offers for the form of the matching task. A case without a match profile (not taken in
     * charge) gets no choice and a sentence saying so, rather than a task that cannot be created.
     */
    @Transactional(readOnly = true)
    public PropostePerModulo proposteDaScegliere(String numeroPratica, int quante) {
        if (accessi.contatti(numeroPratica).isEmpty()) {
            return new PropostePerModulo(
                    List.of(),
                    "- Nessun profilo di abbinamento per la pratica " + numeroPratica,
                    "",
                    NESSUNA_SEGNALAZIONE);
        }
        var profilo = profilo(numeroPratica);
        var proposte = classifica(profilo).stream().limit(quante).toList();
        var giaSegnalate = segnalazioni(numeroPratica);
        var scelte = new ArrayList<Map<String, String>>();
        proposte.forEach(valutata -> scelte.add(scelta(valutata.offerta().id(), etichetta(valutata))));
        // An offer already referred stays a choice, to record what came of it, even when closed or expired since; its
        // label says the last outcome.
        var ultimaPerOfferta = new LinkedHashMap<Long, Segnalazione>();
        giaSegnalate.forEach(segnalazione -> ultimaPerOfferta.put(segnalazione.offertaId(), segnalazione));
        proposte.forEach(valutata -> ultimaPerOfferta.remove(valutata.offerta().id()));
        ultimaPerOfferta
                .values()
                .forEach(segnalazione -> scelte.add(scelta(
                        segnalazione.offertaId(),
                        "n. " + segnalazione.offertaId() + " " + segnalazione.titoloOfferta() + " - "
                                + segnalazione.datoreLavoro() + " (già segnalata: "
                                + segnalazione.esito().etichetta() + ")")));
        var motivi = proposte.isEmpty()
                ? "- Nessuna offerta aperta e in corso di validità"
                : proposte.stream()
                        .map(valutata -> "- **" + Markdown.letterale(etichetta(valutata)) + "**: "
                                + Markdown.letterale(String.join("; ", valutata.motivi())))
                        .collect(Collectors.joining("\n"));
        return new PropostePerModulo(scelte, motivi, inMarkdown(profilo), sintesi(giaSegnalate));
    }

    /**
     * The referrals of a case as a Markdown list for the specialist desk's forms (outcome and reason of each, what was
     * typed made literal), or a sentence saying there were none.
     */
    @Transactional(readOnly = true)
    public String sintesiSegnalazioni(String numeroPratica) {
        if (accessi.contatti(numeroPratica).isEmpty()) {
            return NESSUNA_SEGNALAZIONE;
        }
        return sintesi(segnalazioni(numeroPratica));
    }

    private static String sintesi(List<Segnalazione> elenco) {
        return elenco.isEmpty()
                ? NESSUNA_SEGNALAZIONE
                : elenco.stream()
                        .map(segnalazione -> "- " + segnalazione.inUnaRiga())
                        .collect(Collectors.joining("\n"));
    }

    private List<OffertaValutata> classifica(ProfiloAbbinamento profilo) {
        return ValutazioneAbbinamento.classifica(profilo, offerte.proponibili(), LocalDate.now(orologio));
    }

    /**
     * Task_AbbinamentoDomandaOfferta completed: an accepted offer must exist; the outcome goes to the project, and the
     * referrals come back as a Markdown list for the specialist desk's forms.
     */
    public String registraEsito(String numeroPratica, RisultatoAbbinamento risultato, String operatore) {
        DatiNonValidiException.seNonValido(validator, risultato);
        if (risultato.accettata()) {
            try {
                offerte.dettaglio(risultato.offertaId());
            } catch (OffertaNonTrovataException e) {
                throw new DatiNonValidiException("L'offerta " + risultato.offertaId()
                        + " indicata come accettata non esiste: sceglierla tra quelle proposte.");
            }
        }
        specialistico.registraAbbinamento(numeroPratica, risultato, operatore);
        return sintesiSegnalazioni(numeroPratica);
    }

    private static Map<String, String> scelta(Long offertaId, String etichetta) {
        return Map.of("label", etichetta, "value", String.valueOf(offertaId));
    }

    private static String etichetta(OffertaValutata valutata) {
        var offerta = valutata.offerta();
        return "n. " + offerta.id() + " " + offerta.titolo() + " - " + offerta.datoreLavoro() + ", " + offerta.comune()
                + " (punteggio " + valutata.punteggio() + ", fino al " + offerta.validaAl() + ")";
    }

    private static String inMarkdown(ProfiloAbbinamento profilo) {
        var righe = new ArrayList<String>();
        righe.add("- Contatti: "
                + Stream.of(profilo.telefono(), profilo.email())
                        .filter(contatto -> contatto != null && !contatto.isBlank())
                        .collect(Collectors.joining(", "))
                        .transform(contatti -> contatti.isEmpty() ? "non indicati" : Markdown.letterale(contatti)));
        righe.add("- Titolo di studio: " + nonRilevato(profilo.titoloStudio()));
        righe.add("- Competenze digitali: " + nonRilevato(profilo.competenzeDigitali()));
        righe.add("- Esperienza: " + nonRilevato(profilo.esperienzaProfessionale()));
        righe.add("- Professioni desiderate: "
                + (profilo.professioniDesiderate().isEmpty()
                        ? "non indicate"
                        : profilo.professioniDesiderate().stream()
                                .map(professione ->
                                        professione.codice() + " " + Markdown.letterale(professione.denominazione()))
                                .collect(Collectors.joining("; "))));
        righe.add("- Patente: " + (profilo.patente() == null ? "da verificare" : profilo.patente() ? "sì" : "no"));
        righe.add("- Comune di ricerca: " + nonRilevato(profilo.comune()));
        return String.join("\n", righe);
    }

    private static String nonRilevato(Object valore) {
        return valore == null ? "non rilevato" : Markdown.letterale(valore.toString());
    }

    private SchedaOfferta offertaEsistente(Long offertaId) {
        try {
            return offerte.dettaglio(offertaId);
        } catch (OffertaNonTrovataException e) {
            throw new DatiNonValidiException("L'offerta " + offertaId + " non esiste.");
        }
    }

    private static Segnalazione vista(SegnalazioneOfferta segnalazione, SchedaOfferta offerta) {
        return new Segnalazione(
                segnalazione.getId(),
                offerta.id(),
                offerta.titolo(),
                offerta.datoreLavoro(),
                segnalazione.getData(),
                segnalazione.getEsito(),
                segnalazione.getMotivo(),
                segnalazione.getOperatore());
    }

    /** The wished occupations and the referrals of these cases, for the data subject's right of access. */
    @Transactional(readOnly = true)
    public List<DatiAbbinamento> datiPratiche(Collection<String> numeriPratica) {
        var dati = new ArrayList<DatiAbbinamento>();
        for (String numeroPratica : numeriPratica) {
            var candidatura = candidature.findById(numeroPratica);
            var riferite = segnalazioni.findByNumeroPraticaOrderByDataAscIdAsc(numeroPratica).stream()
                    .map(segnalazione -> vista(segnalazione, offerte.dettaglio(segnalazione.getOffertaId())))
                    .toList();
            if (candidatura.isEmpty() && riferite.isEmpty()) {
                continue;
            }
            var codici = candidatura.map(Candidatura::getProfessioniDesiderate).orElseGet(TreeSet::new);
            var professioni = cp2021.professioni(codici);
            dati.add(new DatiAbbinamento(
                    numeroPratica,
                    codici.stream().map(professioni::get).toList(),
                    candidatura.map(Candidatura::getPatente).orElse(null),
                    candidatura.map(Candidatura::getComune).orElse(null),
                    candidatura.map(Candidatura::getAggiornataDa).orElse(null),
                    candidatura.map(Candidatura::getAggiornataIl).orElse(null),
                    riferite));
        }
        return dati;
    }

    /**
     * Replaces the free texts of these cases' matching (the comune typed for the search, the referrals' reasons) with
     * placeholders; wished occupations, licence, offers, dates and outcomes stay for the statistics.
     */
    public void anonimizza(Collection<String> numeriPratica) {
        for (String numeroPratica : numeriPratica) {
            candidature.findById(numeroPratica).ifPresent(Candidatura::anonimizza);
            segnalazioni.findByNumeroPraticaOrderByDataAscIdAsc(numeroPratica).forEach(SegnalazioneOfferta::anonimizza);
        }
    }
}
