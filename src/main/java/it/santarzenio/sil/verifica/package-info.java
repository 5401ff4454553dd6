/** What became of a citizen after the case: the outcome checks at 6 and 12 months (VerificaEsitiProcess). */
package it.santarzenio.sil.verifica;
