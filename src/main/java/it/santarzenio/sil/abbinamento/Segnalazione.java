package it.santarzenio.sil.abbinamento;

import it.santarzenio.sil.Markdown;
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

    /**
     * One line of Markdown for a form: "03/12/2026 n. 7 Magazziniere (Logistica Srl): non selezionato - motivo", what
     * was typed made literal.
     */
    public String inUnaRiga() {
        return data.format(GIORNO) + " n. " + offertaId + " " + Markdown.letterale(titoloOfferta) + " ("
                + Markdown.letterale(datoreLavoro) + "): " + esito.etichetta()
                + (motivo == null || motivo.isBlank() ? "" : " - " + Markdown.letterale(motivo));
    }
}
