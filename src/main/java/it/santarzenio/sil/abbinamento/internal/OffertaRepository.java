package it.santarzenio.sil.abbinamento.internal;

import it.santarzenio.sil.abbinamento.StatoOfferta;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OffertaRepository extends JpaRepository<Offerta, Long> {

    List<Offerta> findAllByOrderByValidaAlDescIdDesc();

    /** Open offers still valid on the day: the candidates of a ranking (start dates are checked in Java). */
    List<Offerta> findByStatoAndValidaAlGreaterThanEqual(StatoOfferta stato, LocalDate giorno);
}
