package it.santarzenio.sil.processo;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The open tasks created before the task-list columns existed (ADR 0016) have none: their Tasklist rows show no case
 * number and no name, and the search box never finds them. At start-up, after readiness and in a thread of its own
 * (the columns are for reading; nothing waits for them), this gives them the columns the task would have received at
 * its creation ({@link ColonneElencoPlugin#colonne}), {@link #LOTTO} tasks per transaction, under
 * {@code sil.migrazione.all-avvio} like the migration of older versions (ADR 0017).
 *
 * <p>Idempotent: a task with its case number column is never selected again. On PostgreSQL the nodes starting together
 * take an advisory lock per batch: the one that holds it fills, the others leave it the work (two nodes writing the
 * same task-local variable would leave it twice).
 */
@Component
class ColonneElencoMancanti {

    static final int LOTTO = 500;

    /** Any constant key of the advisory lock, the same on every node: "SILCOL" in ASCII. */
    private static final long LUCCHETTO = 0x53494C434F4CL;

    private static final Logger LOG = LoggerFactory.getLogger(ColonneElencoMancanti.class);

    private final TaskService compiti;
    private final RuntimeService runtime;
    private final ManagementService gestione;
    private final ColonneElencoPlugin colonne;
    private final TransactionTemplate transazione;
    private final JdbcTemplate jdbc;
    private final boolean postgres;
    private final boolean allAvvio;

    ColonneElencoMancanti(
            ProcessEngine motore,
            ColonneElencoPlugin colonne,
            PlatformTransactionManager transazioni,
            JdbcTemplate jdbc,
            @Value("${sil.migrazione.all-avvio:true}") boolean allAvvio) {
        this.compiti = motore.getTaskService();
        this.runtime = motore.getRuntimeService();
        this.gestione = motore.getManagementService();
        this.colonne = colonne;
        this.transazione = new TransactionTemplate(transazioni);
        this.jdbc = jdbc;
        this.postgres = "postgres"
                .equals(((ProcessEngineConfigurationImpl) motore.getProcessEngineConfiguration()).getDatabaseType());
        this.allAvvio = allAvvio;
    }

    @EventListener(ApplicationReadyEvent.class)
    void avvio() {
        if (!allAvvio) {
            return;
        }
        var filo = new Thread(
                () -> {
                    try {
                        long completati = completa();
                        if (completati > 0) {
                            LOG.info("Colonne dell'elenco aggiunte a {} compiti creati prima di esse", completati);
                        }
                    } catch (RuntimeException e) {
                        // Retried at the next start: nothing of a case depends on the columns.
                        LOG.warn("Colonne dell'elenco dei compiti non completate", e);
                    }
                },
                "sil-colonne-elenco");
        filo.setDaemon(true);
        filo.start();
    }

    /** Gives every open task of a case its columns; how many tasks received them. */
    long completa() {
        long completati = 0;
        String dopo = "";
        while (dopo != null) {
            String inizio = dopo;
            var lotto = transazione.execute(stato -> lotto(inizio));
            completati += lotto.completati();
            dopo = lotto.ultimo();
        }
        return completati;
    }

    /** {@code ultimo}: the id to go on after, null when done (or when another node holds the lock). */
    private record Lotto(long completati, String ultimo) {}

    private Lotto lotto(String dopo) {
        if (postgres
                && !Boolean.TRUE.equals(
                        jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(?)", Boolean.class, LUCCHETTO))) {
            return new Lotto(0, null);
        }
        List<Task> senzaColonne = compiti.createNativeTaskQuery()
                .sql("SELECT RES.* FROM " + gestione.getTableName(TaskEntity.class) + " RES WHERE RES.ID_ > #{dopo}"
                        + " AND NOT EXISTS (SELECT 1 FROM " + gestione.getTableName(VariableInstanceEntity.class)
                        + " V WHERE V.TASK_ID_ = RES.ID_ AND V.NAME_ = #{nome}) ORDER BY RES.ID_")
                .parameter("dopo", dopo)
                .parameter("nome", ColonneElenco.PRATICA)
                .listPage(0, LOTTO);
        long completati = 0;
        for (Task compito : senzaColonne) {
            if (compito.getExecutionId() == null) {
                continue;
            }
            var variabili = runtime.getVariables(
                    compito.getExecutionId(), List.of(Variabili.NUMERO_PRATICA, Variabili.COGNOME, Variabili.NOME));
            var valori = colonne.colonne(compito.getTaskDefinitionKey(), compito.getDueDate(), variabili::get);
            if (!valori.isEmpty()) {
                compiti.setVariablesLocal(compito.getId(), valori);
                completati++;
            }
        }
        String ultimo = senzaColonne.size() < LOTTO
                ? null
                : senzaColonne.get(senzaColonne.size() - 1).getId();
        return new Lotto(completati, ultimo);
    }
}
