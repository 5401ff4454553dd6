package it.santarzenio.sil.abbinamento.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SegnalazioneOffertaRepository extends JpaRepository<SegnalazioneOfferta, Long> {

    List<SegnalazioneOfferta> findByNumeroPraticaOrderByDataAscIdAsc(String numeroPratica);
}
