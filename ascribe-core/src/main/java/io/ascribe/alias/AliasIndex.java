package io.ascribe.alias;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Looks names up among alias claims, after {@link Names#normalize normalisation}. A name claimed
 * for several entities yields all of them; none is chosen silently.
 */
public final class AliasIndex {
  private final Map<String, List<AliasLookup.Candidate>> byNorm;

  private AliasIndex(Map<String, List<AliasLookup.Candidate>> byNorm) {
    this.byNorm = byNorm;
  }

  /** Indexes the given claims. */
  public static AliasIndex of(Collection<AliasClaim> claims) {
    Map<String, Map<String, List<AliasClaim>>> grouped = new HashMap<>();
    for (AliasClaim c : claims) {
      grouped
          .computeIfAbsent(c.norm(), k -> new LinkedHashMap<>())
          .computeIfAbsent(c.entityKey(), k -> new ArrayList<>())
          .add(c);
    }
    Map<String, List<AliasLookup.Candidate>> byNorm = new HashMap<>(grouped.size() * 2);
    grouped.forEach(
        (norm, perEntity) -> {
          List<AliasLookup.Candidate> candidates = new ArrayList<>(perEntity.size());
          perEntity.forEach((key, list) -> candidates.add(new AliasLookup.Candidate(key, List.copyOf(list))));
          byNorm.put(norm, List.copyOf(candidates));
        });
    return new AliasIndex(byNorm);
  }

  /** Every entity the name may denote, with the claims behind each. */
  public AliasLookup lookup(String name) {
    return new AliasLookup(name, byNorm.getOrDefault(Names.normalize(name), List.of()));
  }

  /** Normalised names claimed for more than one entity. */
  public List<String> ambiguousNames() {
    List<String> out = new ArrayList<>();
    byNorm.forEach((norm, c) -> {
      if (c.size() > 1) {
        out.add(norm);
      }
    });
    out.sort(null);
    return out;
  }

  /** Number of distinct normalised names. */
  public int size() {
    return byNorm.size();
  }
}
