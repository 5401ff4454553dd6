package it.santarzenio.sil.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Multiplies the open cases that were seeded through the engine's API by copying the engine's own rows of those cases
 * with fresh ids: in copy {@code k} of a row every id that belongs to the case (execution, task, variable, identity
 * link, authorization, job, history of instances and tasks) ends in {@code "z" + k} (three digits) instead of its last four hexadecimal
 * digits, so that it keeps its length (activity instance ids fill their columns), a business key and a case number
 * of its own and a
 * codice fiscale of its own, and keeps what is shared (process definitions, groups, users). Each copy is therefore
 * a case exactly as the engine wrote it, per-task authorization rows included; see ADR 0011 for why and for what is
 * not copied (the domain tables, which no Tasklist request reads).
 */
final class CopieDiCasi {

    /** Columns holding an id of the case's own rows; every other column is copied as it is. */
    private static final Set<String> ID_DEL_CASO = Set.of(
            "id_",
            "execution_id_",
            "proc_inst_id_",
            "process_instance_id_",
            "root_proc_inst_id_",
            "parent_id_",
            "super_exec_",
            "task_id_",
            "parent_task_id_",
            "bytearray_id_",
            "var_scope_",
            "act_inst_id_",
            "parent_act_inst_id_",
            "call_proc_inst_id_",
            "super_process_instance_id_",
            "exception_stack_id_",
            "var_inst_id_",
            "resource_id_");

    /** Rows of the cases seeded through the API, the originals: their ids are UUIDs, hexadecimal, without a 'z'. */
    private static final String ORIGINALE = " NOT LIKE '%z%'";

    /** The history of the open originals only: the whole-path measurement leaves ended cases in the database. */
    private static final String APERTO =
            " AND proc_inst_id_ IN (SELECT proc_inst_id_ FROM act_ru_execution WHERE proc_inst_id_" + ORIGINALE + ")";

    private record Tabella(String nome, String originali) {}

    // In foreign-key order. Of the history only instances and tasks, a row each: no Tasklist request reads history,
    // and the activity, variable and identity-link history would triple the time of a copy on two cores.
    private static final List<Tabella> TABELLE = List.of(
            new Tabella(
                    "act_ge_bytearray",
                    "id_ IN (SELECT bytearray_id_ FROM act_ru_variable WHERE proc_inst_id_" + ORIGINALE + ")"),
            new Tabella("act_ru_execution", "proc_inst_id_" + ORIGINALE),
            new Tabella("act_ru_task", "proc_inst_id_" + ORIGINALE),
            new Tabella(
                    "act_ru_identitylink",
                    "task_id_ IN (SELECT id_ FROM act_ru_task WHERE proc_inst_id_" + ORIGINALE + ")"),
            new Tabella("act_ru_variable", "proc_inst_id_" + ORIGINALE),
            new Tabella(
                    "act_ru_authorization",
                    "resource_id_ IN (SELECT id_ FROM act_ru_task WHERE proc_inst_id_" + ORIGINALE
                            + " UNION SELECT id_ FROM act_ru_execution WHERE proc_inst_id_" + ORIGINALE + ")"),
            new Tabella("act_ru_job", "process_instance_id_" + ORIGINALE),
            new Tabella("act_ru_event_subscr", "proc_inst_id_" + ORIGINALE),
            new Tabella("act_hi_procinst", "proc_inst_id_" + ORIGINALE + APERTO),
            new Tabella("act_hi_taskinst", "proc_inst_id_" + ORIGINALE + APERTO));

    private CopieDiCasi() {}

    /** Adds copies {@code daCopia} to {@code aCopia} (included, at most 999) of every original case. */
    static void copia(Connection connessione, int daCopia, int aCopia) throws SQLException {
        if (aCopia > 999) {
            throw new IllegalArgumentException("Al più 999 copie: aumentare benchmark.base");
        }
        connessione.setAutoCommit(false);
        try (var istruzione = connessione.createStatement()) {
            // The copies reference only rows that exist (their own copies, or shared definitions): the foreign-key
            // triggers would check each of millions of rows for nothing. Superuser only, as the benchmark connects.
            istruzione.execute("SET LOCAL session_replication_role = replica");
            for (var tabella : TABELLE) {
                var colonne = colonne(connessione, tabella.nome());
                var valori = new ArrayList<String>();
                for (String colonna : colonne) {
                    valori.add(valore(tabella.nome(), colonna));
                }
                istruzione.execute("INSERT INTO " + tabella.nome() + " (" + String.join(", ", colonne) + ") SELECT "
                        + String.join(", ", valori) + " FROM " + tabella.nome() + " CROSS JOIN generate_series("
                        + daCopia + ", " + aCopia + ") AS k WHERE " + tabella.originali());
            }
            // The replica role kept the triggers of the task counters (ADR 0024) from seeing the copies: where the
            // application installed them, they are computed again from the tables.
            try (var righe = istruzione.executeQuery("SELECT to_regproc('sil_conteggio_ricalcola') IS NOT NULL")) {
                righe.next();
                if (righe.getBoolean(1)) {
                    istruzione.execute("SELECT sil_conteggio_ricalcola()");
                }
            }
            connessione.commit();
        } catch (SQLException e) {
            connessione.rollback();
            throw e;
        } finally {
            connessione.setAutoCommit(true);
        }
    }

    private static String valore(String tabella, String colonna) {
        if (ID_DEL_CASO.contains(colonna)) {
            return "left(" + colonna + ", length(" + colonna + ") - 4) || 'z' || lpad(k::text, 3, '0')";
        }
        if (colonna.equals("business_key_")) {
            return "business_key_ || ':' || k";
        }
        if (tabella.equals("act_ru_variable") || tabella.equals("act_hi_varinst")) {
            if (colonna.equals("text_")) {
                // The case number is the business key; the codice fiscale gets the copy's number in place of the
                // place code, so that each copy is a citizen of its own (the check character is not recomputed:
                // the engine stores and compares it as text).
                return "CASE name_ WHEN 'numeroPratica' THEN text_ || ':' || k"
                        + " WHEN 'codiceFiscale' THEN overlay(text_ placing lpad(k::text, 3, '0') from 13 for 3)"
                        + " ELSE text_ END";
            }
        }
        return colonna;
    }

    private static List<String> colonne(Connection connessione, String tabella) throws SQLException {
        var colonne = new ArrayList<String>();
        try (var istruzione = connessione.prepareStatement(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ?"
                        + " ORDER BY ordinal_position")) {
            istruzione.setString(1, tabella);
            try (var righe = istruzione.executeQuery()) {
                while (righe.next()) {
                    colonne.add(righe.getString(1));
                }
            }
        }
        if (colonne.isEmpty()) {
            throw new IllegalStateException("Tabella " + tabella + " assente");
        }
        return colonne;
    }
}
