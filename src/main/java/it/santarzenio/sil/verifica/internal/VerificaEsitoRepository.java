package it.santarzenio.sil.verifica.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VerificaEsitoRepository extends JpaRepository<VerificaEsito, Long> {

    List<VerificaEsito> findByNumeroPraticaOrderByRegistrataIl(String numeroPratica);

    List<VerificaEsito> findByNumeroPraticaIn(Collection<String> numeriPratica);

    boolean existsByNumeroPraticaAndIntervallo(String numeroPratica, String intervallo);
}
