package it.santarzenio.sil.accesso.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SchedaUtenteRepository extends JpaRepository<SchedaUtente, Long> {

    Optional<SchedaUtente> findByNumeroPratica(String numeroPratica);

    Optional<SchedaUtente> findByCittadinoIdAndChiusaIlIsNull(Long cittadinoId);

    List<SchedaUtente> findByCittadinoIdOrderByApertaIl(Long cittadinoId);
}
