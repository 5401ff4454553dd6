package it.santarzenio.sil.specialistico;

import java.time.Instant;
import java.util.List;

/**
 * The cartella sociale of one case for the data subject's right of access: notes and documents, content included
 * (base64 in JSON), oldest first.
 */
public record DatiCartellaSociale(
        String numeroPratica, List<NotaCartellaSociale> note, List<DocumentoConContenuto> documenti) {

    public record DocumentoConContenuto(
            Long id,
            String nomeFile,
            String tipoContenuto,
            long dimensione,
            String descrizione,
            String sha256,
            String caricatoDa,
            Instant caricatoIl,
            byte[] contenuto) {}
}
