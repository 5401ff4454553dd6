package it.santarzenio.sil.orientamento.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ColloquioRepository extends JpaRepository<Colloquio, Long> {

    List<Colloquio> findByNumeroPraticaOrderByRegistratoIl(String numeroPratica);

    List<Colloquio> findByNumeroPraticaInOrderByRegistratoIl(Collection<String> numeriPratica);
}
