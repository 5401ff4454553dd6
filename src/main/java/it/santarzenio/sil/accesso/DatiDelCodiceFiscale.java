package it.santarzenio.sil.accesso;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether a codice fiscale agrees with the surname, name, date of birth and sex as typed: the first eleven characters
 * are computed from them (DM 23/12/1976), omocodia decoded. The four characters of the comune of birth are not
 * checked: for a citizen born abroad, or in a comune since merged or renamed, they may rightly differ from what the
 * desk would look up, and the scheda d'accesso does not ask where the citizen was born.
 */
public final class DatiDelCodiceFiscale {

    private static final String MESI = "ABCDEHLMPRST";
    private static final String OMOCODIA = "LMNPQRSTUV";
    private static final DateTimeFormatter DATA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private DatiDelCodiceFiscale() {}

    /**
     * One Italian sentence for each part of a valid 16-character code that disagrees with the data, naming the part;
     * empty when they agree, for an 11-digit provisional code, or when a datum is missing (its own message says so).
     * {@code sesso} may be null: then the day agrees for either sex.
     */
    public static List<String> incongruenze(
            String codiceFiscale, String cognome, String nome, LocalDate dataNascita, Sesso sesso) {
        String codice = CodiceFiscale.normalizza(codiceFiscale);
        var errori = new ArrayList<String>();
        if (codice == null
                || codice.length() != 16
                || CodiceFiscale.errore(codice).isPresent()) {
            return errori;
        }
        if (cognome != null && !cognome.isBlank() && !codice.startsWith(cognome(cognome))) {
            errori.add("Il codice fiscale " + codice + " non corrisponde al cognome «" + cognome.strip()
                    + "»: le prime tre lettere dovrebbero essere " + cognome(cognome) + ", nel codice sono "
                    + codice.substring(0, 3) + ".");
        }
        if (nome != null && !nome.isBlank() && !codice.substring(3, 6).equals(nome(nome))) {
            errori.add("Il codice fiscale " + codice + " non corrisponde al nome «" + nome.strip()
                    + "»: le lettere dalla quarta alla sesta dovrebbero essere " + nome(nome) + ", nel codice sono "
                    + codice.substring(3, 6) + ".");
        }
        if (dataNascita != null) {
            String data = dataNascita.format(DATA);
            String anno = "%02d".formatted(dataNascita.getYear() % 100);
            if (!decodifica(codice.substring(6, 8)).equals(anno)) {
                errori.add("Il codice fiscale " + codice + " non corrisponde all'anno di nascita (" + data
                        + "): nel codice l'anno è " + decodifica(codice.substring(6, 8)) + ", dovrebbe essere " + anno
                        + ".");
            }
            char mese = MESI.charAt(dataNascita.getMonthValue() - 1);
            if (codice.charAt(8) != mese) {
                errori.add("Il codice fiscale " + codice + " non corrisponde al mese di nascita (" + data
                        + "): la lettera del mese dovrebbe essere " + mese + ", nel codice è " + codice.charAt(8)
                        + ".");
            }
            int giorno = Integer.parseInt(decodifica(codice.substring(9, 11)));
            int delMese = giorno > 40 ? giorno - 40 : giorno;
            if (delMese != dataNascita.getDayOfMonth()) {
                errori.add("Il codice fiscale " + codice + " non corrisponde al giorno di nascita (" + data
                        + "): nel codice il giorno è " + delMese + ".");
            } else if (sesso != null && (giorno > 40) != (sesso == Sesso.F)) {
                errori.add("Il codice fiscale " + codice + " non corrisponde al sesso indicato ("
                        + (sesso == Sesso.F ? "femmina" : "maschio") + "): nel codice il giorno di nascita è "
                        + (giorno > 40 ? "aumentato di 40, come per una donna" : "senza l'aumento di 40 delle donne")
                        + ".");
            }
        }
        return errori;
    }

    /** The first eleven characters a code has for these data: surname, name, year, month, day (+40 for women). */
    public static String parteAnagrafica(String cognome, String nome, LocalDate dataNascita, Sesso sesso) {
        return cognome(cognome)
                + nome(nome)
                + "%02d".formatted(dataNascita.getYear() % 100)
                + MESI.charAt(dataNascita.getMonthValue() - 1)
                + "%02d".formatted(dataNascita.getDayOfMonth() + (sesso == Sesso.F ? 40 : 0));
    }

    static String cognome(String cognome) {
        String lettere = lettere(cognome);
        return (consonanti(lettere) + vocali(lettere) + "XXX").substring(0, 3);
    }

    static String nome(String nome) {
        String lettere = lettere(nome);
        String consonanti = consonanti(lettere);
        if (consonanti.length() >= 4) {
            return "" + consonanti.charAt(0) + consonanti.charAt(2) + consonanti.charAt(3);
        }
        return (consonanti + vocali(lettere) + "XXX").substring(0, 3);
    }

    /** Upper-case Latin letters only: accents dropped, spaces and apostrophes removed ("D'Amico" gives DAMICO). */
    private static String lettere(String testo) {
        return Normalizer.normalize(testo, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT)
                .replaceAll("[^A-Z]", "");
    }

    private static String consonanti(String lettere) {
        return lettere.replaceAll("[AEIOU]", "");
    }

    private static String vocali(String lettere) {
        return lettere.replaceAll("[^AEIOU]", "");
    }

    private static String decodifica(String omocodico) {
        var cifre = new StringBuilder();
        for (char c : omocodico.toCharArray()) {
            cifre.append(Character.isDigit(c) ? c : (char) ('0' + OMOCODIA.indexOf(c)));
        }
        return cifre.toString();
    }
}
