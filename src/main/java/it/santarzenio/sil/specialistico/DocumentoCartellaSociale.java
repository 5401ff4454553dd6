package it.santarzenio.sil.specialistico;

import java.time.Instant;

/** A document of the cartella sociale without its content; {@code sha256} lets a reader check what they download. */
public record DocumentoCartellaSociale(
        Long id,
        String nomeFile,
        String tipoContenuto,
        long dimensione,
        String descrizione,
        String sha256,
        String caricatoDa,
        Instant caricatoIl) {}
