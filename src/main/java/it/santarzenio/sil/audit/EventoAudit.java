package it.santarzenio.sil.audit;

import java.time.Instant;

/**
 * One row of the audit trail. It names the citizen by id, never by personal data, so that the trail survives the
 * citizen's anonymisation without undoing it.
 */
public record EventoAudit(
        Long id,
        Instant registratoIl,
        String utente,
        Azione azione,
        String entita,
        String entitaId,
        Long cittadinoId,
        String indirizzo,
        String dettaglio) {}
