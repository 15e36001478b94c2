package io.ascribe.cli.bench.eset;

import io.ascribe.alias.AliasLookup;
import io.ascribe.alias.Linking;
import io.ascribe.attribution.AttributionCorpus;
import io.ascribe.attribution.EvidenceKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Maps an ESET folder to a knowledge-base actor with the knowledge base's own alias indexes, never
 * with a table: first the folder name (its words joined, then each word) as an actor name; then
 * the folder name as software that exactly one profiled actor uses (its own or its campaigns'
 * {@code uses}); then the actor names in the folder's publication titles, when they all name the
 * same actor. A folder that matches several actors, software several actors use, or nothing, is
 * left unmapped with the reason.
 */
public final class FolderMapper {
  /** How a folder was mapped: to an actor (with how), or not (with why). */
  public record Mapping(String folder, String actorKey, String actorName, String via, String reason) {

    /** True when the folder maps to an actor. */
    public boolean mapped() {
      return actorKey != null;
    }
  }

  private final Linking actors;
  private final Linking software;
  private final Map<String, AttributionCorpus.Actor> candidates = new LinkedHashMap<>();

  /**
   * @param corpus the engine's candidate actors: only they can be mapped (an actor with no
   *     technique or software cannot be ranked)
   */
  public FolderMapper(Linking actors, Linking software, AttributionCorpus corpus) {
    this.actors = actors;
    this.software = software;
    corpus.actors().forEach(a -> candidates.put(a.key(), a));
  }

  /** Maps {@code folder}, whose publications carry {@code titles}. */
  public Mapping map(String folder, List<String> titles) {
    List<String> names = folderNames(folder);
    Set<String> found = new LinkedHashSet<>();
    List<String> ambiguous = new ArrayList<>();
    for (String name : names) {
      AliasLookup l = actors.index().lookup(name);
      if (l.resolved().isPresent()) {
        found.add(l.resolved().get().entityKey());
        if (name.equals(names.get(0))) {
          break;
        }
      } else if (l.isAmbiguous()) {
        ambiguous.add("'" + name + "' names " + l.candidates().size() + " actors");
      }
    }
    if (found.size() > 1) {
      return unmapped(folder, "ambiguous: the folder's words name " + found.size() + " actors (" + names(found) + ")");
    }
    Mapping byActor = found.isEmpty() ? null : actor(folder, found.iterator().next(), "folder name is an alias of the actor");
    if (byActor != null && byActor.mapped()) {
      return byActor;
    }
    Mapping bySoftware = bySoftware(folder, names);
    if (bySoftware != null) {
      return bySoftware.mapped() || byActor == null ? bySoftware
          : unmapped(folder, byActor.reason() + "; " + bySoftware.reason());
    }
    return byActor != null ? byActor : byTitles(folder, titles, ambiguous);
  }

  /** The folder named as software that one profiled actor uses; null when no software has the name. */
  private Mapping bySoftware(String folder, List<String> names) {
    for (String name : names) {
      AliasLookup l = software.index().lookup(name);
      if (l.resolved().isEmpty()) {
        continue;
      }
      String key = l.resolved().get().entityKey();
      List<String> users = users(AttributionCorpus.softwareFeature(key));
      String sw = software.entity(key).name();
      if (users.size() == 1) {
        return actor(folder, users.get(0), "folder names software " + sw + ", which only this actor uses");
      }
      return unmapped(folder, users.isEmpty() ? "software " + sw + " is tied to no actor"
          : "software " + sw + " is used by " + users.size() + " actors (" + names(users) + ")");
    }
    return null;
  }

  /** The one actor the publication titles name, if they name exactly one. */
  private Mapping byTitles(String folder, List<String> titles, List<String> ambiguous) {
    Set<String> inTitles = new LinkedHashSet<>();
    for (String t : titles) {
      inTitles.addAll(actorsNamedIn(t));
    }
    inTitles.retainAll(candidates.keySet());
    if (inTitles.size() == 1) {
      return actor(folder, inTitles.iterator().next(), "publication titles name the actor");
    }
    if (inTitles.size() > 1) {
      return unmapped(folder, "ambiguous: titles name " + inTitles.size() + " actors (" + names(inTitles) + ")");
    }
    return unmapped(folder, ambiguous.isEmpty() ? "unknown: no actor or single-actor software of that name"
        : "ambiguous: " + String.join("; ", ambiguous));
  }

  private Mapping actor(String folder, String key, String via) {
    AttributionCorpus.Actor a = candidates.get(key);
    if (a == null) {
      return unmapped(folder, "actor " + actors.entity(key).name() + " has no technique or software in the knowledge base");
    }
    return new Mapping(folder, key, a.name(), via, null);
  }

  private static Mapping unmapped(String folder, String reason) {
    return new Mapping(folder, null, null, null, reason);
  }

  /** The folder's words joined ("mustang panda"), then each word of three letters or more. */
  static List<String> folderNames(String folder) {
    String joined = folder.replace('_', ' ').replace('-', ' ').strip();
    List<String> out = new ArrayList<>();
    out.add(joined);
    String[] words = joined.split("\\s+");
    if (words.length > 1) {
      for (String w : words) {
        if (w.length() >= 3 && !out.contains(w)) {
          out.add(w);
        }
      }
    }
    return out;
  }

  /** Profiled actors whose own or campaigns' {@code uses} include the software feature. */
  private List<String> users(String feature) {
    List<String> out = new ArrayList<>();
    for (AttributionCorpus.Actor a : candidates.values()) {
      boolean uses = a.facts().stream().anyMatch(f -> f.kind() == EvidenceKind.SOFTWARE && f.feature().equals(feature)
          && (f.origin() == AttributionCorpus.Origin.DIRECT || f.origin() == AttributionCorpus.Origin.CAMPAIGN));
      if (uses) {
        out.add(a.key());
      }
    }
    return out;
  }

  /** Actors named by one to three consecutive words of a title. */
  private Set<String> actorsNamedIn(String title) {
    String[] words = title.replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" ");
    Set<String> out = new LinkedHashSet<>();
    for (int n = 3; n >= 1; n--) {
      for (int i = 0; i + n <= words.length; i++) {
        String name = String.join(" ", Arrays.copyOfRange(words, i, i + n));
        if (name.length() < 3 || name.toLowerCase(Locale.ROOT).equals("the")) {
          continue;
        }
        actors.index().lookup(name).resolved().ifPresent(c -> out.add(c.entityKey()));
      }
    }
    return out;
  }

  private String names(Collection<String> keys) {
    return String.join(", ", keys.stream().map(k -> actors.entity(k) != null ? actors.entity(k).name() : k).toList());
  }
}
