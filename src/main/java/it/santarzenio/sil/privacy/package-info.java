/**
 * The data subject's rights (GDPR art. 15 and 17): export of everything held about a citizen, through each module's
 * public API, and anonymisation of a citizen with no open case, on request or when the retention period ends (a
 * nightly job); the administrators' view of the audit trail.
 */
package it.santarzenio.sil.privacy;
