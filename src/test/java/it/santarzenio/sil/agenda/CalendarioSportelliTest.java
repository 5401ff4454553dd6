package it.santarzenio.sil.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CalendarioSportelliTest {

    private final AgendaProperties configurazione = new AgendaProperties();
    private final CalendarioSportelli calendario = new CalendarioSportelli(configurazione);

    @Test
    void lunediOrdinario_quattroSlotDiMezzOraDalle10Alle12() {
        assertThat(calendario.slot(Sportello.INFORMATIVO, LocalDate.of(2026, 12, 7)))
                .containsExactly(
                        LocalDateTime.of(2026, 12, 7, 10, 0),
                        LocalDateTime.of(2026, 12, 7, 10, 30),
                        LocalDateTime.of(2026, 12, 7, 11, 0),
                        LocalDateTime.of(2026, 12, 7, 11, 30));
        assertThat(calendario.slot(Sportello.SPECIALISTICO, LocalDate.of(2026, 12, 1)))
                .hasSize(4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-02", "2026-12-03", "2026-12-04", "2026-12-05", "2026-12-06"})
    void daMercolediADomenica_nessunoSlot(LocalDate giorno) {
        assertThat(calendario.slot(Sportello.INFORMATIVO, giorno)).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "2026-12-08, Immacolata Concezione",
        "2027-03-29, Pasquetta",
        "2028-04-17, Pasquetta",
        "2027-10-04, San Francesco d'Assisi",
        "2032-10-04, San Francesco d'Assisi",
        "2026-05-26, ",
        "2027-01-05, ",
    })
    void festivitaDiLunediOMartedi_chiuso(LocalDate giorno, String festa) {
        if (festa == null) {
            assertThat(calendario.slot(Sportello.INFORMATIVO, giorno)).hasSize(4);
        } else {
            assertThat(calendario.slot(Sportello.INFORMATIVO, giorno)).isEmpty();
            assertThat(calendario.errore(Sportello.INFORMATIVO, giorno.atTime(10, 0)))
                    .hasValueSatisfying(messaggio -> assertThat(messaggio)
                            .contains("gli sportelli sono chiusi")
                            .contains(festa));
        }
    }

    @Test
    void chiusureConfigurate_giornoSingoloEIntervalloInclusi() {
        configurazione.setChiusure(List.of(
                new AgendaProperties.Chiusura(LocalDate.of(2026, 10, 5), null, "festa del santo patrono"),
                new AgendaProperties.Chiusura(LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 25), "chiusura estiva")));

        assertThat(calendario.slot(Sportello.INFORMATIVO, LocalDate.of(2026, 10, 5)))
                .isEmpty();
        assertThat(calendario.slot(Sportello.INFORMATIVO, LocalDate.of(2026, 10, 6)))
                .hasSize(4);
        assertThat(calendario.slot(Sportello.INFORMATIVO, LocalDate.of(2026, 8, 3)))
                .isEmpty();
        assertThat(calendario.slot(Sportello.INFORMATIVO, LocalDate.of(2026, 8, 25)))
                .isEmpty();
        assertThat(calendario.slot(Sportello.INFORMATIVO, LocalDate.of(2026, 8, 31)))
                .hasSize(4);
        assertThat(calendario.errore(Sportello.INFORMATIVO, LocalDateTime.of(2026, 8, 11, 10, 30)))
                .contains("Martedì 11 agosto 2026 gli sportelli sono chiusi (chiusura estiva).");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10:00", "10:30", "11:00", "11:30"})
    void sulConfineDiUnoSlot_valido(LocalTime ora) {
        assertThat(calendario.errore(
                        Sportello.INFORMATIVO, LocalDate.of(2026, 12, 7).atTime(ora)))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"09:30", "09:59", "12:00", "12:30", "15:00"})
    void fuoriOrario_rifiutatoConGliOrariDelloSportello(LocalTime ora) {
        assertThat(calendario.errore(
                        Sportello.INFORMATIVO, LocalDate.of(2026, 12, 7).atTime(ora)))
                .hasValueSatisfying(messaggio -> assertThat(messaggio)
                        .startsWith("Lo Sportello Informativo di Orientamento al Lavoro riceve il lunedì e il martedì"
                                + " dalle 10:00 alle 12:00: lunedì 7 dicembre 2026 alle ")
                        .endsWith("è fuori orario."));
    }

    @Test
    void mercoledi_fuoriOrario() {
        assertThat(calendario.errore(Sportello.SPECIALISTICO, LocalDateTime.of(2026, 12, 9, 10, 0)))
                .contains("Lo Sportello di Orientamento Specialistico riceve il lunedì e il martedì dalle 10:00 alle"
                        + " 12:00: mercoledì 9 dicembre 2026 alle 10:00 è fuori orario.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10:15", "10:01", "11:45", "10:30:30", "11:00:00.5"})
    void fuoriDalConfineDiUnoSlot_rifiutato(LocalTime ora) {
        assertThat(calendario.errore(
                        Sportello.INFORMATIVO, LocalDate.of(2026, 12, 7).atTime(ora)))
                .hasValueSatisfying(messaggio -> assertThat(messaggio)
                        .startsWith("Gli appuntamenti durano 30 minuti e iniziano alle 10:00 e poi ogni 30 minuti"
                                + " fino alle 12:00")
                        .endsWith("non sono un orario d'inizio."));
    }

    @Test
    void settimanaDelCambioAllOraLegale_stessoOrarioLocaleOffsetDiverso() {
        // Last Sunday of March 2026 is the 29th: the Monday before is in CET, the Monday after in CEST.
        var primaDelCambio = calendario.inizio(LocalDateTime.of(2026, 3, 23, 10, 0));
        var dopoIlCambio = calendario.inizio(LocalDateTime.of(2026, 3, 30, 10, 0));

        assertThat(primaDelCambio.getOffset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(dopoIlCambio.getOffset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(primaDelCambio.toInstant()).hasToString("2026-03-23T09:00:00Z");
        assertThat(dopoIlCambio.toInstant()).hasToString("2026-03-30T08:00:00Z");
        assertThat(calendario.slot(Sportello.INFORMATIVO, LocalDate.of(2026, 3, 30)))
                .hasSize(4);
        assertThat(calendario.slot(Sportello.INFORMATIVO, LocalDate.of(2026, 3, 31)))
                .hasSize(4);
    }

    @Test
    void settimanaDelRitornoAllOraSolare_stessoOrarioLocaleOffsetDiverso() {
        // Last Sunday of October 2026 is the 25th.
        var primaDelCambio = calendario.inizio(LocalDateTime.of(2026, 10, 20, 11, 30));
        var dopoIlCambio = calendario.inizio(LocalDateTime.of(2026, 10, 26, 11, 30));

        assertThat(primaDelCambio.toInstant()).hasToString("2026-10-20T09:30:00Z");
        assertThat(dopoIlCambio.toInstant()).hasToString("2026-10-26T10:30:00Z");
        assertThat(calendario.slot(Sportello.INFORMATIVO, LocalDate.of(2026, 10, 26)))
                .hasSize(4);
    }

    @Test
    void orarioNellOraSaltataDallOraLegale_nonEsiste() {
        // A desk open at night on Sundays, to meet the DST change (29 March 2026, 02:00 -> 03:00).
        configurazione
                .getOrari()
                .put(
                        Sportello.SPECIALISTICO,
                        List.of(new AgendaProperties.Fascia(DayOfWeek.SUNDAY, LocalTime.of(1, 0), LocalTime.of(4, 0))));

        assertThat(calendario.slot(Sportello.SPECIALISTICO, LocalDate.of(2026, 3, 29)))
                .extracting(LocalDateTime::toLocalTime)
                .containsExactly(LocalTime.of(1, 0), LocalTime.of(1, 30), LocalTime.of(3, 0), LocalTime.of(3, 30));
        assertThat(calendario.errore(Sportello.SPECIALISTICO, LocalDateTime.of(2026, 3, 29, 2, 30)))
                .hasValueSatisfying(messaggio -> assertThat(messaggio).contains("ora legale"));
        assertThat(calendario.slot(Sportello.SPECIALISTICO, LocalDate.of(2026, 3, 22)))
                .hasSize(6);
    }

    @Test
    void orariConfigurati_descrittiInItaliano() {
        configurazione
                .getOrari()
                .put(
                        Sportello.SPECIALISTICO,
                        List.of(
                                new AgendaProperties.Fascia(
                                        DayOfWeek.THURSDAY, LocalTime.of(15, 0), LocalTime.of(17, 0)),
                                new AgendaProperties.Fascia(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                                new AgendaProperties.Fascia(
                                        DayOfWeek.WEDNESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))));

        assertThat(calendario.orario(Sportello.SPECIALISTICO))
                .isEqualTo("il lunedì e il mercoledì dalle 09:00 alle 12:00; il giovedì dalle 15:00 alle 17:00");
        assertThat(calendario.orario(Sportello.INFORMATIVO)).isEqualTo("il lunedì e il martedì dalle 10:00 alle 12:00");
    }
}
