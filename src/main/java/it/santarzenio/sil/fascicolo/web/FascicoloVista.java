package it.santarzenio.sil.fascicolo.web;

import java.util.List;

/**
 * The file of a case as an operator reads it in the Fascicolo tab: labels, dates as 12/01/2027, people's names. The
 * timeline is oldest first; {@code altrePratiche} are the citizen's earlier and later cases, null for who may not
 * know them (the Cabina di Regia); {@code strumenti} what the reader may do from the tab besides reading, so that the
 * tab offers nothing the API would refuse.
 */
record FascicoloVista(
        String numeroPratica,
        String stato,
        CittadinoVista cittadino,
        List<VoceCronologia> cronologia,
        List<PraticaVista> altrePratiche,
        List<DocumentoVista> documenti,
        Strumenti strumenti) {

    /** {@code telefono} and {@code email} are null for who does not contact the citizen (the Cabina di Regia). */
    record CittadinoVista(
            String codiceFiscale, String nome, String cognome, String dataNascita, String telefono, String email) {}

    /** One event: when (12/01/2027 alle 10:30), what, who did it, and its details as label and value. */
    record VoceCronologia(String data, String titolo, String operatore, List<Dettaglio> dettagli) {}

    record Dettaglio(String etichetta, String valore) {}

    record PraticaVista(String numeroPratica, String apertaIl, String stato) {}

    /** A document to print, with the address to download it from. */
    record DocumentoVista(String tipo, String titolo, String indirizzo) {}

    /**
     * The search of citizens and the writing of the cartella sociale: the two desks' (the /api chain); the Cabina di
     * Regia reads the cartella sociale only.
     */
    record Strumenti(boolean cercaCittadini, boolean scriveCartellaSociale) {}
}
