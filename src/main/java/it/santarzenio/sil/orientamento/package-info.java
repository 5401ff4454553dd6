/**
 * Orientamento di primo livello: the assessment interview, the profiling on the GOL paths (suggested by
 * Decision_Profilazione, confirmed or overridden by the operator) and the shared work or training goals.
 */
package it.santarzenio.sil.orientamento;
