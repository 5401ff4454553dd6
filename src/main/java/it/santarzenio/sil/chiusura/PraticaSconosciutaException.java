package it.santarzenio.sil.chiusura;

import it.santarzenio.sil.DatiNonValidiException;

/** No case has this number (404 on the API; an Italian refusal in Tasklist). */
public class PraticaSconosciutaException extends DatiNonValidiException {

    public PraticaSconosciutaException(String numeroPratica) {
        super("Nessuna pratica ha il numero " + numeroPratica + ".");
    }
}
