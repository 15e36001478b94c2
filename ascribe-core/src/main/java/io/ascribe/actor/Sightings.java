package io.ascribe.actor;

import io.ascribe.attribution.AttributionCorpus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Orders and spans corpus sightings by their documents' dates. */
public final class Sightings {
  private Sightings() {}

  /** The sightings, newest first; undated ones last. */
  public static List<AttributionCorpus.Sighting> newestFirst(Collection<AttributionCorpus.Sighting> sightings) {
    List<AttributionCorpus.Sighting> out = new ArrayList<>(sightings);
    out.sort(Comparator.comparing(AttributionCorpus.Sighting::date, Comparator.nullsLast(Comparator.reverseOrder()))
        .thenComparing(AttributionCorpus.Sighting::document));
    return List.copyOf(out);
  }

  /**
   * The earliest and latest document dates of some sightings.
   *
   * @param first the earliest date, or null when none is dated
   * @param last the latest date, or null when none is dated
   */
  public record Span(String first, String last) {}

  /** The earliest and latest dates among an actor's corpus sightings. */
  public static Span span(AttributionCorpus.Actor actor) {
    String first = null;
    String last = null;
    for (AttributionCorpus.Fact f : actor.facts()) {
      String d = f.sighting() == null ? null : f.sighting().date();
      if (d != null && !d.isBlank()) {
        first = first == null || d.compareTo(first) < 0 ? d : first;
        last = last == null || d.compareTo(last) > 0 ? d : last;
      }
    }
    return new Span(first, last);
  }
}
