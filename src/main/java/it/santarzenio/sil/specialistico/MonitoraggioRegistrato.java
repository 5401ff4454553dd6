package it.santarzenio.sil.specialistico;

import java.time.Instant;

/**
 * A recorded monitoring. While the project is in progress the next one, number {@code prossimoNumero}, is due at
 * {@code prossimaScadenza}; both are null once the project has ended.
 */
public record MonitoraggioRegistrato(
        int numero, StatoProgetto statoProgetto, Integer prossimoNumero, Instant prossimaScadenza) {}
