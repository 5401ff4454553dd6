package it.santarzenio.sil.specialistico;

import java.time.Instant;

public record NotaCartellaSociale(Long id, String testo, String autore, Instant creataIl) {}
