package it.santarzenio.sil.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** sil.agenda.* as an administrator writes it in application.yaml or in environment variables. */
class AgendaPropertiesTest {

    private static AgendaProperties leggi(Map<String, String> proprieta) {
        var binder = new Binder(new MapConfigurationPropertySource(proprieta));
        return binder.bindOrCreate("sil.agenda", Bindable.of(AgendaProperties.class));
    }

    @Test
    void senzaConfigurazione_lunediEMartedi10_12PerEntrambiGliSportelli() {
        var configurazione = leggi(Map.of());

        for (Sportello sportello : Sportello.values()) {
            assertThat(configurazione.getOrari().get(sportello))
                    .extracting(
                            AgendaProperties.Fascia::getGiorno,
                            AgendaProperties.Fascia::getDalle,
                            AgendaProperties.Fascia::getAlle)
                    .map(tupla -> tupla.toList())
                    .containsExactly(
                            java.util.List.of(DayOfWeek.MONDAY, LocalTime.of(10, 0), LocalTime.of(12, 0)),
                            java.util.List.of(DayOfWeek.TUESDAY, LocalTime.of(10, 0), LocalTime.of(12, 0)));
        }
        assertThat(configurazione.getDurataSlot()).isEqualTo(Duration.ofMinutes(30));
        assertThat(configurazione.getFusoOrario().getId()).isEqualTo("Europe/Rome");
        assertThat(configurazione.getIndirizzo()).isEqualTo("Torre Civica, piano terra, Comune di Sant'Arzenio");
    }

    @Test
    void orariDiUnoSportello_sostituisconoSoloIlSuo() {
        var configurazione = leggi(Map.of(
                "sil.agenda.orari.specialistico[0].giorno", "thursday",
                "sil.agenda.orari.specialistico[0].dalle", "15:00",
                "sil.agenda.orari.specialistico[0].alle", "17:30",
                "sil.agenda.durata-slot", "45m"));

        var giovedi = configurazione.getOrari().get(Sportello.SPECIALISTICO);
        assertThat(giovedi).hasSize(1);
        assertThat(giovedi.get(0).getGiorno()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(giovedi.get(0).getDalle()).isEqualTo(LocalTime.of(15, 0));
        assertThat(giovedi.get(0).getAlle()).isEqualTo(LocalTime.of(17, 30));
        assertThat(configurazione.getOrari().get(Sportello.INFORMATIVO)).hasSize(2);
        assertThat(configurazione.getDurataSlot()).isEqualTo(Duration.ofMinutes(45));
    }

    @Test
    void chiusureLocali_giornoSingoloEIntervallo() {
        var configurazione = leggi(Map.of(
                "sil.agenda.chiusure[0].dal", "2026-10-05",
                "sil.agenda.chiusure[0].motivo", "festa del santo patrono",
                "sil.agenda.chiusure[1].dal", "2026-08-03",
                "sil.agenda.chiusure[1].al", "2026-08-21",
                "sil.agenda.chiusure[1].motivo", "chiusura estiva"));

        var calendario = new CalendarioSportelli(configurazione);
        assertThat(calendario.chiusura(LocalDate.of(2026, 10, 5))).contains("festa del santo patrono");
        assertThat(calendario.chiusura(LocalDate.of(2026, 8, 10))).contains("chiusura estiva");
        assertThat(calendario.chiusura(LocalDate.of(2026, 8, 24))).isEmpty();
    }
}
