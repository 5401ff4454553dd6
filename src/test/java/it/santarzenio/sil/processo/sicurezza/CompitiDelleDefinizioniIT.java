package it.santarzenio.sil.processo.sicurezza;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.santarzenio.sil.ApplicazioneSuPostgres;
import it.santarzenio.sil.processo.Processi;
import it.santarzenio.sil.processo.SportelliFaseSpecialistica;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On PostgreSQL, the plan of a desk's task count as the application runs it (ADR 0023): it reads neither the
 * authorization rows nor the process definitions (their ids are written in the SQL), and it finds the desk's tasks by
 * the index of the tasks by definition (ADR 0019); the count is the one the engine's own statement and authorization
 * check give. A property of the plan, not a timing (docs/benchmark.md).
 */
@ApplicazioneSuPostgres
class CompitiDelleDefinizioniIT {

    private static final int PRATICHE = 300;
    private static final int ALTRI_COMPITI = 2_700;

    private final ProcessEngine engine;
    private final ProcessEngineConfigurationImpl configurazione;
    private final JdbcTemplate jdbc;
    private final PlatformTransactionManager transazioni;

    CompitiDelleDefinizioniIT(ProcessEngine engine, JdbcTemplate jdbc, PlatformTransactionManager transazioni) {
        this.engine = engine;
        this.configurazione = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        this.jdbc = jdbc;
        this.transazioni = transazioni;
    }

    @Test
    void ilConteggioDelloSportello_senzaJoinDiAutorizzazioniNeDiDefinizioni_eUgualeAQuelloDelMotore() throws Exception {
        var sportelli = new SportelliFaseSpecialistica(engine);
        for (int i = 0; i < PRATICHE; i++) {
            sportelli.inviaAlloSpecialistico(false);
        }
        // The desk's tasks a tenth of all, as on a working database, where most are the informative desk's: rows of
        // tasks of another definition written straight into the table (only the planner reads them), removed after.
        jdbc.update(
                "insert into act_ru_task (id_, rev_, name_, proc_def_id_, create_time_, suspension_state_)"
                        + " select 'altro-' || n, 1, 'Compito di un altro ufficio', ?, now(), 1"
                        + " from generate_series(1, ?) n",
                definizione(Processi.PERCORSO_CITTADINO),
                ALTRI_COMPITI);
        try {
            comeLAutovacuum("act_ru_task");
            comeLAutovacuum("act_ru_identitylink");
            contaComeLoSportello();
        } finally {
            jdbc.update("delete from act_ru_task where id_ like 'altro-%'");
        }
    }

    /**
     * As autovacuum leaves a working database: statistics, and every page in the visibility map, which index-only
     * scans need. A page stays out of it while a snapshot older than its rows is open (the job executor's, a moment),
     * so the vacuum is repeated until none is left out.
     */
    private void comeLAutovacuum(String tabella) throws InterruptedException {
        var entro = Instant.now().plus(Duration.ofSeconds(20));
        do {
            jdbc.execute("vacuum analyze " + tabella);
            Boolean tutteVisibili = jdbc.queryForObject(
                    "select relallvisible >= relpages from pg_class where relname = ?", Boolean.class, tabella);
            if (Boolean.TRUE.equals(tutteVisibili)) {
                return;
            }
            Thread.sleep(200);
        } while (Instant.now().isBefore(entro));
        throw new AssertionError("pages of " + tabella + " still not all visible after 20 s of vacuums");
    }

    private void contaComeLoSportello() throws Exception {
        var sql = comeSpecialistico(contesto -> {
            var interrogazione = delGruppo();
            contesto.getAuthorizationManager().configureTaskQuery(interrogazione);
            contesto.getTenantManager().configureQuery(interrogazione);
            assertThat(interrogazione.getAuthCheck()).isInstanceOf(ControlloPerDefinizioni.class);
            return istruzione(CompitiDelleDefinizioni.CONTEGGIO, interrogazione);
        });
        var piano = new ObjectMapper().readTree(pianoInProduzione(sql)).get(0).get("Plan");

        var tabelle = new ArrayList<String>();
        var indici = new ArrayList<String>();
        visita(piano, tabelle, indici);
        assertThat(tabelle).as("tables the plan reads").contains("act_ru_task", "act_ru_identitylink");
        assertThat(tabelle).doesNotContain("act_ru_authorization", "act_re_procdef");
        assertThat(indici).as("the desk's tasks found by their definition").contains("sil_idx_task_definizione");
        assertThat(sql.testo())
                .as("the ids written in the SQL")
                .contains(definizione(Processi.ORIENTAMENTO_SPECIALISTICO));

        long dellApplicazione = comeSpecialistico(contesto -> delGruppo().count());
        long delMotore = comeSpecialistico(contesto -> {
            var interrogazione = delGruppo();
            new AuthorizationManager().configureTaskQuery(interrogazione);
            contesto.getTenantManager().configureQuery(interrogazione);
            return (Long) contesto.getDbEntityManager().selectOne("selectTaskCountByQueryCriteria", interrogazione);
        });
        assertThat(dellApplicazione).isGreaterThanOrEqualTo(PRATICHE).isEqualTo(delMotore);
    }

    /**
     * The plan in JSON with the planner's cost of a random read as production's servers have it (ADR 0019,
     * docker-compose.yml), set for this transaction only.
     */
    private String pianoInProduzione(Istruzione sql) {
        return new TransactionTemplate(transazioni).execute(stato -> {
            jdbc.execute("set local random_page_cost = 1.1");
            return jdbc.queryForObject("explain (format json) " + sql.testo(), String.class, sql.valori());
        });
    }

    private String definizione(String chiave) {
        return engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(chiave)
                .latestVersion()
                .singleResult()
                .getId();
    }

    private TaskQueryImpl delGruppo() {
        return (TaskQueryImpl)
                engine.getTaskService().createTaskQuery().taskCandidateGroup(Gruppo.SPORTELLO_SPECIALISTICO.id());
    }

    /** The SQL MyBatis runs for {@code id} with this query, and the values of its parameters in order. */
    private Istruzione istruzione(String id, TaskQueryImpl interrogazione) {
        var mybatis = configurazione.getSqlSessionFactory().getConfiguration();
        var legata = mybatis.getMappedStatement(id).getBoundSql(interrogazione);
        var proprieta = mybatis.newMetaObject(interrogazione);
        var valori = legata.getParameterMappings().stream()
                .map(parametro -> legata.hasAdditionalParameter(parametro.getProperty())
                        ? legata.getAdditionalParameter(parametro.getProperty())
                        : proprieta.getValue(parametro.getProperty()))
                .toArray();
        return new Istruzione(legata.getSql(), valori);
    }

    private record Istruzione(String testo, Object[] valori) {}

    /** The relations and the indexes the plan reads, subplans included. */
    private static void visita(JsonNode nodo, List<String> tabelle, List<String> indici) {
        if (nodo.has("Relation Name")) {
            tabelle.add(nodo.get("Relation Name").asText().toLowerCase(Locale.ROOT));
        }
        if (nodo.has("Index Name")) {
            indici.add(nodo.get("Index Name").asText().toLowerCase(Locale.ROOT));
        }
        nodo.path("Plans").forEach(figlio -> visita(figlio, tabelle, indici));
    }

    private <T> T comeSpecialistico(Function<CommandContext, T> azione) {
        engine.getIdentityService().setAuthentication("specialistico", List.of(Gruppo.SPORTELLO_SPECIALISTICO.id()));
        try {
            return configurazione.getCommandExecutorTxRequired().execute(azione::apply);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }
}
