package it.santarzenio.sil.accesso.internal;

import java.time.Clock;
import java.time.Year;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Component;

/**
 * Case numbers SIL-&lt;year&gt;-&lt;6 digits&gt; from the database sequence numero_pratica_seq: unique across
 * threads and application nodes because the database hands them out. The counter is not reset each year; the
 * year in the number is the year of opening.
 */
@Component
public class NumeratorePratiche {

    private static final String SEQUENZA = "numero_pratica_seq";

    private final DataFieldMaxValueIncrementer sequenza;
    private final Clock orologio;

    NumeratorePratiche(DataSource dataSource, Clock orologio) throws Exception {
        String database = JdbcUtils.extractDatabaseMetaData(dataSource, metadati -> metadati.getDatabaseProductName());
        this.sequenza = database.toLowerCase().contains("postgres")
                ? new PostgresSequenceMaxValueIncrementer(dataSource, SEQUENZA)
                : new H2SequenceMaxValueIncrementer(dataSource, SEQUENZA);
        this.orologio = orologio;
    }

    public String prossimo() {
        return "SIL-%d-%06d".formatted(Year.now(orologio).getValue(), sequenza.nextLongValue());
    }
}
