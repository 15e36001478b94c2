package io.ascribe.attribution;

import io.ascribe.attribution.AttributionCorpus.Fact;
import io.ascribe.attribution.AttributionCorpus.Origin;
import io.ascribe.attribution.AttributionCorpus.Sighting;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A synthetic corpus of document facts, for load only (the benchmark's {@code --corpus-docs}): each
 * document is tied to a random candidate actor and carries some of that actor's techniques and
 * software, fresh random indicators (IPv4 addresses, domains, SHA-256 hashes; one in ten re-used
 * from an earlier document on the same actor, as infrastructure recurs), one victim country and a
 * date. Nothing in it is real; it measures how the engine's cost grows with the corpus, not accuracy.
 * Seeded, so runs are reproducible.
 */
public final class SyntheticCorpus {
  private static final String[] COUNTRIES = {"US", "GB", "DE", "FR", "UA", "RU", "CN", "TW", "JP", "KR", "IN", "PK",
      "IL", "IR", "SA", "AE", "TR", "VN", "TH", "PH", "ID", "MY", "SG", "AU", "CA", "BR", "MX", "PL", "NL", "IT"};
  private static final String[] CLAIMANTS = {"ESET", "Kaspersky", "Mandiant", "Talos", "Microsoft", "analyst"};
  private static final int INDICATORS_PER_DOCUMENT = 6;
  private static final int BEHAVIOUR_PER_DOCUMENT = 8;

  private SyntheticCorpus() {}

  /** {@code documents} documents' facts by actor key, drawn with {@code seed}. */
  public static Map<String, List<Fact>> facts(AttributionCorpus kb, int documents, long seed) {
    if (documents < 0) {
      throw new IllegalArgumentException("documents must be >= 0, got " + documents);
    }
    Random r = new Random(seed);
    List<AttributionCorpus.Actor> actors = kb.actors();
    Map<String, List<Fact>> out = new HashMap<>();
    Map<String, List<String>> usedIndicators = new HashMap<>();
    for (int d = 0; d < documents && !actors.isEmpty(); d++) {
      AttributionCorpus.Actor a = actors.get(r.nextInt(actors.size()));
      String date = String.format(Locale.ROOT, "%d-%02d", 2015 + r.nextInt(10), 1 + r.nextInt(12));
      Sighting seen = new Sighting(String.format(Locale.ROOT, "synthetic-%06d", d), "Synthetic report " + d, date,
          CLAIMANTS[r.nextInt(CLAIMANTS.length)], new double[] {0.6, 0.8, 1.0}[r.nextInt(3)]);
      List<Fact> facts = out.computeIfAbsent(a.key(), k -> new ArrayList<>());
      List<Fact> profile = a.facts().stream()
          .filter(f -> f.kind() == EvidenceKind.TECHNIQUE || f.kind() == EvidenceKind.SOFTWARE).toList();
      for (int i = 0; i < BEHAVIOUR_PER_DOCUMENT && !profile.isEmpty(); i++) {
        Fact f = profile.get(r.nextInt(profile.size()));
        facts.add(new Fact(f.feature(), f.kind(), Set.of(seen.document()), Origin.CORPUS, null, seen));
      }
      List<String> earlier = usedIndicators.computeIfAbsent(a.key(), k -> new ArrayList<>());
      for (int i = 0; i < INDICATORS_PER_DOCUMENT; i++) {
        String value = !earlier.isEmpty() && r.nextInt(10) == 0 ? earlier.get(r.nextInt(earlier.size())) : indicator(r);
        earlier.add(value);
        facts.add(new Fact("i:" + value, EvidenceKind.INDICATOR, Set.of(seen.document()), Origin.CORPUS, null, seen));
      }
      facts.add(new Fact("vc:" + COUNTRIES[r.nextInt(COUNTRIES.length)], EvidenceKind.VICTIM_COUNTRY, Set.of(seen.document()),
          Origin.CORPUS, null, seen));
    }
    return out;
  }

  /** Every indicator value of the synthetic facts, in a stable order (for the benchmark's cases). */
  public static List<String> indicators(Map<String, List<Fact>> facts) {
    return facts.values().stream().flatMap(List::stream).filter(f -> f.kind() == EvidenceKind.INDICATOR)
        .map(f -> f.feature().substring(2)).distinct().sorted().toList();
  }

  private static String indicator(Random r) {
    return switch (r.nextInt(3)) {
      case 0 -> (1 + r.nextInt(223)) + "." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
      case 1 -> "c2-" + Long.toString(r.nextLong() & Long.MAX_VALUE, 36) + ".example";
      default -> {
        StringBuilder sb = new StringBuilder(64);
        for (int i = 0; i < 64; i++) {
          sb.append(Character.forDigit(r.nextInt(16), 16));
        }
        yield sb.toString();
      }
    };
  }
}
