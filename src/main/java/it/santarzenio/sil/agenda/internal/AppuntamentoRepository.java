package it.santarzenio.sil.agenda.internal;

import it.santarzenio.sil.agenda.Sportello;
import it.santarzenio.sil.agenda.StatoAppuntamento;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AppuntamentoRepository extends JpaRepository<Appuntamento, Long> {

    /** The booked appointment of a case (at most one: column prenotato_per is unique). */
    Optional<Appuntamento> findByPrenotatoPer(String numeroPratica);

    boolean existsBySportelloAndSlotOccupato(Sportello sportello, Instant inizio);

    @Query(
            """
            select a.slotOccupato from Appuntamento a
            where a.sportello = :sportello and a.slotOccupato >= :dal and a.slotOccupato < :al
            """)
    List<Instant> slotOccupati(Sportello sportello, Instant dal, Instant al);

    List<Appuntamento> findBySportelloAndInizioGreaterThanEqualAndInizioLessThanAndStatoNotOrderByInizio(
            Sportello sportello, Instant dal, Instant al, StatoAppuntamento escluso);

    List<Appuntamento> findByCittadinoIdOrderByInizio(Long cittadinoId);

    long countByNumeroPraticaAndStato(String numeroPratica, StatoAppuntamento stato);
}
