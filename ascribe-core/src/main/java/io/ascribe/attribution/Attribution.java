package io.ascribe.attribution;

import java.util.List;

/**
 * The engine's answer for one case: ranked hypotheses with calibrated probabilities and the
 * evidence for and against each, the probability that none of them is right, and how far the
 * answer rests on easily forged evidence.
 *
 * @param unknownProbability probability that the actor is none of the listed hypotheses: an actor
 *     the knowledge base does not profile, or a profiled actor outside the top list
 * @param unlistedActorsProbability the part of {@code unknownProbability} that falls on profiled
 *     actors not listed
 */
public record Attribution(
    String id,
    List<Hypothesis> hypotheses,
    double unknownProbability,
    double unlistedActorsProbability,
    FalseFlagSensitivity falseFlagSensitivity,
    List<String> unresolved,
    List<String> notes) {

  /** One candidate actor. */
  public record Hypothesis(
      String actor,
      String attackId,
      String stixId,
      double probability,
      String likelihood,
      int stixConfidence,
      List<EvidenceNote> evidence,
      List<EvidenceNote> inconsistent) {}

  /**
   * How one piece of evidence bears on a hypothesis.
   *
   * @param weight its contribution to the hypothesis's log-odds (negative: speaks against)
   */
  public record EvidenceNote(String kind, String value, double weight, String forgeability, String note) {}

  /**
   * The answer with the easiest-to-forge evidence left out.
   *
   * @param without the evidence fields left out (empty when the case has none)
   * @param topActor the top hypothesis without them ("unknown" when unknown wins)
   * @param probabilityShift how much the original top hypothesis's probability changes without
   *     them (absolute)
   */
  public record FalseFlagSensitivity(List<String> without, String topActor, double probabilityShift) {}
}
