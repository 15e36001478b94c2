package io.ascribe.store.taxii;

import java.time.Instant;
import java.util.Set;

/**
 * TAXII's {@code match[version]}: which versions of each object a query returns.
 *
 * @param all every version (the other fields are then ignored)
 * @param first the oldest version of each object in the collection
 * @param last the newest version of each object in the collection
 * @param versions exact versions, by their timestamp
 */
public record VersionMatch(boolean all, boolean first, boolean last, Set<Instant> versions) {
  public VersionMatch {
    versions = Set.copyOf(versions);
  }

  /** The TAXII default: the newest version only. */
  public static VersionMatch latest() {
    return new VersionMatch(false, false, true, Set.of());
  }

  /** Every version. */
  public static VersionMatch any() {
    return new VersionMatch(true, false, false, Set.of());
  }

  /**
   * Reads a {@code match[version]} value: a comma-separated list of {@code all}, {@code first},
   * {@code last} and timestamps.
   *
   * @throws IllegalArgumentException naming the value that is neither
   */
  public static VersionMatch parse(String text) {
    boolean all = false;
    boolean first = false;
    boolean last = false;
    java.util.Set<Instant> at = new java.util.HashSet<>();
    for (String part : text.split(",", -1)) {
      String p = part.strip();
      switch (p) {
        case "all" -> all = true;
        case "first" -> first = true;
        case "last" -> last = true;
        default -> {
          try {
            at.add(Instant.parse(p));
          } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(
                "match[version] takes all, first, last or a timestamp like 2024-01-31T12:00:00.000Z, got '" + p + "'");
          }
        }
      }
    }
    return new VersionMatch(all, first, last, at);
  }
}
