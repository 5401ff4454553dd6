package it.santarzenio.sil.processo;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Moves the running instances of older versions of the processes that hold a case's open steps to the latest
 * version, with Camunda's migration API and a plan that maps every activity to the one of the same id: what a new
 * model adds (the early closure's event subprocess above all, ADR 0014) then reaches the cases opened before it.
 * Cockpit Community Edition has no migration page, so the application does it at every start-up
 * ({@code sil.migrazione.all-avvio}, default on): deploying a new model and restarting is the whole procedure (ADR
 * 0017).
 *
 * <p>Idempotent: an instance on the latest version is never selected again, and nothing runs when none is older.
 * Batched: {@link #LOTTO} instances per transaction. An instance the plan cannot carry (its active step is gone
 * from the latest version, or another node migrated it first) is logged by id and left where it is; the rest go on.
 *
 * <p>The versions are read from the engine's tables, and only the older ones that still hold instances: a definition
 * query's list would parse the BPMN of every version it returns (for its documentation) at every start, where
 * usually no instance is on an older version (ADR 0021).
 */
@Component
class MigrazioneVersioniPrecedenti {

    /** The processes where a case's open step can be; their called instances are migrated on their own. */
    static final List<String> PROCESSI = List.of(
            Processi.PERCORSO_CITTADINO,
            Processi.ORIENTAMENTO_SPECIALISTICO,
            Processi.ABBINAMENTO_DOMANDA_OFFERTA,
            Processi.APPROVAZIONE_CABINA_DI_REGIA);

    static final int LOTTO = 100;

    private static final Logger LOG = LoggerFactory.getLogger(MigrazioneVersioniPrecedenti.class);

    /** How many instances moved to the latest version, and how many stayed on an older one. */
    record Esito(long migrate, long rimaste) {}

    /** A process definition: its id and version. */
    record Versione(String id, int numero) {}

    private final RuntimeService runtime;
    private final JdbcTemplate jdbc;
    private final String definizioni;
    private final String esecuzioni;
    private final boolean allAvvio;

    MigrazioneVersioniPrecedenti(
            RuntimeService runtime,
            ManagementService gestione,
            JdbcTemplate jdbc,
            @Value("${sil.migrazione.all-avvio:true}") boolean allAvvio) {
        this.runtime = runtime;
        this.jdbc = jdbc;
        this.definizioni = gestione.getTableName(ProcessDefinitionEntity.class);
        this.esecuzioni = gestione.getTableName(ExecutionEntity.class);
        this.allAvvio = allAvvio;
    }

    @EventListener(ApplicationReadyEvent.class)
    void avvio() {
        if (allAvvio) {
            var esito = migra();
            if (esito.migrate() > 0 || esito.rimaste() > 0) {
                LOG.info(
                        "Istanze portate all'ultima versione del processo: {}; rimaste su una versione precedente: {}",
                        esito.migrate(),
                        esito.rimaste());
            }
        }
    }

    Esito migra() {
        long migrate = 0;
        long rimaste = 0;
        for (String chiave : PROCESSI) {
            var ultima = jdbc
                    .query(
                            "SELECT ID_, VERSION_ FROM " + definizioni + " WHERE KEY_ = ? AND TENANT_ID_ IS NULL"
                                    + " ORDER BY VERSION_ DESC",
                            (riga, n) -> new Versione(riga.getString(1), riga.getInt(2)),
                            chiave)
                    .stream()
                    .findFirst();
            if (ultima.isEmpty()) {
                continue;
            }
            var vecchieConIstanze = jdbc.query(
                    "SELECT D.ID_, D.VERSION_ FROM " + definizioni + " D WHERE D.KEY_ = ? AND D.TENANT_ID_ IS NULL"
                            + " AND D.VERSION_ < ? AND EXISTS (SELECT 1 FROM " + esecuzioni
                            + " E WHERE E.PROC_DEF_ID_ = D.ID_) ORDER BY D.VERSION_",
                    (riga, n) -> new Versione(riga.getString(1), riga.getInt(2)),
                    chiave,
                    ultima.get().numero());
            for (var vecchia : vecchieConIstanze) {
                var esito = migra(vecchia, ultima.get());
                migrate += esito.migrate();
                rimaste += esito.rimaste();
            }
        }
        return new Esito(migrate, rimaste);
    }

    private Esito migra(Versione vecchia, Versione ultima) {
        List<String> istanze = istanze(vecchia);
        if (istanze.isEmpty()) {
            return new Esito(0, 0);
        }
        MigrationPlan piano;
        try {
            piano = runtime.createMigrationPlan(vecchia.id(), ultima.id())
                    .mapEqualActivities()
                    .build();
        } catch (ProcessEngineException e) {
            LOG.warn(
                    "Nessun piano di migrazione da {} a {}: {} istanze restano sulla versione {}",
                    vecchia.id(),
                    ultima.id(),
                    istanze.size(),
                    vecchia.numero(),
                    e);
            return new Esito(0, istanze.size());
        }
        long migrate = 0;
        long rimaste = 0;
        for (int da = 0; da < istanze.size(); da += LOTTO) {
            var lotto = istanze.subList(da, Math.min(da + LOTTO, istanze.size()));
            try {
                runtime.newMigration(piano).processInstanceIds(lotto).execute();
                migrate += lotto.size();
            } catch (ProcessEngineException lottoFallito) {
                // One instance the plan cannot carry fails its whole batch: the others go one by one.
                for (String istanza : lotto) {
                    try {
                        runtime.newMigration(piano).processInstanceIds(istanza).execute();
                        migrate++;
                    } catch (ProcessEngineException e) {
                        LOG.warn(
                                "Istanza {} non migrata da {} a {}: {}",
                                istanza,
                                vecchia.id(),
                                ultima.id(),
                                e.getMessage());
                        rimaste++;
                    }
                }
            }
        }
        return new Esito(migrate, rimaste);
    }

    /** The ids of the running instances of a definition, read page by page before any of them moves. */
    private List<String> istanze(Versione definizione) {
        var ids = new ArrayList<String>();
        int pagina = 1000;
        for (int da = 0; ; da += pagina) {
            var istanze = runtime.createProcessInstanceQuery()
                    .processDefinitionId(definizione.id())
                    .orderByProcessInstanceId()
                    .asc()
                    .listPage(da, pagina);
            istanze.stream().map(ProcessInstance::getId).forEach(ids::add);
            if (istanze.size() < pagina) {
                return ids;
            }
        }
    }
}
