package it.santarzenio.sil.privacy;

/** No citizen with that codice fiscale. */
public class CittadinoNonTrovatoException extends RuntimeException {

    CittadinoNonTrovatoException(String codiceFiscale) {
        super("Nessun cittadino con codice fiscale " + codiceFiscale + ".");
    }
}
