package it.santarzenio.sil.cruscotto;

import it.santarzenio.sil.DatiNonValidiException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Days from {@code dal} to {@code al}, both included, as the service's days in Europe/Rome. */
public record Periodo(LocalDate dal, LocalDate al) {

    static final ZoneId ROMA = ZoneId.of("Europe/Rome");
    /** Ten years and a few leap days: longer than any report asks for, short enough to stay a bounded query. */
    static final int GIORNI_MASSIMI = 3660;

    public Periodo {
        if (dal == null || al == null) {
            throw new DatiNonValidiException("Indicare l'inizio (dal) e la fine (al) del periodo.");
        }
        if (al.isBefore(dal)) {
            throw new DatiNonValidiException("La fine del periodo (al) precede l'inizio (dal).");
        }
        if (dal.plusDays(GIORNI_MASSIMI).isBefore(al)) {
            throw new DatiNonValidiException("Il periodo può durare al massimo dieci anni.");
        }
    }

    /** The last twelve months up to {@code oggi} included. */
    public static Periodo ultimiDodiciMesi(LocalDate oggi) {
        return new Periodo(oggi.minusYears(1).plusDays(1), oggi);
    }

    public Instant inizio() {
        return dal.atStartOfDay(ROMA).toInstant();
    }

    /** The first instant after the period. */
    public Instant fine() {
        return al.plusDays(1).atStartOfDay(ROMA).toInstant();
    }
}
