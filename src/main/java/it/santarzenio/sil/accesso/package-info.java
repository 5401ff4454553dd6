/**
 * Accoglienza: the citizen (one per codice fiscale), the registro accessi that keeps a trace of every visit, and the
 * scheda utente opened when a citizen takes up a path, with its case number.
 */
package it.santarzenio.sil.accesso;
