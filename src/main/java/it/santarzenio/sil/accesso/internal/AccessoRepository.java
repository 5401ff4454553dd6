package it.santarzenio.sil.accesso.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccessoRepository extends JpaRepository<Accesso, Long> {

    List<Accesso> findByCittadinoIdOrderByRegistratoIlDesc(Long cittadinoId);

    List<Accesso> findByNumeroPratica(String numeroPratica);
}
