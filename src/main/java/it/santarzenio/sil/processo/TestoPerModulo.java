package it.santarzenio.sil.processo;

/**
 * A text composed for a form's text component stays within the 4000 characters the engine keeps for a string variable
 * (a longer one fails the transaction): past the limit it ends at a whole line with a note that the rest is in the
 * case's records, which the desks read through the application.
 */
final class TestoPerModulo {

    static final int MASSIMO = 4000;
    static final String TRONCATO = "\n\n*Testo troncato: il resto è nella pratica.*";

    private TestoPerModulo() {}

    static String entroIlLimite(String testo) {
        if (testo == null || testo.length() <= MASSIMO) {
            return testo;
        }
        int fine = testo.lastIndexOf('\n', MASSIMO - TRONCATO.length());
        if (fine <= 0) {
            fine = MASSIMO - TRONCATO.length();
        }
        return testo.substring(0, fine) + TRONCATO;
    }
}
