/** Servizi Integrati per il Lavoro del Comune di Sant'Arzenio: the percorso of a citizen from accoglienza to project. */
package it.santarzenio.sil;
