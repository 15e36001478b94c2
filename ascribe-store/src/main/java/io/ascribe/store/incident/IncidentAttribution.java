package io.ascribe.store.incident;

import io.ascribe.attribution.Attribution;
import io.ascribe.incident.Assessment;
import io.ascribe.incident.Incident;
import io.ascribe.incident.RankingChange;
import io.ascribe.store.Store;
import io.ascribe.store.attribution.TrainedAttributor;
import io.ascribe.store.kb.KnowledgeBase;
import java.util.List;

/**
 * Runs the attribution engine on an incident's evidence and keeps the result as its next
 * assessment, with the knowledge-base version; the one place the command line, the API and the
 * web UI do it.
 */
public final class IncidentAttribution {
  private final IncidentStore incidents;
  private final KnowledgeBase kb;

  /**
   * An assessment and how the ranking moved since the previous one.
   *
   * @param change null for the incident's first assessment
   */
  public record Result(Assessment assessment, RankingChange change) {}

  public IncidentAttribution(Store store) {
    this.incidents = new IncidentStore(store);
    this.kb = new KnowledgeBase(store);
  }

  /**
   * Attributes {@code incident} with {@code engine}, listing {@code top} hypotheses.
   *
   * @throws IllegalArgumentException when the incident has no evidence yet
   */
  public Result run(Incident incident, TrainedAttributor engine, int top, String actor) {
    if (incident.evidence().isEmpty()) {
      throw new IllegalArgumentException(incident.id() + " has no evidence yet; add some first (techniques, software, "
          + "indicators, victims, or a document's extractions)");
    }
    Attribution result = engine.attributor().attribute(engine.resolver().resolve(incident.toEvidence()), top);
    List<Assessment> before = incidents.assessments(incident.id());
    Assessment now = incidents.recordAssessment(incident.id(), result, kb.fingerprint(), incident.evidence().size(), actor);
    return new Result(now, before.isEmpty() ? null : RankingChange.between(before.get(before.size() - 1), now));
  }
}
