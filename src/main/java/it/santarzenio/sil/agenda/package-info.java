/**
 * Agenda of the desks: appointments only in opening hours and one citizen per slot, with e-mail confirmations and
 * reminders to the citizen.
 */
package it.santarzenio.sil.agenda;
