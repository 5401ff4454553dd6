/**
 * Sportello di Orientamento Specialistico (Fase II): the project of a case (defined by the informative desk or
 * approved by the Cabina di Regia), its start, monitoring and final report, the desk's interviews, and the cartella
 * sociale (notes and documents the desks attach to the case).
 */
package it.santarzenio.sil.specialistico;
