package it.santarzenio.sil.processo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.JpaSystemException;

class GuastoTest {

    /**
     * What DatabasePersoIT met on the first request after the database stopped: the login's rollback on a connection
     * the pool had just evicted, thrown by Spring in place of the engine's own error (SQLSTATE 08003).
     */
    @Test
    void rollbackSuUnaConnessioneChiusaDalPool_databaseNonRaggiungibile() {
        var errore = new JpaSystemException(new TransactionException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));

        assertThat(Guasto.tra(errore)).contains(Guasto.DATABASE_NON_RAGGIUNGIBILE);
    }

    @Test
    void unErroreSQLQualsiasiSenzaStato_nessunGuasto() {
        var errore = new JpaSystemException(new TransactionException("Unable to commit", new SQLException("boom")));

        assertThat(Guasto.tra(errore)).isEmpty();
    }

    @Test
    void connessioneRifiutata08001_databaseNonRaggiungibile() {
        assertThat(Guasto.tra(new RuntimeException(new SQLException("Connection refused", "08001"))))
                .contains(Guasto.DATABASE_NON_RAGGIUNGIBILE);
    }
}
