package it.santarzenio.sil.accesso;

import java.util.concurrent.ThreadLocalRandom;

/** Test data: valid codici fiscali, a new one each call, so that tests sharing a database never meet. */
public final class CodiciFiscaliDiProva {

    private CodiciFiscaliDiProva() {}

    public static String nuovoCodiceFiscale() {
        var casuale = ThreadLocalRandom.current();
        var lettere = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            lettere.append((char) ('A' + casuale.nextInt(26)));
        }
        String primi15 = lettere
                + "%02dA%02dH%03d".formatted(casuale.nextInt(100), 1 + casuale.nextInt(28), casuale.nextInt(1000));
        return primi15 + CodiceFiscale.carattereDiControllo(primi15);
    }
}
