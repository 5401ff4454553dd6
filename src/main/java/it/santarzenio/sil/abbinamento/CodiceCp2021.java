package it.santarzenio.sil.abbinamento;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A code of the ISTAT classification of occupations CP2021: one to five dot-separated levels, from the major group
 * ({@code 7}) to the occupational unit ({@code 7.4.4.2.1}). The first level is a digit from 1 to 9, the others one
 * or two digits.
 */
public record CodiceCp2021(String valore) {

    public static final int LIVELLO_MASSIMO = 5;

    private static final Pattern FORMA = Pattern.compile("[1-9](\\.[0-9]{1,2}){0,4}");
    private static final List<String> LIVELLI =
            List.of("grande gruppo", "gruppo", "classe", "categoria", "unità professionale");

    public CodiceCp2021 {
        if (!valido(valore)) {
            throw new IllegalArgumentException("Codice CP2021 non valido: " + valore);
        }
    }

    public static boolean valido(String valore) {
        return valore != null && FORMA.matcher(valore).matches();
    }

    public static CodiceCp2021 of(String valore) {
        return new CodiceCp2021(valore == null ? null : valore.strip());
    }

    public int livello() {
        return segmenti().length;
    }

    /** The code one level up ({@code 7.4.4} → {@code 7.4}); null for a major group. */
    public String padre() {
        int punto = valore.lastIndexOf('.');
        return punto < 0 ? null : valore.substring(0, punto);
    }

    /** The first {@code livello} levels of this code ({@code 7.4.4.2.1} at level 2 → {@code 7.4}). */
    public String troncato(int livello) {
        var segmenti = segmenti();
        return String.join(".", List.of(segmenti).subList(0, Math.min(livello, segmenti.length)));
    }

    /** How many leading levels two codes share: 0 (different major groups) to 5. */
    public int livelliInComune(CodiceCp2021 altro) {
        var questi = segmenti();
        var quelli = altro.segmenti();
        int comuni = 0;
        while (comuni < questi.length && comuni < quelli.length && questi[comuni].equals(quelli[comuni])) {
            comuni++;
        }
        return comuni;
    }

    /** ISTAT's name of a level in its files: 1 "grande gruppo" ... 5 "unità professionale". */
    public static String nomeLivello(int livello) {
        return LIVELLI.get(livello - 1);
    }

    private String[] segmenti() {
        return valore.split("\\.");
    }

    @Override
    public String toString() {
        return valore;
    }
}
