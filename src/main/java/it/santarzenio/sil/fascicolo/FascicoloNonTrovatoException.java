package it.santarzenio.sil.fascicolo;

/** No case with this number, or no such document for it yet: 404 with the Italian message. */
public class FascicoloNonTrovatoException extends RuntimeException {

    public FascicoloNonTrovatoException(String messaggio) {
        super(messaggio);
    }
}
