package it.santarzenio.sil.cruscotto;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What only the engine knows: open cases and their user tasks, and due dates. Implemented in {@code processo}, the
 * one package that reaches the engine; each method is one aggregate query.
 */
public interface CompitiInCorso {

    /** Open root instances of the citizen's path: one per case, whatever phase or called process it is in. */
    long praticheAperte();

    /**
     * Open cases by their current step: each case once, at its most recent open user task in any of its instances
     * (Fase I, Fase II, a called process), or at {@link #SENZA_COMPITO} while it waits for a timer or a message.
     */
    Map<String, Long> pratichePerPasso();

    /** The step of a case that has no open user task. */
    String SENZA_COMPITO = "SENZA_COMPITO";

    /** Open user tasks by task definition key. */
    Map<String, Long> perCompito();

    /** Open user tasks by candidate group. */
    Map<String, Long> perGruppo();

    /** User tasks due before {@code adesso}, by candidate group, with the days of the oldest. */
    Map<String, Cruscotto.Ritardo> scadutiPerGruppo(Instant adesso);

    /** User tasks of one step due before {@code adesso}. */
    Cruscotto.Ritardo scaduti(String compito, Instant adesso);

    /** The {@code quanti} most late user tasks. */
    List<Cruscotto.CompitoInRitardo> piuInRitardo(Instant adesso, int quanti);
}
