package it.santarzenio.sil.specialistico;

import it.santarzenio.sil.DatiNonValidiException;
import it.santarzenio.sil.specialistico.internal.AttivitaSpecialistica;
import it.santarzenio.sil.specialistico.internal.AttivitaSpecialisticaRepository;
import it.santarzenio.sil.specialistico.internal.Monitoraggio;
import it.santarzenio.sil.specialistico.internal.MonitoraggioRepository;
import it.santarzenio.sil.specialistico.internal.Progetto;
import it.santarzenio.sil.specialistico.internal.ProgettoRepository;
import it.santarzenio.sil.specialistico.internal.Rendicontazione;
import it.santarzenio.sil.specialistico.internal.RendicontazioneRepository;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Fase II: the desk's interviews, then the project from its definition or approval to its final report. */
@Service
@Transactional
public class SpecialisticoService {

    private static final ZoneId ROMA = ZoneId.of("Europe/Rome");
    private static final DateTimeFormatter GIORNO = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ProgettoRepository progetti;
    private final MonitoraggioRepository monitoraggi;
    private final RendicontazioneRepository rendicontazioni;
    private final AttivitaSpecialisticaRepository attivita;
    private final Validator validator;
    private final Clock orologio;
    private final MonitoraggioProperties configurazione;

    SpecialisticoService(
            ProgettoRepository progetti,
            MonitoraggioRepository monitoraggi,
            RendicontazioneRepository rendicontazioni,
            AttivitaSpecialisticaRepository attivita,
            Validator validator,
            Clock orologio,
            MonitoraggioProperties configurazione) {
        this.progetti = progetti;
        this.monitoraggi = monitoraggi;
        this.rendicontazioni = rendicontazioni;
        this.attivita = attivita;
        this.validator = validator;
        this.orologio = orologio;
        this.configurazione = configurazione;
    }

    /** Progetto definito: the project and the cartella sociale were shared with the informative desk. */
    public void condividiProgetto(String numeroPratica, NoteCondivisione note, String operatore) {
        DatiNonValidiException.seNonValido(validator, note);
        annota(numeroPratica, AttivitaSpecialistica.Tipo.CONDIVISIONE_PROGETTO, note.noteCondivisione(), operatore);
    }

    /** Progetto da definire: the case and its materials were shared with the informative desk. */
    public void condividiCaso(String numeroPratica, NoteCondivisione note, String operatore) {
        DatiNonValidiException.seNonValido(validator, note);
        annota(numeroPratica, AttivitaSpecialistica.Tipo.CONDIVISIONE_CASO, note.noteCondivisione(), operatore);
    }

    public void registraOrientamento(String numeroPratica, EsitoOrientamentoSpecialistico esito, String operatore) {
        DatiNonValidiException.seNonValido(validator, esito);
        annota(
                numeroPratica,
                AttivitaSpecialistica.Tipo.ORIENTAMENTO_SPECIALISTICO,
                esito.esitoOrientamento(),
                operatore);
    }

    /** Second-level orientation of a project already defined by the informative desk: the project exists from now. */
    public void definisciProgetto(String numeroPratica, SceltaProgetto scelta, String operatore) {
        DatiNonValidiException.seNonValido(validator, scelta);
        nuovoProgetto(new Progetto(
                numeroPratica,
                true,
                scelta.tipoProgetto(),
                scelta.richiedeAbbinamento(),
                operatore,
                orologio.instant()));
    }

    /** The Cabina di Regia approved the proposal: the project exists from the moment of the decision. */
    public void approvaProgetto(
            String numeroPratica,
            TipoProgetto tipo,
            boolean richiedeAbbinamento,
            String approvatoDa,
            Instant approvatoIl) {
        nuovoProgetto(new Progetto(numeroPratica, false, tipo, richiedeAbbinamento, approvatoDa, approvatoIl));
    }

    public void registraAbbinamento(String numeroPratica, RisultatoAbbinamento risultato, String operatore) {
        DatiNonValidiException.seNonValido(validator, risultato);
        var progetto = progettoDaAvviare(numeroPratica);
        if (!progetto.isRichiedeAbbinamento()) {
            throw new DatiNonValidiException(
                    "Il progetto della pratica " + numeroPratica + " non richiede l'abbinamento con un'offerta.");
        }
        progetto.registraAbbinamento(risultato, operatore, orologio.instant());
    }

    /**
     * Starts the project. The start date cannot precede the day the project was decided (defined or approved) and is
     * at most a year away. The first monitoring is due one interval after the start (or after today, for a start
     * recorded late).
     */
    public ProgettoAvviato avvia(String numeroPratica, AvvioProgetto avvio, String operatore) {
        DatiNonValidiException.seNonValido(validator, avvio);
        var progetto = progettoDaAvviare(numeroPratica);
        LocalDate decisione = LocalDate.ofInstant(progetto.getApprovatoIl(), ROMA);
        if (avvio.dataAvvio().isBefore(decisione)) {
            throw new DatiNonValidiException((progetto.isProgettoDefinito()
                            ? "La data di avvio non può precedere la definizione del progetto ("
                            : "La data di avvio non può precedere l'approvazione della Cabina di Regia (")
                    + GIORNO.format(decisione) + ").");
        }
        if (avvio.dataAvvio().isAfter(LocalDate.now(orologio).plusYears(1))) {
            throw new DatiNonValidiException("La data di avvio non può essere oltre un anno da oggi.");
        }
        Instant adesso = orologio.instant();
        progetto.avvia(avvio.dataAvvio(), avvio.enteOspitante(), operatore, adesso);
        Instant inizio = avvio.dataAvvio().atStartOfDay(ROMA).toInstant();
        return new ProgettoAvviato(progetto.getId(), 1, dopoUnIntervallo(inizio.isAfter(adesso) ? inizio : adesso));
    }

    public MonitoraggioRegistrato registraMonitoraggio(
            String numeroPratica, RilevazioneMonitoraggio rilevazione, String operatore) {
        DatiNonValidiException.seNonValido(validator, rilevazione);
        var progetto = progetto(numeroPratica, "monitorare");
        if (progetto.getStato() != StatoProgetto.IN_CORSO) {
            throw new DatiNonValidiException("Il progetto della pratica " + numeroPratica + " non è in corso (stato "
                    + progetto.getStato() + "): non si può monitorare.");
        }
        Instant adesso = orologio.instant();
        if (progetto.getDataAvvio() != null && LocalDate.ofInstant(adesso, ROMA).isBefore(progetto.getDataAvvio())) {
            throw new DatiNonValidiException("Il progetto della pratica " + numeroPratica + " inizia il "
                    + progetto.getDataAvvio().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                    + ": il monitoraggio si registra da quel giorno in poi.");
        }
        int numero = monitoraggi.countByProgettoId(progetto.getId()) + 1;
        monitoraggi.save(new Monitoraggio(
                progetto.getId(),
                numero,
                rilevazione.statoProgetto(),
                rilevazione.noteMonitoraggio().strip(),
                operatore,
                adesso));
        progetto.aggiornaStato(rilevazione.statoProgetto(), adesso);
        if (rilevazione.statoProgetto().terminato()) {
            return new MonitoraggioRegistrato(numero, rilevazione.statoProgetto(), null, null);
        }
        return new MonitoraggioRegistrato(numero, rilevazione.statoProgetto(), numero + 1, dopoUnIntervallo(adesso));
    }

    /** The final report, once the monitoring said the project is concluded or interrupted. */
    public void rendiconta(String numeroPratica, Rendiconto rendiconto, String operatore) {
        DatiNonValidiException.seNonValido(validator, rendiconto);
        var progetto = progetto(numeroPratica, "rendicontare");
        if (!progetto.getStato().terminato()) {
            throw new DatiNonValidiException("Il progetto della pratica " + numeroPratica + " è nello stato "
                    + progetto.getStato() + ": si rendiconta dopo la conclusione o l'interruzione.");
        }
        if (rendicontazioni.findByProgettoId(progetto.getId()).isPresent()) {
            throw new DatiNonValidiException("Il progetto della pratica " + numeroPratica + " è già rendicontato.");
        }
        rendicontazioni.save(new Rendicontazione(
                progetto.getId(),
                rendiconto.esitoFinale(),
                rendiconto.relazioneFinale().strip(),
                operatore,
                orologio.instant()));
    }

    @Transactional(readOnly = true)
    public Optional<SintesiProgetto> progetto(String numeroPratica) {
        return progetti.findByNumeroPratica(numeroPratica)
                .map(progetto -> new SintesiProgetto(
                        progetto.getNumeroPratica(),
                        progetto.isProgettoDefinito(),
                        progetto.getTipo(),
                        progetto.isRichiedeAbbinamento(),
                        progetto.getStato(),
                        progetto.getApprovatoDa(),
                        progetto.getApprovatoIl(),
                        progetto.getEsitoAbbinamento(),
                        progetto.getOffertaId(),
                        progetto.getEnteOspitante(),
                        progetto.getDataAvvio(),
                        monitoraggi.countByProgettoId(progetto.getId()),
                        rendicontazioni
                                .findByProgettoId(progetto.getId())
                                .map(Rendicontazione::getEsitoFinale)
                                .orElse(null)));
    }

    private void annota(String numeroPratica, AttivitaSpecialistica.Tipo tipo, String testo, String operatore) {
        attivita.save(new AttivitaSpecialistica(numeroPratica, tipo, testo.strip(), operatore, orologio.instant()));
    }

    private void nuovoProgetto(Progetto progetto) {
        if (progetti.findByNumeroPratica(progetto.getNumeroPratica()).isPresent()) {
            throw new DatiNonValidiException(
                    "La pratica " + progetto.getNumeroPratica() + " ha già un progetto: non se ne apre un secondo.");
        }
        progetti.save(progetto);
    }

    private Progetto progetto(String numeroPratica, String azione) {
        return progetti.findByNumeroPratica(numeroPratica)
                .orElseThrow(() -> new DatiNonValidiException("La pratica " + numeroPratica
                        + " non ha un progetto definito o approvato: non c'è nulla da " + azione + "."));
    }

    private Progetto progettoDaAvviare(String numeroPratica) {
        var progetto = progetto(numeroPratica, "avviare");
        if (progetto.getStato() != StatoProgetto.DA_AVVIARE) {
            throw new DatiNonValidiException("Il progetto della pratica " + numeroPratica + " è già avviato.");
        }
        return progetto;
    }

    private Instant dopoUnIntervallo(Instant da) {
        return da.atZone(ROMA).plus(configurazione.intervallo()).toInstant();
    }

    /** The journal and the projects (monitoring and report included) of these cases. */
    @Transactional(readOnly = true)
    public DatiSpecialistici datiPratiche(Collection<String> numeriPratica) {
        var diario = new ArrayList<DatiSpecialistici.AttivitaRegistrata>();
        var progettiRegistrati = new ArrayList<DatiSpecialistici.ProgettoRegistrato>();
        for (String numeroPratica : numeriPratica) {
            attivita.findByNumeroPraticaOrderByRegistrataIl(numeroPratica).stream()
                    .map(voce -> new DatiSpecialistici.AttivitaRegistrata(
                            voce.getNumeroPratica(),
                            voce.getTipo().name(),
                            voce.getTesto(),
                            voce.getOperatore(),
                            voce.getRegistrataIl()))
                    .forEach(diario::add);
            progetti.findByNumeroPratica(numeroPratica).map(this::registrato).ifPresent(progettiRegistrati::add);
        }
        return new DatiSpecialistici(diario, progettiRegistrati);
    }

    /**
     * Replaces the free texts of these cases (journal, matching notes, host organisation, monitoring notes, final
     * report) with placeholders; types, states, outcomes, the accepted offer and the dates stay for the statistics.
     */
    public void anonimizza(Collection<String> numeriPratica) {
        for (String numeroPratica : numeriPratica) {
            attivita.findByNumeroPraticaOrderByRegistrataIl(numeroPratica).forEach(AttivitaSpecialistica::anonimizza);
            progetti.findByNumeroPratica(numeroPratica).ifPresent(progetto -> {
                progetto.anonimizza();
                monitoraggi.findByProgettoIdOrderByNumero(progetto.getId()).forEach(Monitoraggio::anonimizza);
                rendicontazioni.findByProgettoId(progetto.getId()).ifPresent(Rendicontazione::anonimizza);
            });
        }
    }

    private DatiSpecialistici.ProgettoRegistrato registrato(Progetto progetto) {
        return new DatiSpecialistici.ProgettoRegistrato(
                progetto.getNumeroPratica(),
                progetto.isProgettoDefinito(),
                progetto.getTipo(),
                progetto.isRichiedeAbbinamento(),
                progetto.getStato(),
                progetto.getApprovatoDa(),
                progetto.getApprovatoIl(),
                progetto.getEsitoAbbinamento(),
                progetto.getOffertaId(),
                progetto.getNoteAbbinamento(),
                progetto.getAbbinamentoDa(),
                progetto.getAbbinamentoIl(),
                progetto.getEnteOspitante(),
                progetto.getDataAvvio(),
                progetto.getAvviatoDa(),
                progetto.getAvviatoIl(),
                progetto.getTerminatoIl(),
                monitoraggi.findByProgettoIdOrderByNumero(progetto.getId()).stream()
                        .map(monitoraggio -> new DatiSpecialistici.MonitoraggioSvolto(
                                monitoraggio.getNumero(),
                                monitoraggio.getStatoProgetto(),
                                monitoraggio.getNote(),
                                monitoraggio.getOperatore(),
                                monitoraggio.getRegistratoIl()))
                        .toList(),
                rendicontazioni
                        .findByProgettoId(progetto.getId())
                        .map(rendiconto -> new DatiSpecialistici.RendicontazioneRegistrata(
                                rendiconto.getEsitoFinale(),
                                rendiconto.getRelazioneFinale(),
                                rendiconto.getOperatore(),
                                rendiconto.getRegistrataIl()))
                        .orElse(null));
    }
}
