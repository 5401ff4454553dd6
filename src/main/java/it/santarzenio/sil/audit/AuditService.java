package it.santarzenio.sil.audit;

import it.santarzenio.sil.audit.internal.RigaAudit;
import it.santarzenio.sil.audit.internal.RigaAuditRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records reads and changes of personal data, in the caller's transaction when there is one (a change that rolls
 * back leaves no row), and lets administrators query them. Not from inside a read-only transaction: PostgreSQL
 * refuses the insert there.
 */
@Service
public class AuditService {

    /** Without a user: timers and jobs. */
    public static final String SISTEMA = "sistema";

    static final int RIGHE_MASSIME = 1000;

    private final RigaAuditRepository righe;
    private final Clock orologio;

    AuditService(RigaAuditRepository righe, Clock orologio) {
        this.righe = righe;
        this.orologio = orologio;
    }

    /**
     * Records one event. The remote address is the current HTTP request's, whichever door it came through (Spring's
     * request context covers /api, /engine-rest and the webapps); none for jobs.
     */
    @Transactional
    public void registra(
            String utente, Azione azione, String entita, Object entitaId, Long cittadinoId, String dettaglio) {
        righe.save(new RigaAudit(
                orologio.instant(),
                utente == null || utente.isBlank() ? SISTEMA : utente,
                azione,
                entita,
                entitaId == null ? null : String.valueOf(entitaId),
                cittadinoId,
                indirizzoRemoto(),
                dettaglio));
    }

    /** The events from {@code dal} (included) to {@code al} (excluded), newest first, at most 1000. */
    @Transactional(readOnly = true)
    public List<EventoAudit> cerca(Instant dal, Instant al, String utente, Long cittadinoId) {
        return righe.cerca(dal, al, utente, cittadinoId, Limit.of(RIGHE_MASSIME)).stream()
                .map(RigaAudit::vista)
                .toList();
    }

    private static String indirizzoRemoto() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes richiesta) {
            return richiesta.getRequest().getRemoteAddr();
        }
        return null;
    }
}
