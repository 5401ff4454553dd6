package it.santarzenio.sil.accesso;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test data: valid codici fiscali, a new one each call, so that tests sharing a database never meet. By default they
 * are the codes of the test citizen Lucia Esposito, born on 21 April 1988 (what {@code schedaAccesso} types): only
 * the comune part changes, a different one each call in the JVM.
 */
public final class CodiciFiscaliDiProva {

    private static final AtomicInteger COMUNI =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(26_000));

    private CodiciFiscaliDiProva() {}

    public static String nuovoCodiceFiscale() {
        return nuovoCodiceFiscale("Esposito", "Lucia", LocalDate.of(1988, 4, 21), Sesso.F);
    }

    public static String nuovoCodiceFiscale(String cognome, String nome, LocalDate nascita, Sesso sesso) {
        int comune = COMUNI.incrementAndGet() % 26_000;
        String primi15 = DatiDelCodiceFiscale.parteAnagrafica(cognome, nome, nascita, sesso)
                + (char) ('A' + comune / 1000)
                + "%03d".formatted(comune % 1000);
        return primi15 + CodiceFiscale.carattereDiControllo(primi15);
    }
}
