package it.santarzenio.sil.agenda;

/** Where a desk receives, when it is open and what the citizen brings: the words of the e-mails, also on paper. */
public record IndicazioniAppuntamento(String indirizzo, String orario, String cosaPortare) {

    static final String COSA_PORTARE =
            "Porti con sé un documento d'identità, la tessera sanitaria e, se lo ha, il curriculum vitae.\n"
                    + "Se non potesse venire, avvisi lo sportello: l'appuntamento potrà essere spostato.\n";
}
