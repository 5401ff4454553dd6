package it.santarzenio.sil.benchmark;

import java.util.ArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/** Seeding in batches: LOTTO cases per task of a thread pool; the caller makes each case's transaction. */
final class Lotti {

    static final int LOTTO = 25;

    private Lotti() {}

    /** Cases {@code da} to {@code a} (excluded), in batches of LOTTO over {@code thread} threads. */
    static void esegui(long da, long a, int thread, Consumer<String> log, Consumer<Long> caso) throws Exception {
        ExecutorService esecutore = Executors.newFixedThreadPool(thread);
        var fatti = new AtomicLong();
        long inizio = System.nanoTime();
        try {
            var lotti = new ArrayList<Future<?>>();
            for (long primo = da; primo < a; primo += LOTTO) {
                long inizioLotto = primo;
                long fineLotto = Math.min(a, primo + LOTTO);
                lotti.add(esecutore.submit(() -> {
                    for (long n = inizioLotto; n < fineLotto; n++) {
                        caso.accept(n);
                    }
                    long totale = fatti.addAndGet(fineLotto - inizioLotto);
                    if (totale % 2000 < LOTTO) {
                        double secondi = (System.nanoTime() - inizio) / 1e9;
                        log.accept("  seminati %d/%d casi in %.0f s (%.0f/s)"
                                .formatted(totale, a - da, secondi, totale / secondi));
                    }
                }));
            }
            for (Future<?> lotto : lotti) {
                lotto.get();
            }
        } finally {
            esecutore.shutdownNow();
        }
    }
}
