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
