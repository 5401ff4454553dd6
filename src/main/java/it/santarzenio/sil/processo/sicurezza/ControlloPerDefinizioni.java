package it.santarzenio.sil.processo.sicurezza;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;

/**
 * The authorization check of a task query whose caller reads the tasks of some process definitions and no others
 * (ADR 0023): the engine's join is off, and {@link CompitiDelleDefinizioni} filters the task's own
 * {@code PROC_DEF_ID_} by the ids of every version of those definitions, written into the SQL.
 */
final class ControlloPerDefinizioni extends AuthorizationCheck {

    /** What the engine makes of a key (a BPMN id), a version and a UUID; nothing that could end a SQL string. */
    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}_.:-]{1,64}");

    private final List<String> definizioni;

    private ControlloPerDefinizioni(AuthorizationCheck delMotore, List<String> definizioni) {
        setAuthUserId(delMotore.getAuthUserId());
        setAuthGroupIds(delMotore.getAuthGroupIds());
        setAuthDefaultPerm(delMotore.getAuthDefaultPerm());
        setHistoricInstancePermissionsEnabled(delMotore.isHistoricInstancePermissionsEnabled());
        setAuthorizationCheckEnabled(false);
        this.definizioni = List.copyOf(definizioni);
    }

    /** The check for these definitions' ids; empty (the engine's check stays) if an id is not one the engine makes. */
    static Optional<ControlloPerDefinizioni> per(AuthorizationCheck delMotore, List<String> definizioni) {
        return definizioni.stream().allMatch(id -> ID.matcher(id).matches())
                ? Optional.of(new ControlloPerDefinizioni(delMotore, definizioni))
                : Optional.empty();
    }

    /** The ids of every deployed version of the definitions whose tasks the caller reads; empty if none is. */
    public List<String> getDefinizioni() {
        return definizioni;
    }
}
