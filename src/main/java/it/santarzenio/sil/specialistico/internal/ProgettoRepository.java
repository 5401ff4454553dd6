package it.santarzenio.sil.specialistico.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgettoRepository extends JpaRepository<Progetto, Long> {

    Optional<Progetto> findByNumeroPratica(String numeroPratica);
}
