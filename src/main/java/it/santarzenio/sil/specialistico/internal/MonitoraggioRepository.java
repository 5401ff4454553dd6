package it.santarzenio.sil.specialistico.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MonitoraggioRepository extends JpaRepository<Monitoraggio, Long> {

    List<Monitoraggio> findByProgettoIdOrderByNumero(Long progettoId);

    int countByProgettoId(Long progettoId);
}
