package it.santarzenio.sil.specialistico;

/** The case number names no case taken in charge, or the document is not one of that case. */
public class PraticaNonTrovataException extends RuntimeException {

    public PraticaNonTrovataException(String numeroPratica) {
        super("La pratica " + numeroPratica + " non esiste o non è stata presa in carico.");
    }

    public PraticaNonTrovataException(String numeroPratica, Long documentoId) {
        super("La cartella sociale della pratica " + numeroPratica + " non contiene il documento " + documentoId + ".");
    }
}
