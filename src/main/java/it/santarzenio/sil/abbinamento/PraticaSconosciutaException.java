package it.santarzenio.sil.abbinamento;

/** No case taken in charge under this number: answered 404. */
public class PraticaSconosciutaException extends RuntimeException {

    public PraticaSconosciutaException(String numeroPratica) {
        super("La pratica " + numeroPratica + " non esiste o non è stata presa in carico.");
    }
}
