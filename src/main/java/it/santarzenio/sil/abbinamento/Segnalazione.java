package it.santarzenio.sil.abbinamento;

import java.time.LocalDate;

/** A referral as the desks read it, with the offer it was for. */
public record Segnalazione(
        Long id,
        Long offertaId,
        String titoloOfferta,
        String datoreLavoro,
        LocalDate data,
        EsitoSegnalazione esito,
        String motivo,
        String operatore) {

    /** One line for a form: "2026-12-03 Magazziniere (Logistica Srl): NON_SELEZIONATO - motivo". */
    public String inUnaRiga() {
        return data + " " + titoloOfferta + " (" + datoreLavoro + "): " + esito
                + (motivo == null ? "" : " - " + motivo);
    }
}
