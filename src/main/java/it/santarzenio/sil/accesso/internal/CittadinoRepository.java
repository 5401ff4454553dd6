package it.santarzenio.sil.accesso.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CittadinoRepository extends JpaRepository<Cittadino, Long> {

    Optional<Cittadino> findByCodiceFiscale(String codiceFiscale);
}
