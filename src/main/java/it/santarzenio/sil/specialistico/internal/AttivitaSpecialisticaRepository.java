package it.santarzenio.sil.specialistico.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AttivitaSpecialisticaRepository extends JpaRepository<AttivitaSpecialistica, Long> {

    List<AttivitaSpecialistica> findByNumeroPraticaOrderByRegistrataIl(String numeroPratica);
}
