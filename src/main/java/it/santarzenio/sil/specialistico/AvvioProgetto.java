package it.santarzenio.sil.specialistico;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Task_AvvioProgetto: when the project starts and with which host organisation (company, school, body). */
public record AvvioProgetto(
        @NotNull(message = "Indicare la data di avvio del progetto.") LocalDate dataAvvio,
        @NotBlank(message = "Indicare l'ente ospitante (azienda, ente di formazione, ...).")
                @Size(max = 200, message = "L'ente ospitante può avere al massimo 200 caratteri.")
                String enteOspitante) {}
