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
 * sources name no country, or no state named by a strict majority of its clusters, has none.
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
      // each cluster linked to the actor votes once per state it names (country or suspected sponsor);
      // a strict majority of the clusters decides, so one mislinked cluster does not silence the rest
      Map<String, Integer> votes = new HashMap<>();
      int clusters = 0;
      for (String member : e.members()) {
        if (!member.startsWith("misp:")) {
          continue;
        }
        for (MispCluster c : graph.mispByUuid(member.substring(member.lastIndexOf(':') + 1))) {
          Set<String> named = new LinkedHashSet<>();
          for (String name : new String[] {c.country(), c.stateSponsor()}) {
            String iso = countries.toIso2(name);
            if (iso != null) {
              named.add(iso);
            }
          }
          if (!named.isEmpty()) {
            clusters++;
            named.forEach(iso -> votes.merge(iso, 1, Integer::sum));
          }
        }
      }
      for (Map.Entry<String, Integer> v : votes.entrySet()) {
        if (v.getValue() * 2 > clusters) {
          out.put(e.name(), v.getKey());
        }
      }
    }
    return new ActorSponsors(out);
  }

  /** Every actor that has a sponsor: canonical name to ISO alpha-2. */
  public Map<String, String> byName() {
    return byName;
  }

  /** The actor's sponsor (ISO alpha-2), or null when its sources name none or no state has a majority of them. */
  public String of(String canonicalName) {
    return canonicalName == null ? null : byName.get(canonicalName);
  }
}
