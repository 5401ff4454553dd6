package it.santarzenio.sil;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock that tests set and move: "now" is whatever the test says, in Europe/Rome. */
public final class OrologioRegolabile extends Clock {

    public static final ZoneId ROMA = ZoneId.of("Europe/Rome");

    private volatile Instant adesso;

    public OrologioRegolabile(LocalDateTime adessoARoma) {
        imposta(adessoARoma);
    }

    public void imposta(LocalDateTime adessoARoma) {
        this.adesso = adessoARoma.atZone(ROMA).toInstant();
    }

    public void avanza(Duration quanto) {
        this.adesso = adesso.plus(quanto);
    }

    @Override
    public ZoneId getZone() {
        return ROMA;
    }

    @Override
    public Clock withZone(ZoneId zona) {
        return Clock.fixed(adesso, zona);
    }

    @Override
    public Instant instant() {
        return adesso;
    }
}
