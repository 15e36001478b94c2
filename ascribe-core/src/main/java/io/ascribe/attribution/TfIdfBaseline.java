package io.ascribe.attribution;

import io.ascribe.attribution.AttributionCorpus.Fact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The baseline the issue measures against: TF-IDF cosine between the evidence and each actor's
 * techniques and software (its own and its campaigns' {@code uses}, binary), with IDF over actors.
 * Each case rebuilds the true actor's profile and every IDF and norm, like the model's protocol.
 */
final class TfIdfBaseline {
  private final AttributionCorpus corpus;
  private final List<Set<String>> profiles = new ArrayList<>();

  TfIdfBaseline(AttributionCorpus corpus) {
    this.corpus = corpus;
    for (AttributionCorpus.Actor a : corpus.actors()) {
      profiles.add(profile(a.facts(), f -> true));
    }
  }

  private static Set<String> profile(List<Fact> facts, java.util.function.Predicate<Fact> keep) {
    Set<String> s = new HashSet<>();
    for (Fact f : facts) {
      if ((f.origin() == AttributionCorpus.Origin.DIRECT || f.origin() == AttributionCorpus.Origin.CAMPAIGN)
          && (f.kind() == EvidenceKind.TECHNIQUE || f.kind() == EvidenceKind.SOFTWARE) && keep.test(f)) {
        s.add(f.feature());
      }
    }
    return s;
  }

  AttributionBenchmark.Metrics evaluate(List<TrainingCases.Case> cases) {
    AttributionBenchmark.Tally tally = new AttributionBenchmark.Tally();
    long start = System.nanoTime();
    int a = profiles.size();
    for (TrainingCases.Case c : cases) {
      List<Set<String>> p = new ArrayList<>(profiles);
      p.set(c.actor(), profile(corpus.actors().get(c.actor()).facts(), c.keep()));
      Map<String, Integer> df = new HashMap<>();
      for (Set<String> s : p) {
        for (String f : s) {
          df.merge(f, 1, Integer::sum);
        }
      }
      double evNorm = 0;
      Map<String, Double> ev = new HashMap<>();
      for (String f : c.evidence()) {
        double idf = Math.log((a + 1.0) / (df.getOrDefault(f, 0) + 1.0)) + 1;
        ev.put(f, idf);
        evNorm += idf * idf;
      }
      double[] score = new double[a + 1];
      for (int i = 0; i < a; i++) {
        double dot = 0;
        double norm = 0;
        for (String f : p.get(i)) {
          double idf = Math.log((a + 1.0) / (df.get(f) + 1.0)) + 1;
          norm += idf * idf;
          Double e = ev.get(f);
          if (e != null) {
            dot += e * idf;
          }
        }
        score[i] = norm == 0 || evNorm == 0 ? 0 : dot / Math.sqrt(norm * evNorm);
      }
      score[a] = -1; // the baseline has no "unknown" hypothesis
      tally.add(score, c.actor());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    AttributionBenchmark.Metrics m = tally.metrics(cases.size() / Math.max(seconds, 1e-9));
    // cosine scores are not probabilities: calibration error does not apply
    return new AttributionBenchmark.Metrics(m.cases(), m.top1(), m.top3(), m.top5(), m.top10(), m.mrr(),
        Double.NaN, m.unknownFirst(), m.casesPerSecond());
  }
}
