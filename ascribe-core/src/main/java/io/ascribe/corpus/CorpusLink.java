package io.ascribe.corpus;

import io.ascribe.attribution.EvidenceKind;

/**
 * One thing a document ties to an actor.
 *
 * @param actorKey the canonical actor's key
 * @param kind technique, software, indicator, victim country or victim sector
 * @param feature the engine's feature for it ({@code t:T1059.001}, {@code s:<software key>},
 *     {@code i:<value>}, {@code vc:UA}, {@code vs:<sector>}), the same as incident evidence resolves to
 * @param label a readable form ("T1059.001 PowerShell", "X-Agent (S0161)", "203.0.113.7")
 * @param sentence the sentence of the document that names it, or null
 */
public record CorpusLink(
    String actorKey, EvidenceKind kind, String feature, String label, String sentence, Provenance provenance) {}
