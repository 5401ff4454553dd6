package it.santarzenio.sil.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import it.santarzenio.sil.DatiNonValidiException;
import it.santarzenio.sil.PostgresEmbedded;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two operators booking the same slot at the same moment, on a real PostgreSQL: exactly one gets it, the other reads
 * the Italian refusal. Each booking commits in its own transaction, as from two Tasklist sessions.
 */
@AgendaSuH2
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class AgendaConcorrenzaIT {

    // The JVM's one embedded PostgreSQL, in a database of this class's own.
    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry proprieta) {
        proprieta.add("spring.datasource.url", () -> PostgresEmbedded.url("agenda_concorrenza"));
        proprieta.add("spring.datasource.username", () -> PostgresEmbedded.UTENTE);
        proprieta.add("spring.datasource.password", () -> PostgresEmbedded.PASSWORD);
    }

    private static final LocalDateTime SLOT = LocalDateTime.of(2026, 12, 14, 10, 0);

    private final AgendaService agenda;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transazione;
    private final ExecutorService operatori = Executors.newFixedThreadPool(6);

    AgendaConcorrenzaIT(AgendaService agenda, JdbcTemplate jdbc, PlatformTransactionManager transazioni) {
        this.agenda = agenda;
        this.jdbc = jdbc;
        this.transazione = new TransactionTemplate(transazioni);
    }

    @BeforeEach
    void agendaVuota() {
        jdbc.update("delete from avviso_email");
        jdbc.update("delete from appuntamento");
    }

    @AfterEach
    void fermaOperatori() {
        operatori.shutdownNow();
    }

    private static RichiestaAppuntamento richiesta(String pratica, LocalDateTime inizio) {
        return new RichiestaAppuntamento(
                pratica, 1L, Sportello.INFORMATIVO, inizio, "informativo", "Bilancio delle competenze", null);
    }

    @Test
    void database_postgres() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
    }

    /**
     * The second booking starts while the first is written but not committed: the check before the insert sees
     * nothing, so only the unique constraint can stop it. PostgreSQL makes its insert wait for the first commit, then
     * refuses it.
     */
    @Test
    void secondaPrenotazioneMentreLaPrimaNonECommessa_fermataDalVincoloUnico() throws Exception {
        var primaScritta = new CountDownLatch(1);
        var puoCommettere = new CountDownLatch(1);
        Future<AppuntamentoPrenotato> prima = operatori.submit(() -> transazione.execute(stato -> {
            var prenotato = agenda.prenota(richiesta("SIL-2026-000001", SLOT));
            primaScritta.countDown();
            attendi(puoCommettere);
            return prenotato;
        }));
        assertThat(primaScritta.await(30, TimeUnit.SECONDS)).isTrue();

        Future<AppuntamentoPrenotato> seconda =
                operatori.submit(() -> agenda.prenota(richiesta("SIL-2026-000002", SLOT)));
        attendiUnaSessioneBloccata();
        puoCommettere.countDown();

        assertThat(prima.get(30, TimeUnit.SECONDS).inizio().toLocalDateTime()).isEqualTo(SLOT);
        var rifiuto = org.assertj.core.api.Assertions.catchThrowable(() -> seconda.get(30, TimeUnit.SECONDS));
        assertThat(rifiuto.getCause())
                .isInstanceOf(DatiNonValidiException.class)
                .hasMessage("L'orario di lunedì 14 dicembre 2026 alle 10:00 dello Sportello Informativo di"
                        + " Orientamento al Lavoro è già occupato. Primi orari liberi: lunedì 14 dicembre 2026, 10:30;"
                        + " lunedì 14 dicembre 2026, 11:00; lunedì 14 dicembre 2026, 11:30.");
        assertThat(prenotazioniDelloSlot()).containsExactly("SIL-2026-000001");
    }

    @Test
    void seiOperatoriInsiemeSulloStessoSlot_unoSoloVince() throws Exception {
        var via = new CyclicBarrier(6);
        var esiti = new ArrayList<Future<AppuntamentoPrenotato>>();
        for (int i = 1; i <= 6; i++) {
            String pratica = "SIL-2026-00001" + i;
            esiti.add(operatori.submit(() -> {
                via.await(30, TimeUnit.SECONDS);
                return agenda.prenota(richiesta(pratica, SLOT));
            }));
        }

        int vinte = 0;
        var rifiuti = new ArrayList<Throwable>();
        for (var esito : esiti) {
            try {
                esito.get(60, TimeUnit.SECONDS);
                vinte++;
            } catch (java.util.concurrent.ExecutionException e) {
                rifiuti.add(e.getCause());
            }
        }
        assertThat(vinte).isEqualTo(1);
        assertThat(rifiuti).hasSize(5).allSatisfy(rifiuto -> assertThat(rifiuto)
                .isInstanceOf(DatiNonValidiException.class)
                .hasMessageContaining("è già occupato. Primi orari liberi: lunedì 14 dicembre 2026, 10:30;"));
        assertThat(prenotazioniDelloSlot()).hasSize(1);
    }

    @Test
    void stessaPraticaDaDueOperatoriSuSlotDiversi_unaSolaPrenotazione() throws Exception {
        var primaScritta = new CountDownLatch(1);
        var puoCommettere = new CountDownLatch(1);
        Future<AppuntamentoPrenotato> prima = operatori.submit(() -> transazione.execute(stato -> {
            var prenotato = agenda.prenota(richiesta("SIL-2026-000001", SLOT));
            primaScritta.countDown();
            attendi(puoCommettere);
            return prenotato;
        }));
        assertThat(primaScritta.await(30, TimeUnit.SECONDS)).isTrue();

        Future<AppuntamentoPrenotato> seconda =
                operatori.submit(() -> agenda.prenota(richiesta("SIL-2026-000001", SLOT.plusMinutes(30))));
        attendiUnaSessioneBloccata();
        puoCommettere.countDown();

        prima.get(30, TimeUnit.SECONDS);
        var rifiuto = org.assertj.core.api.Assertions.catchThrowable(() -> seconda.get(30, TimeUnit.SECONDS));
        assertThat(rifiuto.getCause())
                .isInstanceOf(DatiNonValidiException.class)
                .hasMessage("Un altro operatore ha appena fissato un appuntamento per la pratica SIL-2026-000001:"
                        + " ricaricare la pagina per vederlo prima di cambiarlo.");
        assertThat(jdbc.queryForObject(
                        "select count(*) from appuntamento where prenotato_per = 'SIL-2026-000001'", Integer.class))
                .isEqualTo(1);
    }

    private List<String> prenotazioniDelloSlot() {
        return jdbc.queryForList(
                "select numero_pratica from appuntamento where sportello = 'INFORMATIVO' and slot_occupato is not null",
                String.class);
    }

    /** Waits until PostgreSQL shows a session waiting for a lock: the second insert, held by the first one. */
    private void attendiUnaSessioneBloccata() throws InterruptedException {
        long limite = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (jdbc.queryForObject(
                        "select count(*) from pg_stat_activity where wait_event_type = 'Lock'", Integer.class)
                == 0) {
            assertThat(System.nanoTime()).as("una sessione in attesa del lock").isLessThan(limite);
            Thread.sleep(20);
        }
    }

    private static void attendi(CountDownLatch segnale) {
        try {
            assertThat(segnale.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
