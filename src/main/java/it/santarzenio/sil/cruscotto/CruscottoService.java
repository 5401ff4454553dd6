package it.santarzenio.sil.cruscotto;

import it.santarzenio.sil.agenda.AgendaService;
import it.santarzenio.sil.agenda.Sportello;
import it.santarzenio.sil.cruscotto.internal.FigureDominio;
import it.santarzenio.sil.verifica.CondizioneVerifica;
import it.santarzenio.sil.verifica.VerificaEsitiProperties;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Cruscotto of the responsabili: the figures of a period from the domain tables, what is open and late now from
 * the engine ({@link CompitiInCorso}). Every figure is an aggregate the database computes. The two costliest groups,
 * the GOL indicators and the durations, run on connections of their own beside the rest (ADR 0012): the Cruscotto
 * waits for its slowest group, not for the sum of them.
 */
@Service
public class CruscottoService {

    /** The late tasks the Cruscotto lists; the counts cover them all. */
    static final int COMPITI_IN_ELENCO = 200;

    static final List<String> ESITI_CABINA = List.of("APPROVATA", "DA_RIVEDERE", "RESPINTA");
    static final List<String> TIPI_PROGETTO = List.of("LAVORO", "TIROCINIO", "FORMAZIONE", "AUTOIMPIEGO", "INCLUSIONE");
    static final List<String> ESITI_FINALI =
            List.of("OCCUPATO", "TIROCINIO_CONCLUSO", "FORMAZIONE_CONCLUSA", "INTERROTTO", "ALTRO");
    static final List<String> PERCORSI_GOL =
            List.of("REINSERIMENTO", "AGGIORNAMENTO", "RIQUALIFICAZIONE", "INCLUSIONE", "NON_PROFILATO");
    static final List<String> ESITI_PERCORSO = List.of(
            "RICHIESTA_EVASA",
            "NON_ADERISCE",
            "ABBANDONO",
            "ORIENTAMENTO_CONCLUSO",
            "PROPOSTA_RESPINTA",
            "PROGETTO_CONCLUSO");
    static final String MONITORAGGIO = "Task_Monitoraggio";
    static final List<String> CONDIZIONI_VERIFICA = Arrays.stream(CondizioneVerifica.values())
            .map(CondizioneVerifica::name)
            .toList();

    private final FigureDominio figure;
    private final CompitiInCorso compiti;
    private final AgendaService agenda;
    private final Clock orologio;
    private final VerificaEsitiProperties intervalli;
    private final Executor esecutore;
    private final TransactionTemplate transazione;

    CruscottoService(
            FigureDominio figure,
            CompitiInCorso compiti,
            AgendaService agenda,
            Clock orologio,
            VerificaEsitiProperties intervalli,
            @Qualifier(EsecutoreCruscotto.NOME) Executor esecutore,
            PlatformTransactionManager transazioni) {
        this.figure = figure;
        this.compiti = compiti;
        this.agenda = agenda;
        this.orologio = orologio;
        this.intervalli = intervalli;
        this.esecutore = esecutore;
        this.transazione = new TransactionTemplate(transazioni);
        transazione.setReadOnly(true);
    }

    public LocalDate oggi() {
        return LocalDate.now(orologio.withZone(Periodo.ROMA));
    }

    @Transactional(readOnly = true)
    public Cruscotto calcola(Periodo periodo) {
        var inizio = periodo.inizio();
        var fine = periodo.fine();
        var adesso = orologio.instant();
        figure.pianiPerIlPeriodo();
        var gol = inParallelo(() -> indicatori(figure.indicatoriGol(inizio, fine)));
        var durate = inParallelo(() -> new Cruscotto.Durate(
                figure.accessoAssessment(inizio, fine),
                figure.presaInCaricoInvioSpecialistico(inizio, fine),
                figure.propostaDecisionePerVersione(inizio, fine),
                figure.progetto(inizio, fine),
                figure.percorso(inizio, fine)));
        long[] accessi = figure.accessiERichiesteEvase(inizio, fine);
        var capacita = new LinkedHashMap<String, Cruscotto.Capacita>();
        for (Sportello sportello : Sportello.values()) {
            capacita.put(
                    sportello.name(),
                    figure.capacita(
                            sportello.name(),
                            agenda.slotOfferti(sportello, periodo.dal(), periodo.al()),
                            inizio,
                            fine));
        }
        return new Cruscotto(
                periodo,
                adesso,
                accessi[0],
                accessi[1],
                figure.presiInCarico(inizio, fine),
                figure.inviiSpecialistico(inizio, fine),
                figure.proposte(inizio, fine),
                conTutti(ESITI_CABINA, figure.decisioniCabina(inizio, fine)),
                conTutti(TIPI_PROGETTO, figure.progettiAvviati(inizio, fine)),
                conTutti(ESITI_FINALI, figure.progettiConclusi(inizio, fine)),
                conTutti(ESITI_PERCORSO, figure.casiChiusi(inizio, fine)),
                verificheEsiti(figure.verificheEsiti(inizio, fine)),
                casiAperti(),
                new Cruscotto.Scaduti(
                        figure.appuntamentiSenzaEsito(adesso),
                        figure.decisioniCabinaOltreScadenza(adesso),
                        compiti.scaduti(MONITORAGGIO, adesso),
                        new TreeMap<>(compiti.scadutiPerGruppo(adesso)),
                        compiti.piuInRitardo(adesso, COMPITI_IN_ELENCO)),
                risultato(durate),
                risultato(gol),
                capacita);
    }

    /** What is open now, each case once at its step: Cockpit's dashboard box, without the figures of a period. */
    @Transactional(readOnly = true)
    public Cruscotto.CasiAperti casiAperti() {
        return new Cruscotto.CasiAperti(
                compiti.praticheAperte(),
                new TreeMap<>(compiti.pratichePerPasso()),
                new TreeMap<>(compiti.perCompito()),
                new TreeMap<>(compiti.perGruppo()));
    }

    private <T> CompletableFuture<T> inParallelo(Supplier<T> gruppo) {
        // A read-only transaction of its own, for the plans of this period (FigureDominio.pianiPerIlPeriodo); run in
        // the caller's thread when both threads are busy, it joins the caller's.
        return CompletableFuture.supplyAsync(
                () -> transazione.execute(stato -> {
                    figure.pianiPerIlPeriodo();
                    return gruppo.get();
                }),
                esecutore);
    }

    /** The group's figures, or the exception it failed with, as if it had run in this thread. */
    private static <T> T risultato(CompletableFuture<T> gruppo) {
        try {
            return gruppo.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException causa) {
                throw causa;
            }
            throw e;
        }
    }

    /** Every configured interval with every condition, zero included, then any other interval the table holds. */
    private Map<String, Map<String, Long>> verificheEsiti(Map<String, Map<String, Long>> conteggi) {
        var tutti = new LinkedHashMap<String, Map<String, Long>>();
        intervalli
                .intervalli()
                .forEach(intervallo -> tutti.put(
                        intervallo.toString(),
                        conTutti(CONDIZIONI_VERIFICA, conteggi.getOrDefault(intervallo.toString(), Map.of()))));
        conteggi.forEach((intervallo, perCondizione) ->
                tutti.computeIfAbsent(intervallo, nuovo -> conTutti(CONDIZIONI_VERIFICA, perCondizione)));
        return tutti;
    }

    private static Cruscotto.IndicatoriGol indicatori(Cruscotto.IndicatoriGol gol) {
        return new Cruscotto.IndicatoriGol(
                conTutti(PERCORSI_GOL, gol.perPercorso()),
                gol.conAttivitaOltreAssessment(),
                gol.donne(),
                gol.under30(),
                gol.over55(),
                gol.anagraficaNonDeterminabile(),
                gol.disoccupatiDaAlmeno12Mesi());
    }

    /** Every known value with its count, zero included, then any other value the tables hold. */
    private static Map<String, Long> conTutti(List<String> noti, Map<String, Long> conteggi) {
        var tutti = new LinkedHashMap<String, Long>();
        noti.forEach(valore -> tutti.put(valore, conteggi.getOrDefault(valore, 0L)));
        conteggi.forEach(tutti::putIfAbsent);
        return tutti;
    }
}
