package it.santarzenio.sil.specialistico;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Task_Monitoraggio: how the project is going; CONCLUSO or INTERROTTO lead to the final report. */
public record RilevazioneMonitoraggio(
        @NotNull(message = "Indicare lo stato del progetto: in corso, concluso o interrotto.")
                StatoProgetto statoProgetto,
        @NotBlank(message = "Descrivere l'andamento del progetto nelle note di monitoraggio.")
                @Size(max = 4000, message = "Le note di monitoraggio possono avere al massimo 4000 caratteri.")
                String noteMonitoraggio) {

    @AssertTrue(message = "Nel monitoraggio il progetto è in corso, concluso o interrotto, non da avviare.")
    boolean isStatoDiMonitoraggio() {
        return statoProgetto != StatoProgetto.DA_AVVIARE;
    }
}
