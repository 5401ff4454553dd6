package it.santarzenio.sil.processo;

import it.santarzenio.sil.privacy.PrivacyProperties;
import java.time.Period;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The engine keeps a closed case's history as long as the domain keeps the citizen's data: one setting,
 * {@code sil.privacy.conservazione}. The models carry {@code historyTimeToLive} 3650 (the engine refuses a model
 * without one); at start-up every process and decision definition whose time to live differs from the setting gets it,
 * and the removal time of the cases already closed is calculated again (an asynchronous batch), so that a shorter
 * period also reaches them. A year counts 365 days and a month 30: the default {@code P10Y} is the models' 3650, and
 * changes nothing.
 *
 * <p>The definitions to change are read from the engine's tables, not with a definition query: the query's list
 * parses the BPMN of every definition it returns (for its documentation), every version of every process, at every
 * start, where usually none is to change (ADR 0021).
 */
@Component
class ConservazioneStoriaMotore implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ConservazioneStoriaMotore.class);

    private final ProcessEngine engine;
    private final PrivacyProperties privacy;
    private final JdbcTemplate jdbc;

    ConservazioneStoriaMotore(ProcessEngine engine, PrivacyProperties privacy, JdbcTemplate jdbc) {
        this.engine = engine;
        this.privacy = privacy;
        this.jdbc = jdbc;
    }

    static int giorni(Period periodo) {
        return Math.toIntExact(
                periodo.toTotalMonths() / 12 * 365 + periodo.toTotalMonths() % 12 * 30 + periodo.getDays());
    }

    @Override
    public void run(ApplicationArguments argomenti) {
        applica(privacy.conservazione());
    }

    /** The ids of the definitions (processes or decisions) whose time to live is not {@code giorni}. */
    private List<String> diverse(Class<?> definizione, int giorni) {
        String tabella = engine.getManagementService().getTableName(definizione);
        return jdbc.queryForList(
                "SELECT ID_ FROM " + tabella + " WHERE HISTORY_TTL_ IS NULL OR HISTORY_TTL_ <> ? ORDER BY ID_",
                String.class,
                giorni);
    }

    /** Returns how many definitions changed. */
    int applica(Period conservazione) {
        int giorni = giorni(conservazione);
        var modelli = engine.getRepositoryService();
        int cambiate = 0;
        for (String processo : diverse(ProcessDefinitionEntity.class, giorni)) {
            modelli.updateProcessDefinitionHistoryTimeToLive(processo, giorni);
            cambiate++;
        }
        for (String decisione : diverse(DecisionDefinitionEntity.class, giorni)) {
            modelli.updateDecisionDefinitionHistoryTimeToLive(decisione, giorni);
            cambiate++;
        }
        if (cambiate == 0) {
            return 0;
        }
        var storia = engine.getHistoryService();
        var chiusi = storia.createHistoricProcessInstanceQuery()
                .rootProcessInstances()
                .finished();
        if (chiusi.count() > 0) {
            // Called processes and the decisions evaluated in a case take the removal time of their root case.
            storia.setRemovalTimeToHistoricProcessInstances()
                    .calculatedRemovalTime()
                    .byQuery(chiusi)
                    .hierarchical()
                    .executeAsync();
        }
        LOG.info(
                "Conservazione della storia del motore: {} giorni ({}) per {} definizioni; tempi di rimozione dei casi"
                        + " chiusi ricalcolati in un batch",
                giorni,
                conservazione,
                cambiate);
        return cambiate;
    }
}
