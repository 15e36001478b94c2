package io.ascribe.actor;

import io.ascribe.attribution.AttributionCorpus;
import io.ascribe.attribution.AttributionCorpus.Fact;
import io.ascribe.attribution.AttributionCorpus.Origin;
import io.ascribe.attribution.AttributionCorpus.Sighting;
import io.ascribe.attribution.EvidenceKind;
import java.util.List;
import java.util.Set;

/** Hand-made engine actors for the tests of this package. */
final class ActorFactsFixture {
  private ActorFactsFixture() {}

  static AttributionCorpus.Actor actor(String key, Fact... facts) {
    return new AttributionCorpus.Actor(key, "Actor " + key, null, null, List.of(), List.of(facts), null, null, Set.of());
  }

  static Fact kb(String feature, EvidenceKind kind, Origin origin) {
    return new Fact(feature, kind, Set.of(), origin, null);
  }

  static Fact seen(String feature, EvidenceKind kind, String document, String date) {
    return new Fact(feature, kind, Set.of(), Origin.CORPUS, null,
        new Sighting(document, "Report " + document, date, "Vendor", 0.8));
  }
}
