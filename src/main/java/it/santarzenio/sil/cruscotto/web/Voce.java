package it.santarzenio.sil.cruscotto.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * One row of the export: an indicator, its breakdown, its value. {@code casi} is the count a derived value rests
 * on (the numerator of a share, the cases of a duration): the publishable export hides it when it is 1 or 2.
 */
record Voce(String sezione, String indicatore, String dettaglio, Number valore, Tipo tipo, long casi) {

    enum Tipo {
        CONTEGGIO(""),
        PERCENTUALE("%"),
        GIORNI("giorni");

        final String unita;

        Tipo(String unita) {
            this.unita = unita;
        }
    }

    /** What a publishable table shows in place of a count of 1 or 2 (the rule of the national statistics). */
    static final String MENO_DI_TRE = "<3";
    /** In place of a share or a duration resting on 1 or 2 cases, which would reveal them as well. */
    static final String RISERVATO = "riservato (<3 casi)";

    static final String NON_DISPONIBILE = "n.d.";

    static Voce conteggio(String sezione, String indicatore, String dettaglio, long valore) {
        return new Voce(sezione, indicatore, dettaglio, valore, Tipo.CONTEGGIO, valore);
    }

    /** Whether the publishable export replaces this value. */
    boolean daNascondere() {
        return casi == 1 || casi == 2;
    }

    /** The value as an Italian reader expects it (decimal comma), or its replacement in a publishable table. */
    String testo(boolean pubblicabile) {
        if (pubblicabile && daNascondere()) {
            return tipo == Tipo.CONTEGGIO ? MENO_DI_TRE : RISERVATO;
        }
        if (valore == null) {
            return NON_DISPONIBILE;
        }
        var formato = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ITALY));
        return formato.format(valore);
    }
}
