package it.santarzenio.sil.specialistico;

import java.util.List;

/** The cartella sociale of a case: notes and documents, oldest first; documents without their content. */
public record CartellaSociale(
        String numeroPratica, List<NotaCartellaSociale> note, List<DocumentoCartellaSociale> documenti) {}
