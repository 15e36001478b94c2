package io.ascribe.store.search;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Which ingested documents among a batch of search hits a reader may see, asked once per batch of
 * hits (one database query for a page rather than one per hit). Knowledge-base entities are public
 * and never asked about.
 */
@FunctionalInterface
public interface DocumentGate {
  /**
   * The keys of {@code documentKeys} (index keys, {@code doc:<id>}) the reader may see.
   *
   * @param documentKeys distinct keys, in rank order
   */
  Set<String> visible(List<String> documentKeys);

  /** A gate asking {@code visible} about each key in turn. */
  static DocumentGate each(Predicate<String> visible) {
    return keys -> keys.stream().filter(visible).collect(Collectors.toSet());
  }
}
