/**
 * Incidents in the store: {@link io.ascribe.store.incident.IncidentStore} keeps their evidence,
 * attached documents and assessments, checks the version every edit was based on (optimistic
 * locking), and writes each change with its audit entry in one transaction.
 */
package io.ascribe.store.incident;
