package it.santarzenio.sil.fascicolo.web;

import it.santarzenio.sil.agenda.StatoAppuntamento;
import it.santarzenio.sil.fascicolo.DatiFascicolo;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;

/** The documents printed for the citizen, by the {@code tipo} of their address, each once the case has its data. */
enum TipoDocumentoPdf {
    SCHEDA_ACCESSO("scheda-accesso", "Scheda d'accesso e ricevuta dell'informativa privacy", dati -> dati.accesso()
            .isPresent()),
    APPUNTAMENTO("appuntamento", "Promemoria dell'appuntamento", dati -> dati.appuntamenti().stream()
            .anyMatch(a -> a.stato() == StatoAppuntamento.PRENOTATO || a.stato() == StatoAppuntamento.SVOLTO)),
    PATTO("patto", "Patto di servizio: obiettivi concordati", dati -> dati.profilo()
            .map(profilo -> profilo.obiettivi() != null)
            .orElse(false)),
    PROPOSTA("proposta", "Proposta progettuale e decisione della Cabina di Regia", dati -> !dati.proposte()
            .isEmpty()),
    RELAZIONE_FINALE("relazione-finale", "Relazione finale del progetto", dati -> dati.progetto()
            .map(progetto -> progetto.rendicontazione() != null)
            .orElse(false));

    private final String codice;
    private final String titolo;
    private final Predicate<DatiFascicolo> disponibile;

    TipoDocumentoPdf(String codice, String titolo, Predicate<DatiFascicolo> disponibile) {
        this.codice = codice;
        this.titolo = titolo;
        this.disponibile = disponibile;
    }

    String codice() {
        return codice;
    }

    String titolo() {
        return titolo;
    }

    boolean disponibile(DatiFascicolo dati) {
        return disponibile.test(dati);
    }

    /** The Cabina di Regia prints its own minutes only: the other documents are the citizen's and the desks'. */
    boolean perIl(ComposizioneFascicolo.Lettore lettore) {
        return lettore == ComposizioneFascicolo.Lettore.SPORTELLO || this == PROPOSTA;
    }

    static Optional<TipoDocumentoPdf> perCodice(String codice) {
        return Arrays.stream(values())
                .filter(tipo -> tipo.codice.equals(codice))
                .findFirst();
    }
}
