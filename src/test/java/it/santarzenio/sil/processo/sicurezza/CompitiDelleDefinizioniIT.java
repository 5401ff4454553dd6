package it.santarzenio.sil.processo.sicurezza;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.santarzenio.sil.ApplicazioneSuPostgres;
import it.santarzenio.sil.processo.Processi;
import it.santarzenio.sil.processo.SportelliFaseSpecialistica;
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

/**
 * On PostgreSQL, the plan of a desk's task count as the application runs it (ADR 0023): it reads neither the
 * authorization rows nor the process definitions (their ids are written in the SQL); the count is the one the
 * engine's own statement and authorization check give. A property of the plan, not a timing (docs/benchmark.md).
 */
@ApplicazioneSuPostgres
class CompitiDelleDefinizioniIT {

    private static final int PRATICHE = 300;

    private final ProcessEngine engine;
    private final ProcessEngineConfigurationImpl configurazione;
    private final JdbcTemplate jdbc;

    CompitiDelleDefinizioniIT(ProcessEngine engine, JdbcTemplate jdbc) {
        this.engine = engine;
        this.configurazione = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        this.jdbc = jdbc;
    }

    @Test
    void ilConteggioDelloSportello_senzaJoinDiAutorizzazioniNeDiDefinizioni_eUgualeAQuelloDelMotore() throws Exception {
        var sportelli = new SportelliFaseSpecialistica(engine);
        for (int i = 0; i < PRATICHE; i++) {
            sportelli.inviaAlloSpecialistico(false);
        }
        jdbc.execute("analyze act_ru_task");
        jdbc.execute("analyze act_ru_identitylink");

        var sql = comeSpecialistico(contesto -> {
            var interrogazione = delGruppo();
            contesto.getAuthorizationManager().configureTaskQuery(interrogazione);
            contesto.getTenantManager().configureQuery(interrogazione);
            assertThat(interrogazione.getAuthCheck()).isInstanceOf(ControlloPerDefinizioni.class);
            return istruzione(CompitiDelleDefinizioni.CONTEGGIO, interrogazione);
        });
        var piano = new ObjectMapper()
                .readTree(jdbc.queryForObject("explain (format json) " + sql.testo(), String.class, sql.valori()))
                .get(0)
                .get("Plan");

        var tabelle = new ArrayList<String>();
        visita(piano, tabelle);
        assertThat(tabelle).as("tables the plan reads").contains("act_ru_task", "act_ru_identitylink");
        assertThat(tabelle).doesNotContain("act_ru_authorization", "act_re_procdef");
        assertThat(sql.testo()).as("the ids written in the SQL").contains(definizioneSpecialistica());

        long dellApplicazione = comeSpecialistico(contesto -> delGruppo().count());
        long delMotore = comeSpecialistico(contesto -> {
            var interrogazione = delGruppo();
            new AuthorizationManager().configureTaskQuery(interrogazione);
            contesto.getTenantManager().configureQuery(interrogazione);
            return (Long) contesto.getDbEntityManager().selectOne("selectTaskCountByQueryCriteria", interrogazione);
        });
        assertThat(dellApplicazione).isGreaterThanOrEqualTo(PRATICHE).isEqualTo(delMotore);
    }

    private String definizioneSpecialistica() {
        return engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(Processi.ORIENTAMENTO_SPECIALISTICO)
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

    /** The relations the plan reads, subplans included. */
    private static void visita(JsonNode nodo, List<String> tabelle) {
        if (nodo.has("Relation Name")) {
            tabelle.add(nodo.get("Relation Name").asText().toLowerCase(Locale.ROOT));
        }
        nodo.path("Plans").forEach(figlio -> visita(figlio, tabelle));
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
