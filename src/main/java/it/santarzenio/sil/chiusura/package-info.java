/** The end of a case outside its happy paths: early closure by a desk and cancellation by an administrator. */
package it.santarzenio.sil.chiusura;
