package it.santarzenio.sil.chiusura;

import it.santarzenio.sil.DatiNonValidiException;

/** The case exists but has already ended (409 on the API; an Italian refusal in Tasklist). */
public class PraticaGiaChiusaException extends DatiNonValidiException {

    public PraticaGiaChiusaException(String numeroPratica) {
        super("La pratica " + numeroPratica + " è già chiusa: non c'è nulla da chiudere.");
    }
}
