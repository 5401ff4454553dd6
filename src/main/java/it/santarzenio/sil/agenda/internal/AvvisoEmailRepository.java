package it.santarzenio.sil.agenda.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AvvisoEmailRepository extends JpaRepository<AvvisoEmail, Long> {

    /** E-mails due now, and those taken by a node that never finished (taken before {@code abbandonatoPrima}). */
    @Query(
            """
            select a.id from AvvisoEmail a
            where (a.stato = DA_INVIARE and a.prossimoTentativo <= :adesso)
               or (a.stato = IN_INVIO and a.presoIl < :abbandonatoPrima)
            order by a.prossimoTentativo
            """)
    List<Long> dovuti(Instant adesso, Instant abbandonatoPrima, Limit limite);

    /**
     * Takes one e-mail for this node. An UPDATE with the same condition as {@link #dovuti}: of two nodes, the database
     * lets exactly one change the row, and only that one sends it.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(
            """
            update AvvisoEmail a set a.stato = IN_INVIO, a.presoIl = :adesso
            where a.id = :id
              and ((a.stato = DA_INVIARE and a.prossimoTentativo <= :adesso)
                or (a.stato = IN_INVIO and a.presoIl < :abbandonatoPrima))
            """)
    int prendi(Long id, Instant adesso, Instant abbandonatoPrima);

    /**
     * The appointment changed: its e-mails still waiting or being sent are superseded. An UPDATE with the condition on
     * the row as the database has it, not an entity read before: an e-mail that a node marks sent meanwhile stays sent
     * (its row locked, the condition read again after the other's commit), so each e-mail that left counts as sent.
     */
    @Modifying(flushAutomatically = true)
    @Query(
            """
            update AvvisoEmail a set a.stato = SUPERATO, a.presoIl = null
            where a.appuntamentoId = :appuntamentoId and a.stato in (DA_INVIARE, IN_INVIO)
            """)
    int superati(Long appuntamentoId);

    List<AvvisoEmail> findByAppuntamentoIdOrderById(Long appuntamentoId);
}
