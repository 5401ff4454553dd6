package it.santarzenio.sil.accesso.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface CittadinoRepository extends JpaRepository<Cittadino, Long> {

    Optional<Cittadino> findByCodiceFiscale(String codiceFiscale);

    /** The citizen's row, locked until the transaction ends: two anonymisations of one citizen run one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Cittadino c where c.id = ?1")
    Optional<Cittadino> bloccaPerId(Long id);

    /**
     * Citizens with id above {@code dopo}, not anonymised, whose last contact (last access, which updates the
     * citizen) and every case's closure came before {@code limite}, with no open path and no pending request.
     */
    @Query("select c.id from Cittadino c"
            + " where c.id > ?2 and c.codiceFiscale not like '" + Cittadino.PREFISSO_ANONIMO + "%'"
            + " and c.aggiornatoIl < ?1"
            + " and not exists (select s.id from SchedaUtente s where s.cittadinoId = c.id"
            + "   and (s.chiusaIl is null or s.chiusaIl >= ?1))"
            + " and not exists (select a.id from Accesso a where a.cittadinoId = c.id and a.esito = ?3)"
            + " order by c.id")
    List<Long> conservazioneScaduta(Instant limite, Long dopo, Accesso.Esito inCorso, Limit quanti);
}
