package it.santarzenio.sil.agenda;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sil.agenda.*}: opening hours of each desk, slot length, address, local closures and e-mail reminders. The
 * defaults are the service's real ones (Monday and Tuesday, 10:00–12:00, Torre Civica), so nothing has to be set.
 */
@ConfigurationProperties("sil.agenda")
public class AgendaProperties {

    private ZoneId fusoOrario = ZoneId.of("Europe/Rome");
    private Duration durataSlot = Duration.ofMinutes(30);
    private String indirizzo = "Torre Civica, piano terra, Comune di Sant'Arzenio";
    /** Opening hours by desk; a desk configured here replaces its default hours, the other keeps them. */
    private Map<Sportello, List<Fascia>> orari = orariPredefiniti();
    /** Local closures on top of the national holidays: the patron saint's day, the summer closure, ... */
    private List<Chiusura> chiusure = new ArrayList<>();

    private Promemoria promemoria = new Promemoria();

    private static Map<Sportello, List<Fascia>> orariPredefiniti() {
        var orari = new EnumMap<Sportello, List<Fascia>>(Sportello.class);
        for (Sportello sportello : Sportello.values()) {
            orari.put(
                    sportello,
                    new ArrayList<>(List.of(
                            new Fascia(DayOfWeek.MONDAY, LocalTime.of(10, 0), LocalTime.of(12, 0)),
                            new Fascia(DayOfWeek.TUESDAY, LocalTime.of(10, 0), LocalTime.of(12, 0)))));
        }
        return orari;
    }

    public ZoneId getFusoOrario() {
        return fusoOrario;
    }

    public void setFusoOrario(ZoneId fusoOrario) {
        this.fusoOrario = fusoOrario;
    }

    public Duration getDurataSlot() {
        return durataSlot;
    }

    public void setDurataSlot(Duration durataSlot) {
        this.durataSlot = durataSlot;
    }

    public String getIndirizzo() {
        return indirizzo;
    }

    public void setIndirizzo(String indirizzo) {
        this.indirizzo = indirizzo;
    }

    public Map<Sportello, List<Fascia>> getOrari() {
        return orari;
    }

    public void setOrari(Map<Sportello, List<Fascia>> orari) {
        this.orari = orari;
    }

    public List<Chiusura> getChiusure() {
        return chiusure;
    }

    public void setChiusure(List<Chiusura> chiusure) {
        this.chiusure = chiusure;
    }

    public Promemoria getPromemoria() {
        return promemoria;
    }

    public void setPromemoria(Promemoria promemoria) {
        this.promemoria = promemoria;
    }

    /** One opening of a desk: a day of the week, from {@code dalle} to {@code alle} local time. */
    public static class Fascia {

        private DayOfWeek giorno;
        private LocalTime dalle;
        private LocalTime alle;

        public Fascia() {}

        public Fascia(DayOfWeek giorno, LocalTime dalle, LocalTime alle) {
            this.giorno = giorno;
            this.dalle = dalle;
            this.alle = alle;
        }

        public DayOfWeek getGiorno() {
            return giorno;
        }

        public void setGiorno(DayOfWeek giorno) {
            this.giorno = giorno;
        }

        public LocalTime getDalle() {
            return dalle;
        }

        public void setDalle(LocalTime dalle) {
            this.dalle = dalle;
        }

        public LocalTime getAlle() {
            return alle;
        }

        public void setAlle(LocalTime alle) {
            this.alle = alle;
        }
    }

    /** Desks closed from {@code dal} to {@code al} included; without {@code al}, the single day {@code dal}. */
    public static class Chiusura {

        private LocalDate dal;
        private LocalDate al;
        private String motivo = "chiusura dell'ufficio";

        public Chiusura() {}

        public Chiusura(LocalDate dal, LocalDate al, String motivo) {
            this.dal = dal;
            this.al = al;
            this.motivo = motivo;
        }

        boolean comprende(LocalDate giorno) {
            return !giorno.isBefore(dal) && !giorno.isAfter(al == null ? dal : al);
        }

        public LocalDate getDal() {
            return dal;
        }

        public void setDal(LocalDate dal) {
            this.dal = dal;
        }

        public LocalDate getAl() {
            return al;
        }

        public void setAl(LocalDate al) {
            this.al = al;
        }

        public String getMotivo() {
            return motivo;
        }

        public void setMotivo(String motivo) {
            this.motivo = motivo;
        }
    }

    /** E-mails to the citizen; they go out only when {@code spring.mail.host} is set. */
    public static class Promemoria {

        private String mittente = "Sportello Lavoro <sportello.lavoro@comune.santarzenio.example>";
        /** The reminder leaves the day before the appointment at this time. */
        private LocalTime oraPromemoria = LocalTime.of(9, 0);
        /** How often the queue of e-mails is looked at. */
        private Duration frequenza = Duration.ofMinutes(1);
        /** After this many failed sends an e-mail is given up (and logged as an error). */
        private int tentativiMassimi = 10;

        public String getMittente() {
            return mittente;
        }

        public void setMittente(String mittente) {
            this.mittente = mittente;
        }

        public LocalTime getOraPromemoria() {
            return oraPromemoria;
        }

        public void setOraPromemoria(LocalTime oraPromemoria) {
            this.oraPromemoria = oraPromemoria;
        }

        public Duration getFrequenza() {
            return frequenza;
        }

        public void setFrequenza(Duration frequenza) {
            this.frequenza = frequenza;
        }

        public int getTentativiMassimi() {
            return tentativiMassimi;
        }

        public void setTentativiMassimi(int tentativiMassimi) {
            this.tentativiMassimi = tentativiMassimi;
        }
    }
}
