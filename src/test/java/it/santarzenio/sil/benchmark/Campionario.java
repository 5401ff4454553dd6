package it.santarzenio.sil.benchmark;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Open cases of each group, read once from the database before a measurement, so that the look-ups by business key
 * and by codice fiscale ask for a different real case at each repetition.
 */
final class Campionario {

    private static final String SQL =
            """
            SELECT e.business_key_, v.text_
              FROM act_ru_task t
              JOIN act_ru_execution e ON e.id_ = t.proc_inst_id_
              JOIN act_ru_identitylink l ON l.task_id_ = t.id_ AND l.type_ = 'candidate' AND l.group_id_ = ?
              LEFT JOIN act_ru_variable v
                ON v.proc_inst_id_ = t.proc_inst_id_ AND v.execution_id_ = t.proc_inst_id_ AND v.name_ = 'codiceFiscale'
             ORDER BY random()
             LIMIT 60""";

    private final Map<String, List<String>> chiavi = new HashMap<>();
    private final Map<String, List<String>> codiciFiscali = new HashMap<>();

    static Campionario di(ServerPostgres postgres, String database) throws SQLException {
        var campionario = new Campionario();
        try (var connessione = postgres.connessione(database);
                var istruzione = connessione.prepareStatement(SQL)) {
            for (var operatore : Operatori.TUTTI) {
                var chiavi = new ArrayList<String>();
                var codici = new ArrayList<String>();
                istruzione.setString(1, operatore.gruppo());
                try (var righe = istruzione.executeQuery()) {
                    while (righe.next()) {
                        chiavi.add(righe.getString(1));
                        if (righe.getString(2) != null) {
                            codici.add(righe.getString(2));
                        }
                    }
                }
                campionario.chiavi.put(operatore.gruppo(), chiavi);
                campionario.codiciFiscali.put(operatore.gruppo(), codici);
            }
        }
        return campionario;
    }

    List<String> chiavi(String gruppo) {
        return chiavi.getOrDefault(gruppo, List.of());
    }

    List<String> codiciFiscali(String gruppo) {
        return codiciFiscali.getOrDefault(gruppo, List.of());
    }
}
