package it.santarzenio.sil.agenda;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.Optional;

/**
 * The national public holidays of Italy (law 260/1949 and later changes), for any year. Easter Sunday always falls
 * on a Sunday, when the desks are closed anyway; Easter Monday is the one that matters and moves every year.
 */
final class Festivita {

    private static final Map<MonthDay, String> FISSE = Map.ofEntries(
            Map.entry(MonthDay.of(1, 1), "Capodanno"),
            Map.entry(MonthDay.of(1, 6), "Epifania"),
            Map.entry(MonthDay.of(4, 25), "Festa della Liberazione"),
            Map.entry(MonthDay.of(5, 1), "Festa del Lavoro"),
            Map.entry(MonthDay.of(6, 2), "Festa della Repubblica"),
            Map.entry(MonthDay.of(8, 15), "Ferragosto"),
            Map.entry(MonthDay.of(11, 1), "Ognissanti"),
            Map.entry(MonthDay.of(12, 8), "Immacolata Concezione"),
            Map.entry(MonthDay.of(12, 25), "Natale"),
            Map.entry(MonthDay.of(12, 26), "Santo Stefano"));

    private Festivita() {}

    /** The name of the holiday on that day, if it is one. */
    static Optional<String> di(LocalDate giorno) {
        String fissa = FISSE.get(MonthDay.from(giorno));
        if (fissa != null) {
            return Optional.of(fissa);
        }
        LocalDate pasqua = pasqua(giorno.getYear());
        if (giorno.equals(pasqua)) {
            return Optional.of("Pasqua");
        }
        if (giorno.equals(pasqua.plusDays(1))) {
            return Optional.of("Lunedì dell'Angelo (Pasquetta)");
        }
        return Optional.empty();
    }

    /** Easter Sunday of the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" computus). */
    static LocalDate pasqua(int anno) {
        int a = anno % 19;
        int b = anno / 100;
        int c = anno % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int mese = (h + l - 7 * m + 114) / 31;
        int giorno = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(anno, mese, giorno);
    }
}
