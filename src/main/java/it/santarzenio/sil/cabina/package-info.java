/**
 * Cabina di Regia: the steering committee's collegial act on project proposals. Every proposal is a new version
 * after each request for revision; every decision keeps who decided, when, the outcome and the reason; an overdue
 * decision is recorded as a reminder sent to the service managers. An approval creates the project in
 * {@code specialistico}.
 */
package it.santarzenio.sil.cabina;
