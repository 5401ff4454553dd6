package it.santarzenio.sil.accesso;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Italian codice fiscale of a person: 16 characters with its check character (omocodia included: the Agenzia
 * delle Entrate replaces digits with letters to tell apart two people with the same code), or the 11-digit
 * provisional code. Stored upper-case, without spaces.
 */
public record CodiceFiscale(String valore) {

    private static final Pattern PERSONA_FISICA =
            Pattern.compile("[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]");
    private static final Pattern PROVVISORIO = Pattern.compile("[0-9]{11}");
    private static final String OMOCODIA = "LMNPQRSTUV";
    private static final int[] DISPARI = {
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23
    };

    public CodiceFiscale {
        if (errore(valore).isPresent()) {
            throw new IllegalArgumentException(errore(valore).get());
        }
        valore = normalizza(valore);
    }

    public static CodiceFiscale of(String valore) {
        return new CodiceFiscale(valore);
    }

    public static String normalizza(String valore) {
        return valore == null ? null : valore.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    /** Why the value is not a valid codice fiscale, in Italian; empty when it is valid. */
    public static Optional<String> errore(String grezzo) {
        String codice = normalizza(grezzo);
        if (codice == null || codice.isEmpty()) {
            return Optional.of("Il codice fiscale è obbligatorio.");
        }
        if (PROVVISORIO.matcher(codice).matches()) {
            return controlloNumerico(codice) == codice.charAt(10) - '0'
                    ? Optional.empty()
                    : Optional.of("Il codice fiscale provvisorio " + codice + " non è valido: la cifra di controllo"
                            + " non corrisponde.");
        }
        if (codice.length() != 16) {
            return Optional.of("Il codice fiscale deve avere 16 caratteri (o 11 cifre se provvisorio): " + codice
                    + " ne ha " + codice.length() + ".");
        }
        if (!PERSONA_FISICA.matcher(codice).matches()) {
            return Optional.of("Il codice fiscale " + codice + " non ha la forma corretta (6 lettere, anno, mese,"
                    + " giorno, comune e carattere di controllo).");
        }
        int giorno = Integer.parseInt(decodifica(codice.substring(9, 11)));
        if (giorno < 1 || giorno > 71 || (giorno > 31 && giorno < 41)) {
            return Optional.of("Il codice fiscale " + codice + " indica un giorno di nascita impossibile.");
        }
        return carattereDiControllo(codice) == codice.charAt(15)
                ? Optional.empty()
                : Optional.of("Il codice fiscale " + codice + " non è valido: il carattere di controllo non"
                        + " corrisponde. Verificare di averlo trascritto correttamente.");
    }

    /** The check character of the first 15 characters of a 16-character code. */
    public static char carattereDiControllo(String codice) {
        int somma = 0;
        for (int i = 0; i < 15; i++) {
            char c = codice.charAt(i);
            int indice = Character.isDigit(c) ? c - '0' : c - 'A';
            // Positions are counted from 1: odd positions use the conversion table, even ones the plain value.
            somma += (i % 2 == 0) ? DISPARI[indice] : indice;
        }
        return (char) ('A' + somma % 26);
    }

    private static int controlloNumerico(String codice) {
        int somma = 0;
        for (int i = 0; i < 10; i++) {
            int cifra = codice.charAt(i) - '0';
            if (i % 2 == 1) {
                cifra *= 2;
                if (cifra > 9) {
                    cifra -= 9;
                }
            }
            somma += cifra;
        }
        return (10 - somma % 10) % 10;
    }

    private static String decodifica(String omocodico) {
        var cifre = new StringBuilder();
        for (char c : omocodico.toCharArray()) {
            cifre.append(Character.isDigit(c) ? c : (char) ('0' + OMOCODIA.indexOf(c)));
        }
        return cifre.toString();
    }

    @Override
    public String toString() {
        return valore;
    }
}
