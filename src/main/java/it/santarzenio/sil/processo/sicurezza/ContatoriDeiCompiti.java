package it.santarzenio.sil.processo.sicurezza;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The counts of the open tasks by candidate groups, kept by PostgreSQL triggers on the engine's task and
 * identity-link tables (ADR 0024, {@code ContatoriDeiCompiti.sql}): a desk's group count reads a few rows instead of
 * its tens of thousands of tasks ({@link CompitiDelleDefinizioni}, {@link ConteggioDaiContatori}).
 *
 * <p>Installed after the engine's schema operations, like {@code IndiciDelMotore}: on a new database Flyway runs
 * before the engine creates its tables. Each start compares the script's digest with the one the database records;
 * if they differ (the first start, a new version of the script) it replaces functions and triggers and computes the
 * totals again, in one transaction that holds writes to the two tables meanwhile (half a second at 100,000 open
 * cases). Nodes starting together take an advisory lock, so one installs and the others find it done. On H2 (the
 * demo) and with {@code sil.compiti.contatori.attivi=false} nothing is installed and every count is the engine's.
 */
@Component
@EnableScheduling
class ContatoriDeiCompiti extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(ContatoriDeiCompiti.class);

    static final String SCRIPT = "it/santarzenio/sil/processo/sicurezza/ContatoriDeiCompiti.sql";

    /** Any constant key of the advisory locks, the same on every node: "SILCNT" in ASCII. */
    static final long LUCCHETTO = 0x53494C434E54L;

    private final boolean richiesti;
    private final AtomicReference<Installazione> installazione = new AtomicReference<>();

    private record Installazione(DataSource dataSource, String prefisso) {}

    ContatoriDeiCompiti(@Value("${sil.compiti.contatori.attivi:true}") boolean richiesti) {
        this.richiesti = richiesti;
    }

    /** Whether the counts may be read from the counters: installed on this engine's database. */
    boolean attivi() {
        return installazione.get() != null;
    }

    /** {@code azione} with every count from the engine's statements (tests: the counts to compare with). */
    <T> T senza(Supplier<T> azione) {
        var attuale = installazione.getAndSet(null);
        try {
            return azione.get();
        } finally {
            installazione.compareAndSet(null, attuale);
        }
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        var configurazione = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        if (!richiesti || !"postgres".equals(configurazione.getDatabaseType())) {
            return;
        }
        String prefisso = configurazione.getDatabaseTablePrefix();
        try (var connessione = configurazione.getDataSource().getConnection()) {
            installa(connessione, prefisso);
        } catch (SQLException e) {
            throw new IllegalStateException("Contatori dei compiti non installati", e);
        }
        installazione.set(new Installazione(configurazione.getDataSource(), prefisso));
    }

    /**
     * The variations folded into the totals, so that a count never sums more than a few seconds of them. Every node
     * tries; the database's lock lets one work at a time.
     */
    @Scheduled(
            fixedDelayString = "${sil.compiti.contatori.compattazione:PT10S}",
            initialDelayString = "${sil.compiti.contatori.compattazione:PT10S}")
    void compatta() {
        var attuale = installazione.get();
        if (attuale == null) {
            return;
        }
        try (var connessione = attuale.dataSource().getConnection();
                var istruzione = connessione.createStatement()) {
            istruzione.execute("SELECT " + attuale.prefisso() + "SIL_CONTEGGIO_COMPATTA()");
        } catch (SQLException e) {
            // The next round folds them: until then the counts sum a few more rows, and stay exact.
            LOG.warn("Compattazione dei contatori dei compiti non riuscita: {}", e.getMessage());
        }
    }

    /** Functions, triggers and totals brought to this version of the script, if the database has another. */
    static void installa(Connection connessione, String prefisso) throws SQLException {
        List<String> istruzioni = istruzioni(prefisso);
        String versione = versione(istruzioni);
        boolean autoCommit = connessione.getAutoCommit();
        connessione.setAutoCommit(false);
        try (var istruzione = connessione.createStatement()) {
            istruzione.execute("SELECT pg_advisory_xact_lock(" + LUCCHETTO + ")");
            istruzione.execute("CREATE TABLE IF NOT EXISTS " + prefisso
                    + "SIL_CONTEGGIO_VERSIONE (VERSIONE_ varchar(64) NOT NULL)");
            String installata = null;
            try (var righe = istruzione.executeQuery("SELECT VERSIONE_ FROM " + prefisso + "SIL_CONTEGGIO_VERSIONE")) {
                if (righe.next()) {
                    installata = righe.getString(1);
                }
            }
            if (versione.equals(installata)) {
                connessione.commit();
                return;
            }
            long inizio = System.nanoTime();
            istruzione.execute("LOCK TABLE " + prefisso + "ACT_RU_TASK, " + prefisso
                    + "ACT_RU_IDENTITYLINK IN SHARE ROW EXCLUSIVE MODE");
            for (String sql : istruzioni) {
                istruzione.execute(sql);
            }
            istruzione.execute("SELECT " + prefisso + "SIL_CONTEGGIO_RICALCOLA()");
            istruzione.execute("DELETE FROM " + prefisso + "SIL_CONTEGGIO_VERSIONE");
            istruzione.execute(
                    "INSERT INTO " + prefisso + "SIL_CONTEGGIO_VERSIONE (VERSIONE_) VALUES ('" + versione + "')");
            connessione.commit();
            LOG.info(
                    "Contatori dei compiti installati (versione {}) in {} ms",
                    versione.substring(0, 12),
                    (System.nanoTime() - inizio) / 1_000_000);
        } catch (SQLException | RuntimeException e) {
            connessione.rollback();
            throw e;
        } finally {
            connessione.setAutoCommit(autoCommit);
        }
    }

    /** The script's statements for this table prefix. */
    static List<String> istruzioni(String prefisso) {
        String testo;
        try (var flusso = new ClassPathResource(SCRIPT).getInputStream()) {
            testo = new String(flusso.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.of(testo.replace("PREFIX", prefisso)
                        .replace("LUCCHETTO", Long.toString(LUCCHETTO))
                        .split("(?m)^--;$"))
                .stream()
                .map(String::strip)
                .filter(sql -> !sql.isEmpty())
                .toList();
    }

    private static String versione(List<String> istruzioni) {
        try {
            var sintesi = MessageDigest.getInstance("SHA-256");
            istruzioni.forEach(sql -> sintesi.update(sql.getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sintesi.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
