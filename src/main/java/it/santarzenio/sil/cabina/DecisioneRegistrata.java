package it.santarzenio.sil.cabina;

import java.time.Instant;

public record DecisioneRegistrata(
        int versione, DecisioneCabina decisione, String motivazione, String decisaDa, Instant decisaIl) {}
