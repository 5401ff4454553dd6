/**
 * The operator's desk: a case's whole file (the citizen and the timeline of every module, oldest first) beside every
 * task in Tasklist, the search of a returning citizen and the documents printed for the citizen to take or sign.
 */
package it.santarzenio.sil.fascicolo;
