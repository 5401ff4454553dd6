package it.santarzenio.sil.benchmark;

import it.santarzenio.sil.accesso.CodiceFiscale;
import java.util.HashMap;
import java.util.Map;

/**
 * How the seeded open cases are spread over the desks, the same for the application and the bare engine: of every
 * 20 cases 14 wait at Fase I (informative desk), 3 at Fase II (specialist desk), 2 at the Cabina di Regia, 1 at the
 * partner agency's matching.
 */
final class Casi {

    enum Dove {
        FASE_I,
        FASE_II,
        CABINA,
        PARTNER
    }

    private Casi() {}

    static Dove dove(long caso) {
        int resto = (int) (caso % 20);
        if (resto < 14) {
            return Dove.FASE_I;
        }
        if (resto < 17) {
            return Dove.FASE_II;
        }
        return resto < 19 ? Dove.CABINA : Dove.PARTNER;
    }

    /** A valid codice fiscale of its own for case {@code caso}: six letters from the number, fixed date and place. */
    static String codiceFiscale(long caso) {
        var lettere = new StringBuilder();
        long resto = caso;
        for (int i = 0; i < 6; i++) {
            lettere.append((char) ('A' + resto % 26));
            resto /= 26;
        }
        String primi15 = lettere.reverse() + "80A01H501";
        return primi15 + CodiceFiscale.carattereDiControllo(primi15);
    }

    /** The Accoglienza start form as an operator fills it for a citizen who needs a path and adheres. */
    static Map<String, Object> schedaAccesso(String codiceFiscale, long caso) {
        var scheda = new HashMap<String, Object>();
        scheda.put("codiceFiscale", codiceFiscale);
        scheda.put("nome", NOMI[(int) (caso % NOMI.length)]);
        scheda.put("cognome", COGNOMI[(int) ((caso / NOMI.length) % COGNOMI.length)]);
        scheda.put("dataNascita", "1980-01-01");
        scheda.put("telefono", "+39 333 1234567");
        scheda.put("email", null);
        scheda.put("informativaPrivacy", true);
        scheda.put("bisognoEspresso", "Cerca lavoro dopo la chiusura del negozio in cui lavorava.");
        scheda.put("tipoRichiesta", "PERCORSO");
        scheda.put("aderisceOrientamento", true);
        return scheda;
    }

    private static final String[] NOMI = {"Lucia", "Marco", "Giulia", "Antonio", "Chiara", "Luca", "Sara", "Paolo"};
    private static final String[] COGNOMI = {
        "Esposito", "Russo", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti"
    };
}
