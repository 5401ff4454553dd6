package it.santarzenio.sil.processo.sicurezza;

import java.util.List;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;

/**
 * The authorization check of a task query whose caller reads the tasks of some process definitions and no others
 * (ADR 0023): the engine's join is off, and {@link CompitiDelleDefinizioni} filters the task's own
 * {@code PROC_DEF_ID_} by the ids of every version of those definitions.
 */
final class ControlloPerDefinizioni extends AuthorizationCheck {

    private final List<String> chiavi;

    ControlloPerDefinizioni(AuthorizationCheck delMotore, List<String> chiavi) {
        setAuthUserId(delMotore.getAuthUserId());
        setAuthGroupIds(delMotore.getAuthGroupIds());
        setAuthDefaultPerm(delMotore.getAuthDefaultPerm());
        setHistoricInstancePermissionsEnabled(delMotore.isHistoricInstancePermissionsEnabled());
        setAuthorizationCheckEnabled(false);
        this.chiavi = List.copyOf(chiavi);
    }

    /** The keys of the definitions whose tasks the caller reads (never empty). */
    public List<String> getChiavi() {
        return chiavi;
    }
}
