/**
 * The attribution engine: given an incident's {@link io.ascribe.attribution.Evidence}, {@link
 * io.ascribe.attribution.Attributor} ranks the profiled actors with calibrated probabilities, an
 * "unknown actor" hypothesis, per-evidence explanations and false-flag sensitivity.
 *
 * <p>Public entry points: {@link io.ascribe.attribution.EvidenceParser} (JSON or STIX bundle),
 * {@link io.ascribe.attribution.EvidenceResolver} (names to knowledge-base features), {@link
 * io.ascribe.attribution.AttributionCorpus} (what the knowledge base says about each actor), {@link
 * io.ascribe.attribution.Attributor} and {@link io.ascribe.attribution.AttributionBenchmark}. The
 * machinery ({@code SimilarityModel}, {@code FeatureModel}, {@code TrainingCases}) is
 * package-private; docs/attribution-model.md explains the model.
 */
package io.ascribe.attribution;
