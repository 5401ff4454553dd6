package it.santarzenio.sil.benchmark;

import it.santarzenio.sil.accesso.CodiceFiscale;
import it.santarzenio.sil.accesso.CodiciFiscaliDiProva;
import it.santarzenio.sil.accesso.DatiDelCodiceFiscale;
import java.time.LocalDate;
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

    /**
     * A valid codice fiscale of its own for case {@code caso} that agrees with the surname, name and birth date its
     * {@link #schedaAccesso} types (the start refuses any other): the comune part and then the year tell cases apart,
     * up to 1,040,000 cases.
     */
    static String codiceFiscale(long caso) {
        // From the case number alone: two names may share their three letters (Maria, Mario: MRA).
        long comune = caso % 26_000;
        long anno = (caso / 26_000) % 40;
        String primi15 = DatiDelCodiceFiscale.parteAnagrafica(
                        cognome(caso), nome(caso), LocalDate.of(1980, 1, 1).plusYears(anno), null)
                + (char) ('A' + comune / 1000)
                + "%03d".formatted(comune % 1000);
        return primi15 + CodiceFiscale.carattereDiControllo(primi15);
    }

    /** A code that agrees with {@link #schedaAccesso} of {@code caso} but no other call's (a new citizen each time). */
    static String nuovoCodiceFiscale(long caso) {
        return CodiciFiscaliDiProva.nuovoCodiceFiscale(cognome(caso), nome(caso), LocalDate.of(1980, 1, 1), null);
    }

    /** The Accoglienza start form as an operator fills it for a citizen who needs a path and adheres. */
    static Map<String, Object> schedaAccesso(String codiceFiscale, long caso) {
        var scheda = new HashMap<String, Object>();
        scheda.put("codiceFiscale", codiceFiscale);
        scheda.put("nome", nome(caso));
        scheda.put("cognome", cognome(caso));
        scheda.put("dataNascita", nascita(codiceFiscale).toString());
        scheda.put("telefono", "+39 333 1234567");
        scheda.put("email", null);
        scheda.put("informativaPrivacy", true);
        scheda.put("bisognoEspresso", "Cerca lavoro dopo la chiusura del negozio in cui lavorava.");
        scheda.put("tipoRichiesta", "PERCORSO");
        scheda.put("aderisceOrientamento", true);
        return scheda;
    }

    private static String nome(long caso) {
        return NOMI[(int) (caso % NOMI.length)];
    }

    private static String cognome(long caso) {
        return COGNOMI[(int) ((caso / NOMI.length) % COGNOMI.length)];
    }

    /** 1 January of the year the code encodes (1980 to 2019, as {@link #codiceFiscale} spreads them). */
    private static LocalDate nascita(String codiceFiscale) {
        int anno = Integer.parseInt(codiceFiscale.substring(6, 8));
        return LocalDate.of(anno >= 80 ? 1900 + anno : 2000 + anno, 1, 1);
    }

    private static final String[] NOMI = {"Lucia", "Marco", "Giulia", "Antonio", "Chiara", "Luca", "Sara", "Paolo"};
    private static final String[] COGNOMI = {
        "Esposito", "Russo", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti"
    };
}
