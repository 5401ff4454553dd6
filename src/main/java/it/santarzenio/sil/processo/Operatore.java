package it.santarzenio.sil.processo;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Who is acting: the authenticated engine user, or "sistema" for timers and jobs. */
final class Operatore {

    static final String SISTEMA = "sistema";

    private Operatore() {}

    static String di(DelegateExecution execution) {
        var autenticazione =
                execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return autenticazione != null && autenticazione.getUserId() != null ? autenticazione.getUserId() : SISTEMA;
    }
}
