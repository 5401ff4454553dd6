package it.santarzenio.sil.verifica;

import java.time.Instant;
import java.time.Period;

/** One recorded check: the interval after the closure it answers, the condition, who asked and when. */
public record VerificaRegistrata(
        String numeroPratica,
        Period intervallo,
        CondizioneVerifica condizione,
        String note,
        String operatore,
        Instant registrataIl) {}
