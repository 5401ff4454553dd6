package it.santarzenio.sil.agenda;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The national public holidays of Italy as Jollyday's calendar keeps them, following the law in force (4 October,
 * San Francesco d'Assisi, again from 2026 by legge 151/2025): a changed law is a library upgrade, not our code.
 * Jollyday has no Italian names, so they are ours, by the library's key.
 */
final class Festivita {

    private static final HolidayManager ITALIA =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.ITALY));

    private static final Map<String, String> NOMI = Map.ofEntries(
            Map.entry("NEW_YEAR", "Capodanno"),
            Map.entry("EPIPHANY", "Epifania"),
            Map.entry("LIBERATION", "Festa della Liberazione"),
            Map.entry("LABOUR_DAY", "Festa del Lavoro"),
            Map.entry("REPUBLIC_DAY", "Festa della Repubblica"),
            Map.entry("ASSUMPTION_DAY", "Ferragosto"),
            Map.entry("ST_FRANCIS_OF_ASSISI", "San Francesco d'Assisi"),
            Map.entry("ALL_SAINTS", "Ognissanti"),
            Map.entry("IMMACULATE_CONCEPTION", "Immacolata Concezione"),
            Map.entry("CHRISTMAS", "Natale"),
            Map.entry("STEPHENS", "Santo Stefano"),
            Map.entry("christian.EASTER", "Pasqua"),
            Map.entry("christian.EASTER_MONDAY", "Lunedì dell'Angelo (Pasquetta)"));

    /** One year's holidays by day, read once: the agenda asks about every day it offers. */
    private static final Map<Integer, Map<LocalDate, String>> PER_ANNO = new ConcurrentHashMap<>();

    private Festivita() {}

    /** The name of the national holiday on that day, if it is one. */
    static Optional<String> di(LocalDate giorno) {
        return Optional.ofNullable(
                PER_ANNO.computeIfAbsent(giorno.getYear(), Festivita::leggi).get(giorno));
    }

    private static Map<LocalDate, String> leggi(int anno) {
        var feste = new ConcurrentHashMap<LocalDate, String>();
        for (Holiday festa : ITALIA.getHolidays(Year.of(anno))) {
            // A date two holidays share (25 April on Easter Sunday) keeps the first name read: either is true.
            feste.putIfAbsent(festa.getDate(), NOMI.getOrDefault(festa.getPropertiesKey(), festa.getDescription()));
        }
        return feste;
    }
}
