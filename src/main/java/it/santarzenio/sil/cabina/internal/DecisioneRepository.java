package it.santarzenio.sil.cabina.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DecisioneRepository extends JpaRepository<Decisione, Long> {

    Optional<Decisione> findByPropostaId(Long propostaId);
}
