package it.santarzenio.sil;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Presence is recorded only once the appointment has begun, but a test books the first free slot, in the future:
 * this moves the case's booked appointment ten years and a few seconds into the past (the seconds unique in the JVM, so
 * that two moved appointments never share a slot), as if its hour had come.
 */
public final class AppuntamentoIniziato {

    private static final AtomicInteger SPOSTAMENTI = new AtomicInteger();

    private AppuntamentoIniziato() {}

    public static void per(JdbcTemplate jdbc, String numeroPratica) {
        per(jdbc, numeroPratica, Duration.ofDays(3650).plusSeconds(SPOSTAMENTI.incrementAndGet()));
    }

    /** By {@code spostamento}, unique among the appointments moved on that database. */
    public static void per(JdbcTemplate jdbc, String numeroPratica, Duration spostamento) {
        var orari =
                jdbc.queryForMap("select id, inizio, fine from appuntamento where prenotato_per = ?", numeroPratica);
        var inizio = ((Timestamp) jdbc.queryForObject(
                        "select inizio from appuntamento where id = ?", Timestamp.class, orari.get("id")))
                .toInstant()
                .minus(spostamento);
        var fine = jdbc.queryForObject("select fine from appuntamento where id = ?", Timestamp.class, orari.get("id"))
                .toInstant()
                .minus(spostamento);
        jdbc.update(
                "update appuntamento set inizio = ?, fine = ?, slot_occupato = ? where id = ?",
                Timestamp.from(inizio),
                Timestamp.from(fine),
                Timestamp.from(inizio),
                orari.get("id"));
    }
}
