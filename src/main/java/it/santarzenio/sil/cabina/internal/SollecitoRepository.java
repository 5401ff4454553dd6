package it.santarzenio.sil.cabina.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SollecitoRepository extends JpaRepository<Sollecito, Long> {

    int countByPropostaId(Long propostaId);
}
