/**
 * Exports of stored data: STIX 2.1 bundles of an actor, an incident or the claims ledger, and
 * ATT&CK Navigator layers, each limited to the reader's TLP clearance.
 */
package io.ascribe.store.export;
