package it.santarzenio.sil.chiusura;

import it.santarzenio.sil.accesso.MotivoChiusura;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a desk says when it closes a case early: {@code {"motivo": "RINUNCIA", "nota": "..."}}. */
public record RichiestaChiusura(
        @NotNull(
                        message = "Indicare il motivo della chiusura: RINUNCIA, TRASFERIMENTO, IRREPERIBILE,"
                                + " OCCUPATO_AUTONOMAMENTE o ALTRO.")
                MotivoChiusura motivo,
        @Size(max = 2000, message = "La nota della chiusura può avere al massimo 2000 caratteri.") String nota) {

    @AssertTrue(message = "Con il motivo ALTRO la nota è obbligatoria: scrivere perché si chiude la pratica.")
    boolean isNotaPresenteSeAltro() {
        return motivo != MotivoChiusura.ALTRO || notaPulita() != null;
    }

    /** The note without surrounding blanks; null when empty. */
    String notaPulita() {
        return nota == null || nota.isBlank() ? null : nota.strip();
    }
}
