package it.santarzenio.sil.abbinamento.internal;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SollecitoAbbinamentoRepository extends JpaRepository<SollecitoAbbinamento, Long> {

    boolean existsByNumeroPraticaAndScadenzaIl(String numeroPratica, Instant scadenzaIl);

    long countByNumeroPratica(String numeroPratica);
}
