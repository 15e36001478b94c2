package io.ascribe.extract;

import io.ascribe.extract.entity.KindCues;
import io.ascribe.extract.entity.NameMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides, for each name in a document that the knowledge base knows as software, whether this
 * document means the software or a group: a ransomware gang is often named after its ransomware,
 * and MISP lists many gangs only in its ransomware cluster ("Dark Power").
 *
 * <p>Every mention of the name votes by its context ({@link KindCues}: "the Dark Power gang", "a
 * group that calls itself Dark Power" against "Dark Power ransomware"). The votes of all mentions
 * of one name decide for the whole document; on a tie (including no cue at all) the name is a group
 * when the knowledge base also knows it as an actor, else software. A name decided as a group
 * keeps only its actor meanings; one the knowledge base knows only as software becomes a {@code
 * group} entity of that name (a group the knowledge base does not profile), which is never
 * software evidence. A name decided as software keeps all its meanings.
 */
final class MentionKinds {
  /** The kind of a group named in the text that the knowledge base knows only as software. */
  static final String GROUP = "group";

  private final KindCues cues;

  MentionKinds(KindCues cues) {
    this.cues = cues;
  }

  /** The matches with their meanings narrowed as decided; matches without software pass unchanged. */
  List<NameMatcher.Match<EntityRef>> decide(String text, List<NameMatcher.Match<EntityRef>> matches) {
    Map<String, int[]> votes = new HashMap<>(); // matched name -> {group, software}
    for (NameMatcher.Match<EntityRef> m : matches) {
      if (hasKind(m, "software")) {
        KindCues.Kind k = cues.at(text, m.start(), m.end());
        int[] v = votes.computeIfAbsent(key(m), x -> new int[2]);
        if (k != null) {
          v[k == KindCues.Kind.GROUP ? 0 : 1]++;
        }
      }
    }
    List<NameMatcher.Match<EntityRef>> out = new ArrayList<>(matches.size());
    for (NameMatcher.Match<EntityRef> m : matches) {
      int[] v = votes.get(key(m));
      boolean group = v != null && (v[0] > v[1] || (v[0] == v[1] && hasKind(m, "actor")));
      out.add(group ? new NameMatcher.Match<>(m.text(), m.start(), m.end(), asGroup(m)) : m);
    }
    return out;
  }

  /** The mentions of one name in its several spellings ("Dark Power", "DARK POWER") vote together. */
  private static String key(NameMatcher.Match<EntityRef> m) {
    return m.values().stream().filter(r -> r.kind().equals("software")).map(EntityRef::key).sorted().toList().toString();
  }

  private static List<EntityRef> asGroup(NameMatcher.Match<EntityRef> m) {
    List<EntityRef> actors = m.values().stream().filter(r -> r.kind().equals("actor")).toList();
    if (!actors.isEmpty()) {
      return actors;
    }
    List<EntityRef> groups = new ArrayList<>();
    for (EntityRef r : m.values()) {
      EntityRef g = new EntityRef(GROUP, GROUP + ":" + r.name(), r.name(), null);
      if (!groups.contains(g)) {
        groups.add(g);
      }
    }
    return groups;
  }

  private static boolean hasKind(NameMatcher.Match<EntityRef> m, String kind) {
    return m.values().stream().anyMatch(r -> r.kind().equals(kind));
  }
}
