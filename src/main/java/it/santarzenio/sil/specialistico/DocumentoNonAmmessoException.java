package it.santarzenio.sil.specialistico;

import it.santarzenio.sil.DatiNonValidiException;

/** A document of a kind the cartella sociale does not keep, or whose content is not what its type says. */
public class DocumentoNonAmmessoException extends DatiNonValidiException {

    public DocumentoNonAmmessoException(String messaggio) {
        super(messaggio);
    }
}
