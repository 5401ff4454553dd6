package it.santarzenio.sil.processo;

import static org.assertj.core.api.Assertions.assertThat;

import it.santarzenio.sil.ApplicazioneSuPostgres;
import it.santarzenio.sil.processo.sicurezza.Gruppo;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On PostgreSQL, the indexes of ADR 0019 exist after the start, a second creation changes nothing, and the engine's
 * own queries use them: a citizen by codice fiscale, the search box's key and the "Colloqui di oggi" filter, run as a desk runs them, each
 * raise the scan counter of their index. A property, not a timing (those are in docs/benchmark.md).
 */
@ApplicazioneSuPostgres
class IndiciDelMotoreIT {

    private static final int PRATICHE = 600;

    private final ProcessEngine engine;
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    IndiciDelMotoreIT(ProcessEngine engine, JdbcTemplate jdbc, DataSource dataSource) {
        this.engine = engine;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    @Test
    void dopoLAvvio_indiciPresenti_eUnaSecondaCreazioneNonCambiaNulla() throws Exception {
        var nomi = Stream.concat(IndiciDelMotore.INDICI.stream(), Stream.of(IndiciDelMotore.RICERCA))
                .map(indice -> indice.nome().toLowerCase(Locale.ROOT))
                .toList();
        assertThat(indiciPresenti()).containsAll(nomi);

        try (var connessione = dataSource.getConnection()) {
            IndiciDelMotore.crea(connessione, "");
        }
        assertThat(indiciPresenti()).containsAll(nomi);
        assertThat(jdbc.queryForObject(
                        "select count(*) from pg_index i join pg_class c on c.oid = i.indexrelid"
                                + " where c.relname like 'sil_idx_%' and not i.indisvalid",
                        Long.class))
                .as("no index left invalid")
                .isZero();
    }

    @Test
    void codiceFiscaleEColloquiDiOggi_leInterrogazioniDelMotoreUsanoGliIndici() throws Exception {
        var sportelli = new SportelliFaseSpecialistica(engine);
        String cercato = null;
        String praticaCercata = null;
        for (int i = 0; i < PRATICHE; i++) {
            var fase = sportelli.inviaAlloSpecialistico(false);
            if (i == PRATICHE / 3) {
                praticaCercata = fase.getBusinessKey();
            }
            String codiceFiscale = "IDXPRV80A01H%03dZ".formatted(i % 1000);
            engine.getRuntimeService().setVariable(fase.getId(), Variabili.CODICE_FISCALE, codiceFiscale);
            if (i == PRATICHE / 2) {
                cercato = codiceFiscale;
            }
        }
        // What autovacuum does on a working server: statistics for the planner.
        jdbc.execute("analyze act_ru_variable");
        jdbc.execute("analyze act_ru_task");
        jdbc.execute("analyze act_ru_identitylink");
        String codiceFiscale = cercato;
        // As the search box writes it (ADR 0016): the case number reduced to letters and digits, Tasklist's "like".
        String chiave = "%" + praticaCercata.replaceAll("[^0-9A-Z]", "") + "%";

        long compiti = dopoScansioni(
                "sil_idx_var_codice_fiscale",
                () -> comeSpecialistico(() -> engine.getTaskService()
                        .createTaskQuery()
                        .processVariableValueEquals(Variabili.CODICE_FISCALE, codiceFiscale)
                        .count()));
        assertThat(compiti).isEqualTo(1);

        long trovati = dopoScansioni(
                "sil_idx_var_ricerca",
                () -> comeSpecialistico(() -> engine.getTaskService()
                        .createTaskQuery()
                        .taskVariableValueLike(ColonneElenco.RICERCA, chiave)
                        .count()));
        assertThat(trovati).isEqualTo(1);

        String colloquiDiOggi = engine.getFilterService()
                .createFilterQuery()
                .filterName("Colloqui di oggi - Sportello di Orientamento Specialistico")
                .singleResult()
                .getId();
        long diOggi = dopoScansioni(
                "sil_idx_task_scadenza",
                () -> comeSpecialistico(() -> engine.getFilterService().count(colloquiDiOggi)));
        assertThat(diOggi).as("Fase II tasks fall due in 15 days").isZero();
    }

    /** Runs {@code interrogazione} and waits until PostgreSQL counts one more scan of {@code indice}. */
    private long dopoScansioni(String indice, Supplier<Long> interrogazione) throws InterruptedException {
        long prima = scansioni(indice);
        long risultato = interrogazione.get();
        var entro = Instant.now().plus(Duration.ofSeconds(10));
        // A backend reports its counters when idle, at most once a second.
        while (scansioni(indice) == prima && Instant.now().isBefore(entro)) {
            Thread.sleep(200);
        }
        assertThat(scansioni(indice)).as("scans of " + indice).isGreaterThan(prima);
        return risultato;
    }

    private long scansioni(String indice) {
        return jdbc.queryForObject(
                "select pg_stat_clear_snapshot(), idx_scan from pg_stat_user_indexes where indexrelname = ?",
                (riga, n) -> riga.getLong(2),
                indice);
    }

    private List<String> indiciPresenti() {
        return jdbc.queryForList("select indexname from pg_indexes where indexname like 'sil_idx_%'", String.class);
    }

    private <T> T comeSpecialistico(Supplier<T> azione) {
        engine.getIdentityService().setAuthentication("specialistico", List.of(Gruppo.SPORTELLO_SPECIALISTICO.id()));
        try {
            return azione.get();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }
}
