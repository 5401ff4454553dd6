package it.santarzenio.sil.cabina.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PropostaVersioneRepository extends JpaRepository<PropostaVersione, Long> {

    List<PropostaVersione> findByNumeroPraticaOrderByVersione(String numeroPratica);

    Optional<PropostaVersione> findFirstByNumeroPraticaOrderByVersioneDesc(String numeroPratica);
}
