/** The managers' Cruscotto: the service's figures over a period and right now, as SQL aggregates, and their export. */
package it.santarzenio.sil.cruscotto;
