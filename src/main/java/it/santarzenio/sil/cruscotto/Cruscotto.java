package it.santarzenio.sil.cruscotto;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The service's figures: what flowed through it in a period, what is open and late now, how long each step took,
 * the GOL indicators and the desks' capacity. Counts only: no name, no codice fiscale. {@code verificheEsiti}: the
 * outcome checks recorded in the period, by the interval they answer ("P6M", "P12M") and condizioneVerifica.
 */
public record Cruscotto(
        Periodo periodo,
        Instant calcolatoIl,
        long accessi,
        long richiesteEvase,
        long presiInCarico,
        long inviiSpecialistico,
        long proposte,
        Map<String, Long> decisioniCabina,
        Map<String, Long> progettiAvviati,
        Map<String, Long> progettiConclusi,
        Map<String, Long> casiChiusi,
        Map<String, Map<String, Long>> verificheEsiti,
        CasiAperti casiAperti,
        Scaduti scaduti,
        Durate durate,
        IndicatoriGol indicatoriGol,
        Map<String, Capacita> capacita) {

    /**
     * Open cases (root instances of the citizen's path), each once at its current step ({@code perPasso}), and their
     * open user tasks by step and by desk.
     */
    public record CasiAperti(
            long pratiche, Map<String, Long> perPasso, Map<String, Long> perCompito, Map<String, Long> perSportello) {}

    /** How many are late and by how many days the oldest is. */
    public record Ritardo(long quanti, long giorniMassimi) {
        public static final Ritardo NESSUNO = new Ritardo(0, 0);
    }

    /** One late user task, as a manager steers by it: the case number, the step, the desk, the days. */
    public record CompitoInRitardo(
            String numeroPratica, String compito, String sportello, Instant scadenza, long giorni) {}

    public record Scaduti(
            Map<String, Ritardo> appuntamentiSenzaEsito,
            Ritardo decisioniCabina,
            Ritardo monitoraggi,
            Map<String, Ritardo> compiti,
            List<CompitoInRitardo> elenco) {}

    /** Days between two events of the same case, over the cases whose step ended in the period. */
    public record Durata(long casi, Double mediana, Double novantesimoPercentile) {}

    public record Durate(
            Durata accessoAssessment,
            Durata presaInCaricoInvioSpecialistico,
            Map<Integer, Durata> propostaDecisionePerVersione,
            Durata progetto,
            Durata percorso) {}

    /** {@code quanti} of {@code su}, and the share in percent (null when {@code su} is zero). */
    public record Quota(long quanti, long su, Double percentuale) {
        public static Quota di(long quanti, long su) {
            return new Quota(quanti, su, su == 0 ? null : Math.round(1000.0 * quanti / su) / 10.0);
        }
    }

    public record IndicatoriGol(
            Map<String, Long> perPercorso,
            Quota conAttivitaOltreAssessment,
            Quota donne,
            Quota under30,
            Quota over55,
            long anagraficaNonDeterminabile,
            Quota disoccupatiDaAlmeno12Mesi) {}

    /** A desk's appointments whose slot falls in the period. */
    public record Capacita(
            long slotOfferti,
            long prenotati,
            long svolti,
            long assenze,
            Double tassoAssenze,
            long riprogrammati,
            long annullati) {}
}
