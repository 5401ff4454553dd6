package it.santarzenio.sil.orientamento.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProfiloRepository extends JpaRepository<Profilo, Long> {

    Optional<Profilo> findByNumeroPratica(String numeroPratica);
}
