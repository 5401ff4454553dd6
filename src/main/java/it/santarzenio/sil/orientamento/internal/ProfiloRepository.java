package it.santarzenio.sil.orientamento.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProfiloRepository extends JpaRepository<Profilo, Long> {

    Optional<Profilo> findByNumeroPratica(String numeroPratica);

    List<Profilo> findByNumeroPraticaInOrderByRegistratoIl(Collection<String> numeriPratica);
}
