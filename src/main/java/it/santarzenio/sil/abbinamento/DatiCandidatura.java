package it.santarzenio.sil.abbinamento;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The citizen's wished occupations, coded with CP2021 at any level (a major group "8" means any unskilled job), and
 * what else matching should know.
 *
 * @param patente whether the citizen has a driving licence; null when not asked
 * @param comune where the citizen looks for work; empty for the service's comune
 */
public record DatiCandidatura(
        @NotNull(message = "Indicare le professioni desiderate (anche un elenco vuoto).")
                @Size(max = 5, message = "Indicare al massimo 5 professioni desiderate.")
                List<@NotBlank(message = "Un codice di professione desiderata è vuoto.") String> professioniDesiderate,
        Boolean patente,
        @Size(max = 100, message = "Il comune può avere al massimo 100 caratteri.") String comune) {}
