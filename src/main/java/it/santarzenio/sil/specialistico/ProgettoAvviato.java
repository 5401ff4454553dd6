package it.santarzenio.sil.specialistico;

import java.time.Instant;

/** A started project: the first monitoring (number 1) is due one monitoring interval after the start. */
public record ProgettoAvviato(Long progettoId, int numeroMonitoraggio, Instant scadenzaMonitoraggio) {}
