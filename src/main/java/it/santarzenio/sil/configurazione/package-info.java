/** Cross-cutting configuration: the clock of the service and the checks of the production profile. */
package it.santarzenio.sil.configurazione;
