package it.santarzenio.sil.specialistico.internal;

import it.santarzenio.sil.specialistico.DocumentoCartellaSociale;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DocumentoCartellaRepository extends JpaRepository<DocumentoCartella, Long> {

    /** The documents without their content, which only a download reads. */
    @Query("select new it.santarzenio.sil.specialistico.DocumentoCartellaSociale(d.id, d.nomeFile, d.tipoContenuto,"
            + " d.dimensione, d.descrizione, d.sha256, d.caricatoDa, d.caricatoIl)"
            + " from DocumentoCartella d where d.numeroPratica = ?1 order by d.caricatoIl, d.id")
    List<DocumentoCartellaSociale> elenco(String numeroPratica);

    Optional<DocumentoCartella> findByIdAndNumeroPratica(Long id, String numeroPratica);

    /** The documents of a case with their content: for the export and the anonymisation only. */
    List<DocumentoCartella> findByNumeroPraticaOrderByCaricatoIlAscIdAsc(String numeroPratica);
}
