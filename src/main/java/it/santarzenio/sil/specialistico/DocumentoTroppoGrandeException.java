package it.santarzenio.sil.specialistico;

import it.santarzenio.sil.DatiNonValidiException;
import org.springframework.util.unit.DataSize;

/** A document larger than {@code sil.cartella-sociale.dimensione-massima}. */
public class DocumentoTroppoGrandeException extends DatiNonValidiException {

    public DocumentoTroppoGrandeException(DataSize massima) {
        super("Il documento supera la dimensione massima di " + massima.toMegabytes()
                + " MB: ridurlo (per esempio scansionando a risoluzione più bassa) o dividerlo in più file.");
    }
}
