/**
 * Incidents (cases): the evidence an analyst gathers for one attack, item by item with where each
 * came from, the dated assessments the attribution engine gave, how the ranking moved between
 * two of them, and the audit trail of every change. Pure domain types; the store keeps them.
 */
package io.ascribe.incident;
