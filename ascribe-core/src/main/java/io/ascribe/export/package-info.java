/**
 * Export to other tools: STIX 2.1 bundles and ATT&CK Navigator layers.
 *
 * <p>{@link io.ascribe.export.StixBundleBuilder} is the core: it collects STIX objects under
 * deterministic ids ({@link io.ascribe.export.StixIds}, UUIDv5), remembers the TLP marking of
 * each, merges duplicates, and builds a bundle for a reader's clearance: objects above it are
 * left out, and so is every object that would then point at something missing. Exporters add to
 * a builder:
 *
 * <ul>
 *   <li>{@link io.ascribe.export.ActorExport}: a profiled actor as an {@code intrusion-set} with
 *       its aliases and their sources, techniques, software and sponsor claims;
 *   <li>{@link io.ascribe.export.ClaimLedgerExport}: public attribution claims, denials and
 *       counter-accusations ({@link io.ascribe.export.ClaimRecord}) as {@code attributed-to}
 *       relationships, {@code opinion}s and {@code note}s authored by the claimants;
 *   <li>{@link io.ascribe.export.NavigatorLayers}: an incident's techniques against an actor's, as
 *       an ATT&amp;CK Navigator layer (format 4.5), which is not STIX.
 * </ul>
 *
 * <p>The mapping rules are described in docs/stix-export.md.
 */
package io.ascribe.export;
