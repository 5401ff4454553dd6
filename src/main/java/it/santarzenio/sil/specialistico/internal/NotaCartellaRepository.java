package it.santarzenio.sil.specialistico.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotaCartellaRepository extends JpaRepository<NotaCartella, Long> {

    List<NotaCartella> findByNumeroPraticaOrderByCreataIlAscIdAsc(String numeroPratica);
}
