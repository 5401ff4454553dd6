package it.santarzenio.sil.accesso;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words a desk types to find a citizen, reduced to capital letters and digits without accents: "Nicolò
 * D'Angelo" is found by "nicolo", "dang", "angelo". Only [0-9A-Z] survive, so a key compares the same way under
 * every collation of H2 and PostgreSQL and a prefix is a range of a plain B-tree index (ADR 0013).
 */
public final class ChiaviRicerca {

    /** The longest key; a longer word is cut, and so is the typed prefix. */
    public static final int LUNGHEZZA_MASSIMA = 60;

    private static final Pattern SEGNI = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORI = Pattern.compile("[^0-9A-Z]+");

    private ChiaviRicerca() {}

    /** Every word of surname and name, each of them written without separators, and the codice fiscale. */
    public static Set<String> di(String codiceFiscale, String nome, String cognome) {
        var chiavi = new LinkedHashSet<String>();
        for (String testo : new String[] {cognome, nome}) {
            var parole = parole(testo);
            chiavi.addAll(parole);
            chiavi.add(taglia(String.join("", parole)));
        }
        chiavi.add(taglia(String.join("", parole(codiceFiscale))));
        chiavi.remove("");
        return chiavi;
    }

    /** The words of a typed query, longest first (the most selective drives the search); at most three. */
    public static List<String> diRicerca(String testo) {
        var parole = new ArrayList<>(new LinkedHashSet<>(parole(testo)));
        parole.sort((a, b) -> b.length() - a.length());
        return parole.subList(0, Math.min(3, parole.size()));
    }

    /** The highest key that starts with {@code prefisso}: keys hold [0-9A-Z] only, and Z is the last of them. */
    public static String finePrefisso(String prefisso) {
        return prefisso + "Z".repeat(LUNGHEZZA_MASSIMA - prefisso.length() + 1);
    }

    static List<String> parole(String testo) {
        if (testo == null) {
            return List.of();
        }
        String semplice = SEGNI.matcher(Normalizer.normalize(testo, Normalizer.Form.NFD))
                .replaceAll("")
                .toUpperCase(Locale.ROOT);
        return Arrays.stream(SEPARATORI.split(semplice))
                .filter(parola -> !parola.isEmpty())
                .map(ChiaviRicerca::taglia)
                .toList();
    }

    private static String taglia(String parola) {
        return parola.length() > LUNGHEZZA_MASSIMA ? parola.substring(0, LUNGHEZZA_MASSIMA) : parola;
    }
}
