package it.santarzenio.sil.audit.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Append-only on purpose: a plain {@link Repository} with save and queries, no delete and no bulk update, so the
 * application has no way to edit the trail (a test checks these are the only methods).
 */
public interface RigaAuditRepository extends Repository<RigaAudit, Long> {

    RigaAudit save(RigaAudit riga);

    @Query(
            """
            select r from RigaAudit r
            where r.registratoIl >= :dal and r.registratoIl < :al
              and (:utente is null or r.utente = :utente)
              and (:cittadinoId is null or r.cittadinoId = :cittadinoId)
            order by r.registratoIl desc, r.id desc
            """)
    List<RigaAudit> cerca(Instant dal, Instant al, String utente, Long cittadinoId, Limit limite);
}
