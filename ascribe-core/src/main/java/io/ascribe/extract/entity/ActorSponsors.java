package io.ascribe.extract.entity;

import io.ascribe.alias.CanonicalEntity;
import io.ascribe.alias.Linking;
import io.ascribe.geo.Countries;
import io.ascribe.model.KnowledgeGraph;
import io.ascribe.model.MispCluster;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The country the knowledge base's sources say sponsors (or hosts) each canonical actor: the
 * {@code country} and {@code cfr-suspected-state-sponsor} of its MISP clusters. An actor whose
 * sources name no country, or disagree, has none.
 */
public final class ActorSponsors {
  private final Map<String, String> byName;

  private ActorSponsors(Map<String, String> byName) {
    this.byName = Map.copyOf(byName);
  }

  /** The sponsors of every linked actor, by canonical name. */
  public static ActorSponsors of(KnowledgeGraph graph, Linking actors) {
    Countries countries = new Countries();
    Map<String, String> out = new HashMap<>();
    for (CanonicalEntity e : actors.entities()) {
      Set<String> claimed = new LinkedHashSet<>();
      for (String member : e.members()) {
        if (!member.startsWith("misp:")) {
          continue;
        }
        for (MispCluster c : graph.mispByUuid(member.substring(member.lastIndexOf(':') + 1))) {
          for (String name : new String[] {c.country(), c.stateSponsor()}) {
            String iso = countries.toIso2(name);
            if (iso != null) {
              claimed.add(iso);
            }
          }
        }
      }
      if (claimed.size() == 1) {
        out.put(e.name(), claimed.iterator().next());
      }
    }
    return new ActorSponsors(out);
  }

  /** The actor's sponsor (ISO alpha-2), or null when its sources name none or disagree. */
  public String of(String canonicalName) {
    return canonicalName == null ? null : byName.get(canonicalName);
  }
}
