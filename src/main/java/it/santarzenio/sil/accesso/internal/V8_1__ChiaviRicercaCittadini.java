package it.santarzenio.sil.accesso.internal;

import it.santarzenio.sil.accesso.ChiaviRicerca;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * The search keys of the citizens known before V8: accents are removed in Java (ChiaviRicerca), which SQL cannot do
 * the same way on H2 and PostgreSQL. Anonymised citizens get none: nobody should find them again.
 */
@Component
class V8_1__ChiaviRicercaCittadini extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        var connessione = context.getConnection();
        try (var lettura = connessione.createStatement();
                ResultSet righe = lettura.executeQuery("SELECT id, codice_fiscale, nome, cognome FROM cittadino"
                        + " WHERE codice_fiscale NOT LIKE '" + Cittadino.PREFISSO_ANONIMO + "%'");
                PreparedStatement scrittura = connessione.prepareStatement(
                        "INSERT INTO cittadino_chiave_ricerca (cittadino_id, chiave) VALUES (?, ?)")) {
            int inAttesa = 0;
            while (righe.next()) {
                for (String chiave : ChiaviRicerca.di(righe.getString(2), righe.getString(3), righe.getString(4))) {
                    scrittura.setLong(1, righe.getLong(1));
                    scrittura.setString(2, chiave);
                    scrittura.addBatch();
                    if (++inAttesa == 500) {
                        scrittura.executeBatch();
                        inAttesa = 0;
                    }
                }
            }
            scrittura.executeBatch();
        }
    }
}
