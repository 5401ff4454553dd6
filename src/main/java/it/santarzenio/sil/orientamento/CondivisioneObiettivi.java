package it.santarzenio.sil.orientamento;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Task_CondivisioneObiettivi: the path the operator confirms (or chooses against the suggestion, with a reason), the
 * shared goals and how first-level orientation ends.
 */
public record CondivisioneObiettivi(
        @NotNull(message = "Il percorso suggerito manca: la profilazione non è stata eseguita.")
                PercorsoGol percorsoSuggerito,
        @NotNull(message = "Confermare il percorso suggerito o sceglierne un altro.") PercorsoGol percorsoConfermato,
        @Size(max = 4000, message = "La motivazione può avere al massimo 4000 caratteri.")
                String motivazioneScostamento,
        @NotBlank(message = "Descrivere gli obiettivi lavorativi o formativi condivisi con il cittadino.")
                @Size(max = 4000, message = "Gli obiettivi possono avere al massimo 4000 caratteri.")
                String obiettivi,
        @NotNull(message = "Indicare l'esito dell'orientamento di primo livello.") EsitoPrimoLivello esitoPrimoLivello,
        Boolean progettoDefinito,
        @Size(max = 4000, message = "Gli interventi possono avere al massimo 4000 caratteri.")
                String interventiSecondoLivello) {

    public boolean scostamento() {
        return percorsoConfermato != null && percorsoConfermato != percorsoSuggerito;
    }

    public boolean invioSpecialistico() {
        return esitoPrimoLivello == EsitoPrimoLivello.INVIO_SPECIALISTICO;
    }

    @AssertTrue(
            message = "Il percorso scelto è diverso da quello suggerito: indicare la motivazione dello scostamento.")
    boolean isScostamentoMotivato() {
        return !scostamento() || (motivazioneScostamento != null && !motivazioneScostamento.isBlank());
    }

    @AssertTrue(message = "Per l'invio allo Sportello Specialistico indicare se il progetto è già definito.")
    boolean isProgettoIndicato() {
        return !invioSpecialistico() || progettoDefinito != null;
    }

    @AssertTrue(message = "Con un progetto definito descrivere gli interventi da effettuare nel secondo livello.")
    boolean isInterventiIndicati() {
        return !invioSpecialistico()
                || !Boolean.TRUE.equals(progettoDefinito)
                || (interventiSecondoLivello != null && !interventiSecondoLivello.isBlank());
    }
}
