package io.ascribe.attribution;

import io.ascribe.attribution.Sightings.Seen;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tool overlap from the corpus: software the incident shows that ingested documents tie to an
 * actor whose ATT&CK profile does not list it. It is a context ratio, not a learned similarity
 * feature: the ranker's weights are fitted on leave-one-report-out cases of the knowledge base, and
 * facts from the analyst's corpus would change every profile the cases are built from (and the
 * cached weights with every ingest). For software the ATT&CK profile already lists, the learned
 * features count it and the corpus adds nothing (it would count the same use twice).
 *
 * <p>The weight has the form of {@link Infrastructure}'s, with the rarity of the tool in place of
 * the indicator's specificity: the documents' ties are right with probability {@code s = 1 -
 * prod(1 - confidence_j)}; a right tie narrows the field to the k actors known to use the tool (in
 * ATT&CK or the corpus), but less sharply than infrastructure, because a tool recurs in an actor's
 * intrusions less reliably than its servers and tools are shared, sold and leaked:
 *
 * <pre>
 *   LR_a = s * sqrt(N / k) + (1 - s)      weight_a = discount(LOW) * ln LR_a
 * </pre>
 *
 * So a tool only one actor uses weighs ln sqrt(N) (2.6 with 172 actors), Cobalt Strike (about 30
 * actors) 0.9, a tool most actors use next to nothing. Corpus techniques are not scored: extracted
 * from text by a classifier they are noisier than ATT&CK's curated uses, most are used by dozens
 * of actors, and adding them to profiles makes prolific actors cover every report (the failure the
 * model's design avoids; see docs/attribution-model.md).
 */
final class ToolOverlap {
  /** What the corpus says of one tool under one actor, condensed when the engine is built. */
  private record Tie(int actor, double probability, String seen) {}

  private final int candidates;
  private final SimilarityModel model;
  private final Map<String, Tie[]> ties = new HashMap<>();
  private final Map<String, Integer> actorsWith = new HashMap<>();

  ToolOverlap(List<AttributionCorpus.Actor> actors, SimilarityModel model) {
    this.candidates = actors.size();
    this.model = model;
    Map<String, Set<Integer>> users = new HashMap<>();
    Map<String, Map<Integer, List<Seen>>> sightings = new HashMap<>();
    for (int a = 0; a < actors.size(); a++) {
      Set<String> documents = new HashSet<>();
      for (AttributionCorpus.Fact f : actors.get(a).facts()) {
        if (f.kind() != EvidenceKind.SOFTWARE) {
          continue;
        }
        if (f.origin() == AttributionCorpus.Origin.CORPUS) {
          Seen seen = Seen.of(a, f.feature(), f);
          if (documents.add(f.feature() + "|" + seen.document())) {
            sightings.computeIfAbsent(f.feature(), k -> new LinkedHashMap<>())
                .computeIfAbsent(a, k -> new ArrayList<>()).add(seen);
          }
          users.computeIfAbsent(f.feature(), k -> new HashSet<>()).add(a);
        } else if (f.origin() == AttributionCorpus.Origin.DIRECT || f.origin() == AttributionCorpus.Origin.CAMPAIGN) {
          users.computeIfAbsent(f.feature(), k -> new HashSet<>()).add(a);
        }
      }
    }
    users.forEach((feature, who) -> actorsWith.put(feature, who.size()));
    sightings.forEach((feature, byActor) -> ties.put(feature, byActor.entrySet().stream()
        .map(e -> new Tie(e.getKey(), Infrastructure.combined(e.getValue(), 1.0, null, null),
            Sightings.describe(e.getValue(), actors.get(e.getKey()).name())))
        .toArray(Tie[]::new)));
  }

  /** The corpus's weights for one software item, or null when no document ties it to any actor. */
  ContextWeights weigh(String feature) {
    Tie[] found = ties.get(feature);
    if (found == null) {
      return null;
    }
    int k = Math.max(1, actorsWith.getOrDefault(feature, found.length));
    double narrowing = Math.sqrt((double) candidates / k);
    double discount = EvidenceKind.SOFTWARE.forgeability().discount();
    double[] w = new double[candidates];
    Map<Integer, Tie> byActor = new HashMap<>();
    for (Tie t : found) {
      byActor.put(t.actor(), t);
      if (!model.inProfile(t.actor(), feature)) {
        w[t.actor()] = discount * Math.log(t.probability() * narrowing + (1 - t.probability()));
      }
    }
    return new ContextWeights(w, a -> {
      Tie t = byActor.get(a);
      if (t == null) {
        return null;
      }
      return model.inProfile(a, feature)
          ? "corpus: " + t.seen() + "; already in the ATT&CK profile, not counted twice"
          : "corpus: " + t.seen() + "; used by " + k + " of " + candidates + " actors (ATT&CK and corpus)";
    });
  }
}
