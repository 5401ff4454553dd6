package it.santarzenio.sil.processo;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The indexes that the operators' Tasklist queries need on the engine's own tables, which the engine's schema does
 * not have (ADR 0019). On PostgreSQL only, the production database; the H2 of the demo has a few rows.
 *
 * <p>They cannot be Flyway migrations: on a new database Flyway runs before the engine creates its tables (ADR 0010).
 * So they are created here, after the engine's schema operations, with {@code CREATE INDEX IF NOT EXISTS}: a restart
 * finds them and does nothing. Nodes starting together take a PostgreSQL advisory lock, so one creates and the others
 * find. On a database upgraded at volume the first start builds them once (seconds at 100,000 open cases), holding
 * writes to those tables meanwhile: the start of an upgrade, not a working hour.
 */
@Component
class IndiciDelMotore extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(IndiciDelMotore.class);

    /** Any constant key of the advisory lock, the same on every node: "SILIDX" in ASCII. */
    private static final long LUCCHETTO = 0x53494C494458L;

    record Indice(String nome, String tabella, String definizione) {}

    /**
     * Each index with the query it serves; names start with {@code SIL_} so that they are never mistaken for the
     * engine's {@code ACT_IDX_}.
     */
    static final List<Indice> INDICI = List.of(
            // The group filters ("Compiti del mio gruppo", each desk's): the candidate links of a group, their task
            // ids in order, read from the index alone and merged with the tasks' index below.
            new Indice("SIL_IDX_IDENT_LNK_GRUPPO", "ACT_RU_IDENTITYLINK", "(GROUP_ID_, TYPE_, TASK_ID_)"),
            // The columns the task query filters on next to the id (unassigned, no tenant, the definition the grants
            // name): the count of a group filter never reads the task rows themselves.
            new Indice("SIL_IDX_TASK_COPERTO", "ACT_RU_TASK", "(ID_) INCLUDE (ASSIGNEE_, TENANT_ID_, PROC_DEF_ID_)"),
            // The same columns by definition, for a desk whose tasks are a few of all (specialist, partner, Cabina):
            // its count reads the tasks of its definitions (ADR 0023) from the index alone, where the engine's index
            // on PROC_DEF_ID_ sends every one of them to the table for its assignee.
            new Indice(
                    "SIL_IDX_TASK_DEFINIZIONE", "ACT_RU_TASK", "(PROC_DEF_ID_) INCLUDE (ID_, ASSIGNEE_, TENANT_ID_)"),
            // "Colloqui di oggi": the tasks due today among all the open ones.
            new Indice("SIL_IDX_TASK_SCADENZA", "ACT_RU_TASK", "(DUE_DATE_)"),
            // A citizen by codice fiscale (processVariables=codiceFiscale_eq_...). Partial: only these values, all
            // short; an index on every variable's TEXT_ would refuse a text longer than a btree entry allows.
            new Indice(
                    "SIL_IDX_VAR_CODICE_FISCALE",
                    "ACT_RU_VARIABLE",
                    "(TEXT_, PROC_INST_ID_) WHERE NAME_ = '" + Variabili.CODICE_FISCALE + "'"));

    /**
     * Tasklist's search box (ADR 0016): {@code elencoRicerca LIKE '%ESPOS%'} over every open task. A trigram index
     * (PostgreSQL's pg_trgm, shipped with every PostgreSQL) finds a part of a word without reading every variable.
     */
    static final Indice RICERCA = new Indice(
            "SIL_IDX_VAR_RICERCA",
            "ACT_RU_VARIABLE",
            "USING gin (TEXT_ gin_trgm_ops) WHERE NAME_ = '" + ColonneElenco.RICERCA + "'");

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        var configurazione = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        if (!"postgres".equals(configurazione.getDatabaseType())) {
            return;
        }
        String prefisso = configurazione.getDatabaseTablePrefix();
        try (var connessione = configurazione.getDataSource().getConnection()) {
            crea(connessione, prefisso);
        } catch (SQLException e) {
            throw new IllegalStateException("Indici del motore non creati", e);
        }
    }

    static void crea(Connection connessione, String prefisso) throws SQLException {
        boolean autoCommit = connessione.getAutoCommit();
        connessione.setAutoCommit(true);
        try (var istruzione = connessione.createStatement()) {
            istruzione.execute("SELECT pg_advisory_lock(" + LUCCHETTO + ")");
            try {
                for (Indice indice : INDICI) {
                    crea(istruzione, prefisso, indice);
                }
                if (trigrammi(istruzione)) {
                    crea(istruzione, prefisso, RICERCA);
                }
            } finally {
                istruzione.execute("SELECT pg_advisory_unlock(" + LUCCHETTO + ")");
            }
        } finally {
            connessione.setAutoCommit(autoCommit);
        }
    }

    private static void crea(Statement istruzione, String prefisso, Indice indice) throws SQLException {
        long inizio = System.nanoTime();
        istruzione.execute("CREATE INDEX IF NOT EXISTS " + indice.nome() + " ON " + prefisso + indice.tabella() + " "
                + indice.definizione());
        LOG.debug("Indice {} pronto in {} ms", indice.nome(), (System.nanoTime() - inizio) / 1_000_000);
    }

    /**
     * pg_trgm is a trusted extension: the database's owner may create it. A user who may not gets a slower search,
     * not a refused start.
     */
    private static boolean trigrammi(Statement istruzione) {
        try {
            istruzione.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
            return true;
        } catch (SQLException e) {
            LOG.warn(
                    "Estensione pg_trgm non disponibile ({}): la ricerca dei compiti per cognome legge tutte le"
                            + " variabili. Crearla come proprietario del database: CREATE EXTENSION pg_trgm",
                    e.getMessage());
            return false;
        }
    }
}
