package it.santarzenio.sil.processo;

import java.sql.SQLException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The planner's statistics of the process definitions, refreshed at every start once the models are deployed
 * (PostgreSQL only). The desks' task queries filter by process definition (ADR 0023); a table of a few dozen rows
 * never reaches autovacuum's threshold of 50 changed rows, and without statistics the planner takes the filter for
 * one task in hundreds and reads each task's variables instead of the search index (seen in {@code
 * IndiciDelMotoreIT}). A table this small is analysed in a millisecond.
 */
@Component
class StatisticheDelleDefinizioni {

    private static final Logger LOG = LoggerFactory.getLogger(StatisticheDelleDefinizioni.class);

    private final ProcessEngine engine;

    StatisticheDelleDefinizioni(ProcessEngine engine) {
        this.engine = engine;
    }

    @EventListener(ApplicationStartedEvent.class)
    void aggiorna() {
        var configurazione = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        if (!"postgres".equals(configurazione.getDatabaseType())) {
            return;
        }
        try (var connessione = configurazione.getDataSource().getConnection();
                var istruzione = connessione.createStatement()) {
            istruzione.execute("ANALYZE " + configurazione.getDatabaseTablePrefix() + "ACT_RE_PROCDEF");
        } catch (SQLException e) {
            // Only the table's owner may analyse it: without, the queries are right, and slower at volume.
            LOG.warn("Statistiche delle definizioni di processo non aggiornate: {}", e.getMessage());
        }
    }
}
