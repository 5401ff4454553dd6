/**
 * Audit trail: who read or changed a citizen's personal data, when, what and from where. Append-only: the
 * application can add rows and query them, never change or delete one.
 */
package it.santarzenio.sil.audit;
