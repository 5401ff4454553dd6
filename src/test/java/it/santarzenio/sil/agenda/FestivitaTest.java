package it.santarzenio.sil.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FestivitaTest {

    @ParameterizedTest(name = "Pasqua {0}: {1}")
    @CsvSource({
        "2024, 2024-03-31",
        "2025, 2025-04-20",
        "2026, 2026-04-05",
        "2027, 2027-03-28",
        "2028, 2028-04-16",
        "2029, 2029-04-01",
        "2030, 2030-04-21",
        "2038, 2038-04-25",
        "2285, 2285-03-22"
    })
    void pasqua_calcolataColComputo(int anno, LocalDate attesa) {
        assertThat(Festivita.pasqua(anno)).isEqualTo(attesa);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2025-04-21", "2026-04-06", "2027-03-29", "2028-04-17", "2029-04-02", "2030-04-22"})
    void pasquetta_festivaESempreDiLunedi(LocalDate pasquetta) {
        assertThat(pasquetta.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(Festivita.di(pasquetta)).contains("Lunedì dell'Angelo (Pasquetta)");
        assertThat(Festivita.di(pasquetta.plusWeeks(1))).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "01-01, Capodanno",
        "01-06, Epifania",
        "04-25, Festa della Liberazione",
        "05-01, Festa del Lavoro",
        "06-02, Festa della Repubblica",
        "08-15, Ferragosto",
        "11-01, Ognissanti",
        "12-08, Immacolata Concezione",
        "12-25, Natale",
        "12-26, Santo Stefano"
    })
    void festeFisse_ogniAnno(String meseGiorno, String nome) {
        for (int anno = 2025; anno <= 2035; anno++) {
            assertThat(Festivita.di(LocalDate.parse(anno + "-" + meseGiorno)))
                    .as("%d-%s", anno, meseGiorno)
                    .contains(nome);
        }
    }

    @Test
    void immacolata2026_martediFestivo_lunediPrimaNo() {
        assertThat(LocalDate.of(2026, 12, 8).getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
        assertThat(Festivita.di(LocalDate.of(2026, 12, 8))).contains("Immacolata Concezione");
        assertThat(Festivita.di(LocalDate.of(2026, 12, 7))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {2025, 2026, 2027, 2028, 2029, 2030})
    void inUnAnno_dodiciFesteInfrasettimanaliODomeniche(int anno) {
        long feste = Year.of(anno)
                .atDay(1)
                .datesUntil(LocalDate.of(anno + 1, 1, 1))
                .filter(giorno -> Festivita.di(giorno).isPresent())
                .count();
        // Ten fixed holidays, Easter Sunday and Easter Monday (none of them coincides: Easter is from 22/3 to 25/4,
        // and 25 April on Easter Sunday happens, e.g. 2038, but not in these years).
        assertThat(feste).isEqualTo(12);
    }
}
