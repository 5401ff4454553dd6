package it.santarzenio.sil.processo.sicurezza;

import static org.assertj.core.api.Assertions.assertThat;

import it.santarzenio.sil.ApplicazioneSuPostgres;
import it.santarzenio.sil.processo.SportelliFaseSpecialistica;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On PostgreSQL, the counters of ADR 0024 against the engine's tables: after every kind of change the engine makes
 * to tasks and candidate links (new tasks, claim and release, a group added twice and removed, a task completed, a
 * case deleted, the variations folded), the counters hold what a count from scratch gives; every desk's group counts,
 * Tasklist's filters among them, are read from them and equal the engine's own statement and authorization check.
 */
@ApplicazioneSuPostgres
class ContatoriDeiCompitiIT {

    /**
     * The second group given to a task by hand: the managers', who read every task through the engine's check. A
     * desk given a task by hand gets a grant on it, and its counts go back to the engine's join (ADR 0023).
     */
    private static final String ALTRO_GRUPPO = Gruppo.RESPONSABILI.id();

    private static final List<String> UTENTI = List.of("informativo", "specialistico", "partner", "cabina");

    private final ProcessEngine engine;
    private final ProcessEngineConfigurationImpl configurazione;
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final ContatoriDeiCompiti contatori;

    ContatoriDeiCompitiIT(
            ProcessEngine engine, JdbcTemplate jdbc, DataSource dataSource, ContatoriDeiCompiti contatori) {
        this.engine = engine;
        this.configurazione = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.contatori = contatori;
    }

    @Test
    void dopoOgniCambiamentoDeiCompiti_iContatoriSonoQuelliDelleTabelleDelMotore() {
        assertThat(contatori.attivi()).isTrue();
        var sportelli = new SportelliFaseSpecialistica(engine);
        var fasi = new ArrayList<ProcessInstance>();
        for (int i = 0; i < 6; i++) {
            fasi.add(sportelli.inviaAlloSpecialistico(false));
        }
        esatti("new tasks");
        var compiti = engine.getTaskService();

        Task primo = compitoDi(fasi.get(0));
        compiti.claim(primo.getId(), "specialistico");
        esatti("a task claimed");
        compiti.setAssignee(primo.getId(), null);
        esatti("a task released");

        Task secondo = compitoDi(fasi.get(1));
        compiti.addCandidateGroup(secondo.getId(), ALTRO_GRUPPO);
        compiti.addCandidateGroup(secondo.getId(), ALTRO_GRUPPO);
        esatti("a second group added, twice");
        compiti.setAssignee(secondo.getId(), "specialistico");
        esatti("a task of two groups claimed");
        compiti.deleteCandidateGroup(secondo.getId(), ALTRO_GRUPPO);
        esatti("the second group removed");
        // The engine granted the group that task when it was added, and keeps the grant: the database is shared
        // with the other tests, which find no grant per task (AutorizzazioniSenzaRighePerCompitoIT).
        var autorizzazioni = engine.getAuthorizationService();
        autorizzazioni
                .createAuthorizationQuery()
                .resourceType(Resources.TASK)
                .resourceId(secondo.getId())
                .list()
                .forEach(concessa -> autorizzazioni.deleteAuthorization(concessa.getId()));

        contatori.compatta();
        assertThat(jdbc.queryForObject("select count(*) from SIL_CONTEGGIO_COMPITI_VAR", Long.class))
                .as("variations left after the compaction")
                .isZero();
        esatti("the variations folded");

        sportelli.condividiCaso(fasi.get(2));
        esatti("a task completed, the next one created");
        engine.getRuntimeService().deleteProcessInstance(fasi.get(3).getId(), "prova dei contatori");
        esatti("a case deleted");

        for (String utente : UTENTI) {
            confronta(utente);
        }
    }

    @Test
    void unaSecondaInstallazione_nonCambiaNulla_eUnaNuovaVersione_ricalcola() throws Exception {
        new SportelliFaseSpecialistica(engine).inviaAlloSpecialistico(false);
        long versioni = jdbc.queryForObject("select count(*) from SIL_CONTEGGIO_VERSIONE", Long.class);
        try (var connessione = dataSource.getConnection()) {
            ContatoriDeiCompiti.installa(connessione, "");
        }
        assertThat(jdbc.queryForObject("select count(*) from SIL_CONTEGGIO_VERSIONE", Long.class))
                .isEqualTo(versioni)
                .isOne();
        esatti("installed again");

        // An older version's counters, wrong: the new version computes them again.
        jdbc.update("update SIL_CONTEGGIO_VERSIONE set VERSIONE_ = 'precedente'");
        jdbc.update("insert into SIL_CONTEGGIO_COMPITI_VAR (GRUPPI_, PROC_DEF_ID_, ASSEGNATO_, TENANT_ID_, N_)"
                + " values ('{sportello-specialistico}', 'x', false, '', 7)");
        try (var connessione = dataSource.getConnection()) {
            ContatoriDeiCompiti.installa(connessione, "");
        }
        esatti("a new version installed");
    }

    /** The counters hold what the engine's tables give, after {@code dopo}. */
    private void esatti(String dopo) {
        assertThat(jdbc.queryForList(ContatoriEsatti.DIFFERENZE, String.class))
                .as("counters after " + dopo)
                .isEmpty();
    }

    private Task compitoDi(ProcessInstance fase) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(fase.getId())
                .singleResult();
    }

    /**
     * Every group count of this user's desk, and every Tasklist filter it may read: read from the counters (their
     * table scanned), and equal to the engine's own statement with the engine's authorization check.
     */
    private void confronta(String utente) {
        var gruppi = engine.getIdentityService().createGroupQuery().groupMember(utente).list().stream()
                .map(gruppo -> gruppo.getId())
                .toList();
        var interrogazioni = new ArrayList<Supplier<TaskQueryImpl>>();
        for (String gruppo : gruppi) {
            interrogazioni.add(() ->
                    (TaskQueryImpl) engine.getTaskService().createTaskQuery().taskCandidateGroup(gruppo));
            interrogazioni.add(() -> (TaskQueryImpl) engine.getTaskService()
                    .createTaskQuery()
                    .taskCandidateGroup(gruppo)
                    .includeAssignedTasks());
        }
        interrogazioni.add(() -> (TaskQueryImpl) engine.getTaskService()
                .createTaskQuery()
                .taskCandidateGroupIn(gruppi)
                .taskUnassigned());
        for (var interrogazione : interrogazioni) {
            long dalleTabelle = come(utente, gruppi, () -> delMotore(interrogazione.get()));
            Supplier<Long> conteggio =
                    () -> come(utente, gruppi, () -> interrogazione.get().count());
            String nome = utente + ": " + interrogazione.get().getCandidateGroups();
            assertThat(conteggio.get()).as(nome).isEqualTo(dalleTabelle);
            assertThat(leggeIContatori(gruppi, conteggio))
                    .as(nome + " read from the counters")
                    .isTrue();
        }
        var filtri = come(utente, gruppi, () -> engine.getFilterService()
                .createTaskFilterQuery()
                .list());
        assertThat(filtri).as("filters of " + utente).isNotEmpty();
        for (var filtro : filtri) {
            // A filter's query holds expressions (the user, its groups, today) that only the engine evaluates: the
            // count without the counters is the statement of ADR 0023, itself checked against the engine's.
            long senzaContatori = contatori.senza(
                    () -> come(utente, gruppi, () -> engine.getFilterService().count(filtro.getId())));
            Supplier<Long> conteggio =
                    () -> come(utente, gruppi, () -> engine.getFilterService().count(filtro.getId()));
            // The group filters ("Compiti del mio gruppo", each desk's) read the counters; the others (an assignee,
            // a due date) the tasks.
            boolean diGruppo = filtro.getName().equals("Compiti del mio gruppo")
                    || Arrays.stream(Gruppo.values())
                            .anyMatch(gruppo -> gruppo.nome().equals(filtro.getName()));
            assertThat(conteggio.get())
                    .as(utente + ", filter " + filtro.getName())
                    .isEqualTo(senzaContatori);
            assertThat(leggeIContatori(gruppi, conteggio))
                    .as(utente + ", filter " + filtro.getName() + " read from the counters")
                    .isEqualTo(diGruppo);
        }
    }

    /** The count as the engine alone makes it: its authorization check, its statement. */
    private long delMotore(TaskQueryImpl interrogazione) {
        return configurazione.getCommandExecutorTxRequired().execute(contesto -> {
            new AuthorizationManager().configureTaskQuery(interrogazione);
            contesto.getTenantManager().configureQuery(interrogazione);
            return (Long) contesto.getDbEntityManager().selectOne("selectTaskCountByQueryCriteria", interrogazione);
        });
    }

    /**
     * Whether {@code conteggio} reads the counters: its result with variations of 1,000 tasks added for each of
     * {@code gruppi} and each definition, against its result without. The test holds the compaction's lock
     * meanwhile, so that the compaction cannot fold them into the totals before they are taken away.
     */
    private boolean leggeIContatori(List<String> gruppi, Supplier<Long> conteggio) {
        long senza = conteggio.get();
        try (var connessione = dataSource.getConnection();
                var istruzione = connessione.createStatement()) {
            istruzione.execute("select pg_advisory_lock(" + ContatoriDeiCompiti.LUCCHETTO + ")");
            try {
                istruzione.execute("insert into SIL_CONTEGGIO_COMPITI_VAR"
                        + " (GRUPPI_, PROC_DEF_ID_, ASSEGNATO_, TENANT_ID_, N_)"
                        + " select array[g], d.ID_, false, '', 1000 from ACT_RE_PROCDEF d, unnest(array['"
                        + String.join("','", gruppi) + "']) g");
                long con = conteggio.get();
                assertThat((con - senza) % 1000)
                        .as("1,000 more tasks for each fictitious variation")
                        .isZero();
                return con > senza;
            } finally {
                istruzione.execute("delete from SIL_CONTEGGIO_COMPITI_VAR where N_ = 1000");
                istruzione.execute("select pg_advisory_unlock(" + ContatoriDeiCompiti.LUCCHETTO + ")");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T come(String utente, List<String> gruppi, Supplier<T> azione) {
        engine.getIdentityService().setAuthentication(utente, gruppi);
        try {
            return azione.get();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }
}
