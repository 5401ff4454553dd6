package it.santarzenio.sil.specialistico.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RendicontazioneRepository extends JpaRepository<Rendicontazione, Long> {

    Optional<Rendicontazione> findByProgettoId(Long progettoId);
}
