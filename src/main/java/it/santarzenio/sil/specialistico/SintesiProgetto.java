package it.santarzenio.sil.specialistico;

import java.time.Instant;
import java.time.LocalDate;

/** The project of a case as the desks and the reports see it. */
public record SintesiProgetto(
        String numeroPratica,
        boolean progettoDefinito,
        TipoProgetto tipoProgetto,
        boolean richiedeAbbinamento,
        StatoProgetto stato,
        String approvatoDa,
        Instant approvatoIl,
        EsitoAbbinamento esitoAbbinamento,
        Long offertaId,
        String enteOspitante,
        LocalDate dataAvvio,
        int monitoraggi,
        EsitoFinale esitoFinale) {}
