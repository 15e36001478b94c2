package io.ascribe.attribution;

import io.ascribe.attribution.Sightings.Seen;
import io.ascribe.extract.indicator.Indicator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Infrastructure overlap: an incident indicator seen before under an actor, in the corpus or as an
 * imported STIX indicator. Facts are indexed by value (a URL also by its host, an IPv4 address also
 * by its /24), so a case costs a few hash look-ups whatever the corpus's size.
 *
 * <p>Each sighting j of the value under actor a is right with probability {@code s_j = specificity
 * x confidence_j x decay(age_j)}; sightings are independent, so the match is real with probability
 * {@code s = 1 - prod(1 - s_j)}. A real match narrows the field to the k actors the value is seen
 * under; otherwise it says nothing:
 *
 * <pre>
 *   LR_a = s * N / k + (1 - s)      weight_a = discount(MEDIUM) * ln LR_a
 * </pre>
 *
 * with N the number of candidate actors. Absence from the corpus is not evidence (the corpus is a
 * sample), so no actor is pushed down. <b>Age</b>: infrastructure is re-used for months, not years;
 * a sighting's weight halves every {@link #HALF_LIFE_MONTHS} months it lies before the incident's
 * observed period, or more than {@link #PUBLICATION_LAG_MONTHS} after it (a report appears months
 * after the activity it describes); a sighting without a date counts as one half-life old; an
 * incident without observed dates is not aged at all (nothing to compare with). <b>/24</b>: another
 * address of the same IPv4 /24 is weak evidence ({@link #SUBNET}), since neighbouring addresses
 * often belong to different hosting customers; ASN data is not available to the engine, so there is
 * no ASN overlap.
 */
final class Infrastructure {
  /** Months after which a sighting's weight halves. */
  static final double HALF_LIFE_MONTHS = 6;
  /** Months a report may appear after the activity it describes without counting as older. */
  static final int PUBLICATION_LAG_MONTHS = 6;
  /** Specificity of another address in the same IPv4 /24. */
  static final double SUBNET = 0.1;
  /** Decay factor for a sighting or incident without a date: one half-life. */
  static final double UNKNOWN_AGE = 0.5;

  private final List<AttributionCorpus.Actor> actors;
  private final IndicatorSpecificity specificity;
  private final Map<String, List<Seen>> byValue = new HashMap<>();
  private final Map<String, List<Seen>> bySubnet = new HashMap<>();

  Infrastructure(List<AttributionCorpus.Actor> actors, IndicatorSpecificity specificity) {
    this.actors = actors;
    this.specificity = specificity;
    for (int a = 0; a < actors.size(); a++) {
      for (AttributionCorpus.Fact f : actors.get(a).facts()) {
        if (f.kind() != EvidenceKind.INDICATOR || !f.feature().startsWith("i:")) {
          continue;
        }
        String value = f.feature().substring(2).strip().toLowerCase(Locale.ROOT);
        Seen seen = Seen.of(a, value, f);
        byValue.computeIfAbsent(value, k -> new ArrayList<>()).add(seen);
        String host = IndicatorSpecificity.host(value);
        if (host != null && !host.equals(value)) {
          byValue.computeIfAbsent(host, k -> new ArrayList<>()).add(seen);
        }
        String subnet = subnet(host != null ? host : value);
        if (subnet != null) {
          bySubnet.computeIfAbsent(subnet, k -> new ArrayList<>()).add(seen);
        }
      }
    }
  }

  /** Whether any actor has a known indicator. */
  boolean isEmpty() {
    return byValue.isEmpty();
  }

  /** The weights of one incident indicator for every actor. */
  ContextWeights weigh(ResolvedEvidence.Item item, LocalDate from, LocalDate to) {
    String value = item.feature().substring(item.feature().indexOf(':') + 1).strip().toLowerCase(Locale.ROOT);
    IndicatorSpecificity.Specificity spec = specificity.of(value);
    String host = IndicatorSpecificity.host(value);
    List<Seen> exact = new ArrayList<>(byValue.getOrDefault(value, List.of()));
    if (host != null) {
      exact.addAll(byValue.getOrDefault(host, List.of()));
    }
    Map<Integer, List<Seen>> exactByActor = byActor(exact);
    String subnet = subnet(host != null ? host : value);
    List<Seen> neighbours = new ArrayList<>();
    if (subnet != null) {
      for (Seen s : bySubnet.getOrDefault(subnet, List.of())) {
        if (!s.value().equals(value) && !s.value().equals(host)) {
          neighbours.add(s);
        }
      }
    }
    Map<Integer, List<Seen>> subnetByActor = byActor(neighbours);
    int n = actors.size();
    double discount = EvidenceKind.INDICATOR.forgeability().discount();
    double[] w = new double[n];
    for (Map.Entry<Integer, List<Seen>> e : exactByActor.entrySet()) {
      double s = combined(e.getValue(), spec.weight(), from, to);
      w[e.getKey()] = discount * Math.log(s * n / exactByActor.size() + (1 - s));
    }
    for (Map.Entry<Integer, List<Seen>> e : subnetByActor.entrySet()) {
      if (!exactByActor.containsKey(e.getKey())) {
        double s = combined(e.getValue(), SUBNET, from, to);
        w[e.getKey()] = discount * Math.log(s * n / subnetByActor.size() + (1 - s));
      }
    }
    return new ContextWeights(w, a -> reason(a, spec, exactByActor, subnetByActor, from, to));
  }

  private String reason(int a, IndicatorSpecificity.Specificity spec, Map<Integer, List<Seen>> exact,
      Map<Integer, List<Seen>> subnet, LocalDate from, LocalDate to) {
    String name = actors.get(a).name();
    List<Seen> seen = exact.get(a);
    if (seen != null) {
      return Sightings.describe(seen, name) + "; " + spec.reason() + age(seen, from, to) + shared(exact.size());
    }
    List<Seen> near = subnet.get(a);
    if (near != null) {
      return "same /24 as " + near.get(0).value() + ", " + Sightings.describe(near, name)
          + "; a neighbouring address, not the same one: often a different hosting customer (weak; no ASN data)"
          + age(near, from, to) + shared(subnet.size());
    }
    return exact.isEmpty() && subnet.isEmpty() ? "not seen in the corpus or among imported indicators"
        : "seen only under " + other(exact.isEmpty() ? subnet : exact);
  }

  private String other(Map<Integer, List<Seen>> seen) {
    List<String> names = new ArrayList<>();
    for (int a : seen.keySet()) {
      if (names.size() == 3) {
        names.add("...");
        break;
      }
      names.add(actors.get(a).name());
    }
    return String.join(", ", names);
  }

  private static String shared(int actors) {
    return actors > 1 ? "; seen under " + actors + " actors" : "";
  }

  private static String age(List<Seen> seen, LocalDate from, LocalDate to) {
    if (from == null) {
      return "; incident date unknown, age not checked";
    }
    double best = 0;
    for (Seen s : seen) {
      best = Math.max(best, decay(s.date(), from, to));
    }
    return best >= 0.99 ? "; same period" : String.format(Locale.ROOT, "; age discount x%.2f", best);
  }

  /** Probability that at least one sighting is a real, current tie (noisy-or). */
  static double combined(List<Seen> seen, double specificity, LocalDate from, LocalDate to) {
    double none = 1;
    for (Seen s : seen) {
      none *= 1 - Math.min(1, specificity * s.confidence() * decay(s.date(), from, to));
    }
    return 1 - none;
  }

  /** The age factor of a sighting against the incident's observed period (see the class description). */
  static double decay(YearMonth seen, LocalDate from, LocalDate to) {
    if (from == null) {
      return 1;
    }
    if (seen == null) {
      return UNKNOWN_AGE;
    }
    YearMonth start = YearMonth.from(from);
    YearMonth end = YearMonth.from(to == null ? from : to);
    long gap;
    if (seen.isBefore(start)) {
      gap = ChronoUnit.MONTHS.between(seen, start);
    } else {
      gap = Math.max(0, ChronoUnit.MONTHS.between(end, seen) - PUBLICATION_LAG_MONTHS);
    }
    return Math.pow(0.5, gap / HALF_LIFE_MONTHS);
  }

  /** Sightings by actor, one per document (a URL and its host in one report are one sighting). */
  private static Map<Integer, List<Seen>> byActor(List<Seen> seen) {
    Map<Integer, List<Seen>> out = new LinkedHashMap<>();
    java.util.Set<String> documents = new java.util.HashSet<>();
    for (Seen s : seen) {
      if (documents.add(s.actor() + "|" + (s.document() != null ? s.document() : "stix:" + s.value()))) {
        out.computeIfAbsent(s.actor(), k -> new ArrayList<>()).add(s);
      }
    }
    return out;
  }

  /** The /24 of an IPv4 address ("203.0.113"), or null for anything else. */
  static String subnet(String value) {
    if (value == null || !IndicatorSpecificity.type(value).equals(Indicator.IPV4)) {
      return null;
    }
    return value.substring(0, value.lastIndexOf('.'));
  }
}
