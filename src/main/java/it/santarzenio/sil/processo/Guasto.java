package it.santarzenio.sil.processo;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * What went wrong when nothing the user typed was wrong: another operator was faster on the same task or case (409),
 * or the database does not answer (503). Read from the causes of an exception, however deep the engine, Spring or the
 * JDBC driver wrapped them; the message is what the operator reads, in Tasklist and in the APIs alike.
 */
public enum Guasto {
    COMPITO_GIA_COMPLETATO(
            HttpStatus.CONFLICT,
            "Il compito è già stato completato da un altro operatore: aggiornare l'elenco dei compiti."
                    + " I dati inseriti non sono stati salvati."),
    COMPITO_CHIUSO(
            HttpStatus.CONFLICT,
            "Il compito non è più aperto: la pratica è stata chiusa o è andata avanti per opera di un altro operatore."
                    + " Aggiornare l'elenco dei compiti. I dati inseriti non sono stati salvati."),
    COMPITO_GIA_PRESO_IN_CARICO(
            HttpStatus.CONFLICT,
            "Il compito è già stato preso in carico da un altro operatore: aggiornare l'elenco dei compiti."),
    MODIFICA_CONTEMPORANEA(
            HttpStatus.CONFLICT,
            "Il compito è già stato completato da un altro operatore, o la pratica è stata modificata nello stesso"
                    + " momento: aggiornare la pagina e riprovare. I dati inseriti non sono stati salvati."),
    /** SQLSTATE class 22 (data exception): a value longer than its column, a number out of range. */
    VALORE_NON_AMMESSO(
            HttpStatus.BAD_REQUEST,
            "Un valore della richiesta è troppo lungo o fuori dai limiti ammessi: correggerlo e riprovare."),
    DATABASE_NON_RAGGIUNGIBILE(
            HttpStatus.SERVICE_UNAVAILABLE,
            "Il servizio non è momentaneamente disponibile: il database non risponde. Riprovare tra qualche minuto;"
                    + " i dati inseriti non sono stati salvati.");

    /**
     * SQLSTATE of a concurrent write: unique violation (the slot or the case another operator just booked),
     * serialization failure, deadlock.
     */
    private static final Set<String> CONCORRENZA = Set.of("23505", "40001", "40P01");

    /** SQLSTATE of a database that is gone: connection exceptions (08…) and PostgreSQL shutting down (57P01–57P03). */
    private static final Set<String> ASSENZA = Set.of("57P01", "57P02", "57P03");

    private static final String CONNESSIONE_CHIUSA_DAL_POOL = "Connection is closed";

    private final HttpStatus stato;
    private final String messaggio;

    Guasto(HttpStatus stato, String messaggio) {
        this.stato = stato;
        this.messaggio = messaggio;
    }

    public HttpStatus stato() {
        return stato;
    }

    public String messaggio() {
        return messaggio;
    }

    /**
     * The fault among the causes of {@code errore}: a lost database wins over a conflict (a conflict seen while the
     * database goes away is no reason to reload the page), a conflict over anything else.
     */
    public static Optional<Guasto> tra(Throwable errore) {
        Guasto trovato = null;
        for (Throwable causa = errore; causa != null && causa != causa.getCause(); causa = causa.getCause()) {
            if (databaseAssente(causa)) {
                return Optional.of(DATABASE_NON_RAGGIUNGIBILE);
            }
            if (trovato == null) {
                trovato = conflitto(causa);
            }
            if (causa instanceof SQLException sql && sql.getNextException() != null) {
                // A JDBC batch (the engine flushes in batches) keeps the statement's own error apart.
                var prossima = tra(sql.getNextException());
                if (prossima.isPresent()) {
                    return prossima;
                }
            }
        }
        return Optional.ofNullable(trovato);
    }

    /** Whether the request, not the system, caused it: an answer 4xx. */
    public boolean dellaRichiesta() {
        return stato.is4xxClientError();
    }

    private static boolean databaseAssente(Throwable causa) {
        if (causa instanceof SQLTransientConnectionException
                || causa instanceof SQLNonTransientConnectionException
                || causa instanceof ConnectException
                || causa instanceof CannotCreateTransactionException
                || causa instanceof DataAccessResourceFailureException) {
            return true;
        }
        if (causa instanceof SQLException sql && sql.getSQLState() == null) {
            // HikariCP's proxy of a connection it evicted as broken answers every call with this, without SQLSTATE: the
            // rollback of a request caught by the database's loss ends here, and Spring throws it instead of the cause.
            return CONNESSIONE_CHIUSA_DAL_POOL.equals(sql.getMessage());
        }
        return causa instanceof SQLException sql
                && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || ASSENZA.contains(sql.getSQLState()));
    }

    private static Guasto conflitto(Throwable causa) {
        if (causa instanceof TaskAlreadyClaimedException) {
            return COMPITO_GIA_PRESO_IN_CARICO;
        }
        if (causa instanceof SQLException sql
                && sql.getSQLState() != null
                && sql.getSQLState().startsWith("22")) {
            return VALORE_NON_AMMESSO;
        }
        if (causa instanceof OptimisticLockingException
                || causa instanceof ConcurrencyFailureException
                || causa instanceof jakarta.persistence.OptimisticLockException
                || (causa instanceof SQLException sql
                        && sql.getSQLState() != null
                        && CONCORRENZA.contains(sql.getSQLState()))) {
            return MODIFICA_CONTEMPORANEA;
        }
        return null;
    }
}
