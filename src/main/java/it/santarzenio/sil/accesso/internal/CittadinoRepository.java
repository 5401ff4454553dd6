package it.santarzenio.sil.accesso.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CittadinoRepository extends JpaRepository<Cittadino, Long> {

    /** The search of {@link #cercaPerChiavi}, public for the test that measures it at 100,000 citizens. */
    String RICERCA_PER_CHIAVI = "SELECT DISTINCT k1.cittadino_id FROM cittadino_chiave_ricerca k1"
            + " WHERE k1.chiave BETWEEN :da1 AND :a1"
            + " AND EXISTS (SELECT 1 FROM cittadino_chiave_ricerca k2 WHERE k2.cittadino_id = k1.cittadino_id"
            + "   AND k2.chiave BETWEEN :da2 AND :a2)"
            + " AND EXISTS (SELECT 1 FROM cittadino_chiave_ricerca k3 WHERE k3.cittadino_id = k1.cittadino_id"
            + "   AND k3.chiave BETWEEN :da3 AND :a3)"
            + " ORDER BY k1.cittadino_id FETCH FIRST :quanti ROWS ONLY";

    Optional<Cittadino> findByCodiceFiscale(String codiceFiscale);

    /**
     * Ids of the citizens with a search key in each of the three ranges (repeat a range for fewer words), driven by
     * the first range on ix_cittadino_chiave_ricerca; at most {@code quanti}.
     */
    @Query(value = RICERCA_PER_CHIAVI, nativeQuery = true)
    List<Long> cercaPerChiavi(
            @Param("da1") String da1,
            @Param("a1") String a1,
            @Param("da2") String da2,
            @Param("a2") String a2,
            @Param("da3") String da3,
            @Param("a3") String a3,
            @Param("quanti") int quanti);

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
