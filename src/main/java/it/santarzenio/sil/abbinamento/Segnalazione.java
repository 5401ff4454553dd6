package it.santarzenio.sil.abbinamento;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

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

    private static final DateTimeFormatter GIORNO = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** One line for a form: "03/12/2026 n. 7 Magazziniere (Logistica Srl): non selezionato - motivo". */
    public String inUnaRiga() {
        return data.format(GIORNO) + " n. " + offertaId + " " + titoloOfferta + " (" + datoreLavoro + "): "
                + esito.etichetta() + (motivo == null || motivo.isBlank() ? "" : " - " + motivo);
    }
}
