package it.santarzenio.sil.abbinamento;

/** No offer with this id: answered 404. */
public class OffertaNonTrovataException extends RuntimeException {

    public OffertaNonTrovataException(Long id) {
        super("L'offerta " + id + " non esiste.");
    }
}
