package it.santarzenio.sil.verifica;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The form of Task_VerificaEsito. */
public record EsitoVerifica(
        @NotNull(
                        message = "Indicare la condizione del cittadino: OCCUPATO, IN_FORMAZIONE, IN_TIROCINIO,"
                                + " DISOCCUPATO o NON_RAGGIUNGIBILE.")
                CondizioneVerifica condizioneVerifica,
        @Size(max = 4000, message = "Le note della verifica possono avere al massimo 4000 caratteri.")
                String noteVerifica) {}
