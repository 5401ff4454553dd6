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

    /**
     * Sixty of the group's open cases drawn at random from its candidate links alone, then their business key and
     * codice fiscale: shuffling the joined rows of the informative desk's 70,000 tasks instead once ran past the
     * statement timeout at 100,000 open cases.
     */
    private static final String SQL =
            """
            SELECT e.business_key_, v.text_
              FROM (SELECT t.proc_inst_id_
                      FROM act_ru_identitylink l
                      JOIN act_ru_task t ON t.id_ = l.task_id_
                     WHERE l.type_ = 'candidate' AND l.group_id_ = ?
                     ORDER BY random()
                     LIMIT 60) s
              JOIN act_ru_execution e ON e.id_ = s.proc_inst_id_
              LEFT JOIN act_ru_variable v
                ON v.proc_inst_id_ = s.proc_inst_id_ AND v.execution_id_ = s.proc_inst_id_ AND v.name_ = 'codiceFiscale'
            """;

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
