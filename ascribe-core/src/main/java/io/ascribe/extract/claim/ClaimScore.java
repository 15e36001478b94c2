package io.ascribe.extract.claim;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Precision, recall and F1 of claim extraction from counts, micro-averaged by adding scores up: what
 * {@code ascribe bench claims} and the project's own article-set test report. Claims are compared as
 * the strings {@link #key} makes of (type, claimant country, accused country).
 */
public record ClaimScore(int truePositives, int predicted, int gold) {

  /** The score of nothing. */
  public static final ClaimScore ZERO = new ClaimScore(0, 0, 0);

  /** The comparison key of a claim. */
  public static String key(String type, String claimantCountry, String accusedCountry) {
    return type + " " + claimantCountry + "->" + accusedCountry;
  }

  /** The comparison key of an extracted claim. */
  public static String key(Claim c) {
    return key(c.type().id(), c.claimantCountry(), c.accusedCountry());
  }

  /** The keys of one claim type. */
  public static Set<String> ofType(Set<String> keys, ClaimType type) {
    Set<String> out = new LinkedHashSet<>();
    for (String k : keys) {
      if (k.startsWith(type.id() + " ")) {
        out.add(k);
      }
    }
    return out;
  }

  /** The score of one document's distinct found keys against its gold keys. */
  public static ClaimScore of(Set<String> found, Set<String> gold) {
    int hits = 0;
    for (String f : found) {
      hits += gold.contains(f) ? 1 : 0;
    }
    return new ClaimScore(hits, found.size(), gold.size());
  }

  public ClaimScore plus(ClaimScore o) {
    return new ClaimScore(truePositives + o.truePositives, predicted + o.predicted, gold + o.gold);
  }

  public double precision() {
    return predicted == 0 ? 1 : (double) truePositives / predicted;
  }

  public double recall() {
    return gold == 0 ? 1 : (double) truePositives / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "P=%.3f R=%.3f F1=%.3f (tp=%d pred=%d gold=%d)", precision(), recall(), f1(),
        truePositives, predicted, gold);
  }
}
