package io.ascribe.cli.bench.eset;

import io.ascribe.alias.AliasClaim;
import io.ascribe.alias.Linking;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Hides every name of one actor in a text, so that a held-out publication cannot be attributed by
 * its actor's name: every name the knowledge base's alias index claims for the canonical actor
 * (its name, identifiers and aliases from every source), matched case-insensitively as a whole
 * word (letters and digits on neither side, so {@code Win32/Sednit.ORQ} loses its {@code Sednit}),
 * with any run of spaces, hyphens or underscores (or none: {@code TeaLeaf}) between a name's words, replaced by {@value
 * #MASK}.
 */
public final class AliasMask {
  /** What a masked name becomes. */
  public static final String MASK = "[masked]";

  private final List<String> names;
  private final Pattern pattern;

  private AliasMask(List<String> names) {
    this.names = List.copyOf(names);
    this.pattern = names.isEmpty() ? null : Pattern.compile(names.stream()
        .map(AliasMask::namePattern)
        .collect(Collectors.joining("|", "(?<![\\p{L}\\p{N}])(?:", ")(?![\\p{L}\\p{N}])")),
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** The mask of the canonical actor {@code actorKey}. */
  public static AliasMask of(Linking actors, String actorKey) {
    Set<String> names = new LinkedHashSet<>();
    for (AliasClaim c : actors.claims()) {
      if (c.entityKey().equals(actorKey) && !c.name().isBlank()) {
        names.add(c.name().strip());
      }
    }
    if (actors.entity(actorKey) != null) {
      names.add(actors.entity(actorKey).name());
    }
    // longest first, so "Fancy Bear" is masked before "Fancy" could be
    return new AliasMask(names.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList());
  }

  /** The names masked, longest first. */
  public List<String> names() {
    return names;
  }

  /** The text with every name masked. */
  public String mask(String text) {
    return pattern == null ? text : pattern.matcher(text).replaceAll(MASK);
  }

  private static String namePattern(String name) {
    StringBuilder sb = new StringBuilder();
    for (String word : name.split("[\\s_-]+")) {
      if (!sb.isEmpty()) {
        sb.append("[\\s_-]*");
      }
      sb.append(Pattern.quote(word));
    }
    return sb.toString();
  }
}
