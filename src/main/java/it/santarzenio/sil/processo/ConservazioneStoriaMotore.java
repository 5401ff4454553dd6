package it.santarzenio.sil.processo;

import it.santarzenio.sil.privacy.PrivacyProperties;
import java.time.Period;
import java.util.Objects;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The engine keeps a closed case's history as long as the domain keeps the citizen's data: one setting,
 * {@code sil.privacy.conservazione}. The models carry {@code historyTimeToLive} 3650 (the engine refuses a model
 * without one); at start-up every process and decision definition whose time to live differs from the setting gets it,
 * and the removal time of the cases already closed is calculated again (an asynchronous batch), so that a shorter
 * period also reaches them. A year counts 365 days and a month 30: the default {@code P10Y} is the models' 3650, and
 * changes nothing.
 */
@Component
class ConservazioneStoriaMotore implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ConservazioneStoriaMotore.class);

    private final ProcessEngine engine;
    private final PrivacyProperties privacy;

    ConservazioneStoriaMotore(ProcessEngine engine, PrivacyProperties privacy) {
        this.engine = engine;
        this.privacy = privacy;
    }

    static int giorni(Period periodo) {
        return Math.toIntExact(
                periodo.toTotalMonths() / 12 * 365 + periodo.toTotalMonths() % 12 * 30 + periodo.getDays());
    }

    @Override
    public void run(ApplicationArguments argomenti) {
        applica(privacy.conservazione());
    }

    /** Returns how many definitions changed. */
    int applica(Period conservazione) {
        int giorni = giorni(conservazione);
        var modelli = engine.getRepositoryService();
        int cambiate = 0;
        for (var processo : modelli.createProcessDefinitionQuery().list()) {
            if (!Objects.equals(processo.getHistoryTimeToLive(), giorni)) {
                modelli.updateProcessDefinitionHistoryTimeToLive(processo.getId(), giorni);
                cambiate++;
            }
        }
        for (var decisione : modelli.createDecisionDefinitionQuery().list()) {
            if (!Objects.equals(decisione.getHistoryTimeToLive(), giorni)) {
                modelli.updateDecisionDefinitionHistoryTimeToLive(decisione.getId(), giorni);
                cambiate++;
            }
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
