package io.ascribe.attribution;

import io.ascribe.attribution.TrainingCases.Case;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The attribution benchmark, run on the knowledge base itself.
 *
 * <p><b>Leave one report out.</b> Every (actor, citation) pair whose citation supports at least
 * {@link TrainingCases#MIN_USES} distinct {@code uses} of techniques or software by the actor is a case: its
 * evidence is those techniques and software; the actor's profile is rebuilt without every fact
 * whose only citation is that report, and the background statistics follow.
 *
 * <p><b>Campaigns.</b> Every campaign attributed to an actor is a case: its techniques and software
 * are the evidence, and the actor loses every fact that shares a citation with the campaign.
 *
 * <p>Calibration is cross-fitted: cases are split into {@link #FOLDS} folds by actor, and each
 * fold is scored with a calibration fitted on the other folds only, so no case is scored by
 * parameters that saw it (or its actor). A TF-IDF cosine baseline runs on the same cases.
 */
public final class AttributionBenchmark {
  static final int FOLDS = 5;
  /** Bootstrap resamples for an ECE interval, and their seed. */
  static final int RESAMPLES = 2000;
  static final long BOOTSTRAP_SEED = 15L;

  /** Accuracy and calibration over a set of cases. */
  public record Metrics(
      int cases, double top1, double top3, double top5, double top10, double mrr, double ece,
      double unknownFirst, double casesPerSecond) {}

  /** Everything the benchmark measured. */
  public record Report(
      Metrics leaveOneReportOut,
      Metrics leaveOneReportOutTfIdf,
      Metrics campaigns,
      Metrics campaignsTfIdf,
      Sparse sparse,
      int candidates,
      List<Ranker> foldRankers,
      Batch batch) {}

  /**
   * Leave one report out with the evidence cut down to 1 to {@link TrainingCases#MIN_USES} - 1
   * items ({@link TrainingCases#sparse}): the indicator-list-like cases the {@link Calibration} is
   * for, scored with the fold's calibration and without it.
   *
   * @param calibrated every sparse case, with the calibration fitted on the other folds
   * @param uncalibrated the same cases with the ranker's probabilities as fitted on dense reports
   * @param bySize the calibrated figures per number of items, from 1 up
   * @param withSoftware the calibrated figures of the cases naming at least one software
   * @param withoutSoftware the calibrated figures of the cases with techniques only
   * @param ownSoftware the calibrated figures of the cases naming a software that, the report held
   *     out, only the true actor is known to use (as an indicator list names its actor's own family)
   * @param ownSoftwareReliability their reliability table (mean confidence against accuracy)
   * @param reliability the calibrated top hypothesis's reliability table
   */
  public record Sparse(Metrics calibrated, Metrics uncalibrated, List<Metrics> bySize, Metrics withSoftware,
      Metrics withoutSoftware, Metrics ownSoftware, Reliability ownSoftwareReliability, Reliability reliability) {}

  /**
   * Production-path speed: the engine trained on the whole knowledge base attributing every
   * leave-one-report-out evidence set (top 5 with explanations), after one warm-up pass. When the
   * corpus has documents, each case also carries {@code contextItemsPerCase} context items (two of
   * the corpus's indicators, a victim country and an observed date), so the corpus's indexes are
   * exercised.
   *
   * @param cpuCasesPerSecond cases per second of the benchmark thread's own CPU time: on a machine
   *     shared with other work, the figure the engine alone would reach on one core
   * @param corpusFacts the corpus's document facts the engine held
   */
  public record Batch(int cases, double casesPerSecond, double p50Millis, double p99Millis,
      double cpuCasesPerSecond, int corpusFacts, int contextItemsPerCase) {}

  private static final String[] BATCH_COUNTRIES = {"US", "UA", "DE", "KR", "IL", "TW", "IN", "SA"};

  private final AttributionCorpus corpus;
  private final AttributionCorpus kb;
  private final SimilarityModel model;

  /**
   * A benchmark of {@code corpus}: the knowledge base's own cases are drawn, learned and scored
   * from its knowledge-base facts ({@link AttributionCorpus#withoutDocuments}), since a document
   * fact copied from a held-out report would leak into its case; the batch runs the engine over
   * the whole corpus, documents included.
   */
  public AttributionBenchmark(AttributionCorpus corpus) {
    this.corpus = corpus;
    this.kb = corpus.withoutDocuments();
    this.model = new SimilarityModel(kb);
  }

  /** Runs both protocols with the model and the baseline. */
  public Report run() {
    List<Case> loro = TrainingCases.leaveOneReportOut(kb);
    List<Case> camp = TrainingCases.campaigns(kb);
    long start = System.nanoTime();
    List<double[][]> loroX = TrainingCases.features(model, loro);
    double seconds = (System.nanoTime() - start) / 1e9;
    List<double[][]> campX = TrainingCases.features(model, camp);
    List<double[][]> twins = TrainingCases.randomTwins(model, loro);
    List<Case> sparse = TrainingCases.sparse(loro, TrainingCases.SPARSE_SEED);
    List<double[][]> sparseX = TrainingCases.features(model, sparse);
    List<Calibration.Amount> sparseAmounts = TrainingCases.amounts(model, sparse);
    List<double[][]> sparseTwins = TrainingCases.randomTwinsLike(model, sparse, sparseAmounts);
    List<Ranker> fitted = new ArrayList<>();
    Tally loroTally = new Tally();
    Tally campTally = new Tally();
    Tally sparseTally = new Tally();
    Tally sparseRaw = new Tally();
    Tally withSoftware = new Tally();
    Tally withoutSoftware = new Tally();
    Tally ownSoftware = new Tally();
    List<Tally> bySize = new ArrayList<>();
    for (int k = 1; k < TrainingCases.MIN_USES; k++) {
      bySize.add(new Tally());
    }
    for (int k = 0; k < FOLDS; k++) {
      List<Case> trainCases = new ArrayList<>();
      List<double[][]> trainX = new ArrayList<>();
      List<double[][]> trainTwins = new ArrayList<>();
      for (int i = 0; i < loro.size(); i++) {
        if (fold(loro.get(i).actor()) != k) {
          trainCases.add(loro.get(i));
          trainX.add(loroX.get(i));
          trainTwins.add(twins.get(i));
        }
      }
      List<Ranker.Case> train = TrainingCases.rankerCases(trainCases, trainX, trainTwins);
      Ranker uncalibrated = Ranker.fit(train, Attributor.UNKNOWN_CASE_WEIGHT);
      List<Case> sparseTrain = new ArrayList<>();
      List<Calibration.Amount> sparseTrainAmounts = new ArrayList<>();
      List<double[][]> sparseTrainX = new ArrayList<>();
      List<double[][]> sparseTrainTwins = new ArrayList<>();
      for (int i = 0; i < sparse.size(); i++) {
        if (fold(sparse.get(i).actor()) != k) {
          sparseTrain.add(sparse.get(i));
          sparseTrainAmounts.add(sparseAmounts.get(i));
          sparseTrainX.add(sparseX.get(i));
          sparseTrainTwins.add(sparseTwins.get(i));
        }
      }
      Ranker ranker = uncalibrated.with(Calibration.fit(TrainingCases.calibrationSamples(uncalibrated, sparseTrain,
          sparseTrainAmounts, sparseTrainX, sparseTrainTwins, Attributor.UNKNOWN_CASE_WEIGHT), TrainingCases.MIN_USES));
      fitted.add(ranker);
      for (int i = 0; i < loro.size(); i++) {
        if (fold(loro.get(i).actor()) == k) {
          loroTally.add(ranker.probabilities(loroX.get(i), null, -1, model.amount(loro.get(i).evidence(), loro.get(i).adjustment())), loro.get(i).actor());
        }
      }
      for (int i = 0; i < camp.size(); i++) {
        if (fold(camp.get(i).actor()) == k) {
          campTally.add(ranker.probabilities(campX.get(i), null, -1, model.amount(camp.get(i).evidence(), camp.get(i).adjustment())), camp.get(i).actor());
        }
      }
      for (int i = 0; i < sparse.size(); i++) {
        Case c = sparse.get(i);
        if (fold(c.actor()) == k) {
          Calibration.Amount amount = sparseAmounts.get(i);
          double[] p = ranker.probabilities(sparseX.get(i), null, -1, amount);
          sparseTally.add(p, c.actor());
          bySize.get(c.evidence().size() - 1).add(p, c.actor());
          (amount.kind() != Calibration.Kind.TECHNIQUES ? withSoftware : withoutSoftware).add(p, c.actor());
          if (namesOwnSoftware(c)) {
            ownSoftware.add(p, c.actor());
          }
          sparseRaw.add(uncalibrated.probabilities(sparseX.get(i), null, -1, amount), c.actor());
        }
      }
    }
    Sparse sparseReport = new Sparse(sparseTally.metrics(Double.NaN), sparseRaw.metrics(Double.NaN),
        bySize.stream().map(t -> t.metrics(Double.NaN)).toList(), withSoftware.metrics(Double.NaN),
        withoutSoftware.metrics(Double.NaN), ownSoftware.metrics(Double.NaN), ownSoftware.reliability(RESAMPLES,
        BOOTSTRAP_SEED), sparseTally.reliability(RESAMPLES, BOOTSTRAP_SEED));
    TfIdfBaseline tfidf = new TfIdfBaseline(kb);
    return new Report(loroTally.metrics(loro.size() / Math.max(seconds, 1e-9)), tfidf.evaluate(loro),
        campTally.metrics(Double.NaN), tfidf.evaluate(camp), sparseReport, corpus.actors().size(), fitted, batch(loro));
  }

  /**
   * True when the case names a software that only its actor is known to use, and that the actor
   * still has once the case's report is held out.
   */
  private boolean namesOwnSoftware(Case c) {
    for (String f : c.evidence()) {
      if (f.startsWith("s:") && model.actorsWith(f) == 1 && model.inProfile(c.actor(), f)
          && kb.actors().get(c.actor()).facts().stream()
              .anyMatch(fact -> fact.feature().equals(f) && fact.origin() != AttributionCorpus.Origin.VIA_SOFTWARE
                  && c.keep().test(fact))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The batch's cases: each held-out report's techniques and software, and, when the corpus has
   * indicators, two of them, a victim country and a date picked deterministically from the case's
   * position (so every build and every run measures the same work).
   */
  static List<ResolvedEvidence> batchEvidence(AttributionCorpus corpus, List<Case> cases) {
    List<String> indicators = new ArrayList<>();
    for (AttributionCorpus.Actor a : corpus.actors()) {
      for (AttributionCorpus.Fact f : a.facts()) {
        if (f.origin() == AttributionCorpus.Origin.CORPUS && f.kind() == EvidenceKind.INDICATOR) {
          indicators.add(f.feature());
        }
      }
    }
    List<ResolvedEvidence> evidence = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      Case c = cases.get(i);
      List<ResolvedEvidence.Item> items = new ArrayList<>();
      for (String f : c.evidence()) {
        EvidenceKind kind = f.startsWith("s:") ? EvidenceKind.SOFTWARE : EvidenceKind.TECHNIQUE;
        items.add(new ResolvedEvidence.Item(kind, f, f, corpus.displayName(f)));
      }
      LocalDate observed = null;
      if (!indicators.isEmpty()) {
        for (String f : List.of(indicators.get((int) ((i * 7919L) % indicators.size())),
            indicators.get((int) ((i * 104729L + 1) % indicators.size())))) {
          items.add(new ResolvedEvidence.Item(EvidenceKind.INDICATOR, f.substring(2), f, f.substring(2)));
        }
        String country = BATCH_COUNTRIES[i % BATCH_COUNTRIES.length];
        items.add(new ResolvedEvidence.Item(EvidenceKind.VICTIM_COUNTRY, country, "vc:" + country, country));
        observed = LocalDate.of(2020, 1 + i % 12, 1);
      }
      evidence.add(new ResolvedEvidence(c.label(), items, observed, observed, List.of(), List.of()));
    }
    return evidence;
  }

  private Batch batch(List<Case> cases) {
    Attributor attributor = Attributor.train(corpus);
    int corpusFacts = 0;
    boolean indicators = false;
    for (AttributionCorpus.Actor a : corpus.actors()) {
      for (AttributionCorpus.Fact f : a.facts()) {
        if (f.origin() == AttributionCorpus.Origin.CORPUS) {
          corpusFacts++;
          indicators |= f.kind() == EvidenceKind.INDICATOR;
        }
      }
    }
    List<ResolvedEvidence> evidence = batchEvidence(corpus, cases);
    for (ResolvedEvidence e : evidence) {
      attributor.attribute(e, 5);
    }
    double[] millis = new double[evidence.size()];
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    for (int i = 0; i < evidence.size(); i++) {
      long t = System.nanoTime();
      attributor.attribute(evidence.get(i), 5);
      millis[i] = (System.nanoTime() - t) / 1e6;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    java.util.Arrays.sort(millis);
    return new Batch(millis.length, millis.length / Math.max(seconds, 1e-9),
        millis.length == 0 ? 0 : millis[millis.length / 2],
        millis.length == 0 ? 0 : millis[Math.min(millis.length - 1, (int) Math.ceil(millis.length * 0.99) - 1)],
        cpuStart < 0 ? Double.NaN : millis.length / Math.max(cpuSeconds, 1e-9), corpusFacts,
        indicators ? 4 : 0);
  }

  private int fold(int actor) {
    return Math.floorMod(corpus.actors().get(actor).key().hashCode(), FOLDS);
  }

  /**
   * Accumulates ranks and confidence for {@link Metrics}: top-k, mean reciprocal rank, and the
   * expected calibration error over ten equal-width confidence bins. Other benchmarks (the ESET
   * leave-one-publication-out run) tally with it so their figures mean the same.
   */
  public static final class Tally {
    int n;
    int top1;
    int top3;
    int top5;
    int top10;
    double rr;
    int unknownFirst;
    final double[] binConfidence = new double[10];
    final double[] binCorrect = new double[10];
    final int[] binCount = new int[10];
    private final List<Double> confidences = new ArrayList<>();
    private final List<Boolean> correct = new ArrayList<>();

    /** Adds one case: probabilities (the last is "unknown") and the index of the truth. */
    public void add(double[] p, int truth) {
      int rank = 1;
      int argmax = 0;
      for (int i = 0; i < p.length; i++) {
        if (p[i] > p[truth]) {
          rank++;
        }
        if (p[i] > p[argmax]) {
          argmax = i;
        }
      }
      n++;
      top1 += rank <= 1 ? 1 : 0;
      top3 += rank <= 3 ? 1 : 0;
      top5 += rank <= 5 ? 1 : 0;
      top10 += rank <= 10 ? 1 : 0;
      rr += 1.0 / rank;
      unknownFirst += argmax == p.length - 1 ? 1 : 0;
      int bin = Math.min(9, (int) (p[argmax] * 10));
      binConfidence[bin] += p[argmax];
      binCorrect[bin] += argmax == truth ? 1 : 0;
      binCount[bin]++;
      confidences.add(p[argmax]);
      correct.add(argmax == truth);
    }

    /**
     * The reliability table of the cases added so far, with a bootstrap interval for the ECE from
     * {@code resamples} resamples drawn with {@code seed}.
     */
    public Reliability reliability(int resamples, long seed) {
      double[] c = new double[confidences.size()];
      boolean[] r = new boolean[c.length];
      for (int i = 0; i < c.length; i++) {
        c[i] = confidences.get(i);
        r[i] = correct.get(i);
      }
      return Reliability.of(c, r, resamples, seed);
    }

    /** The expected calibration error of the top hypothesis, over ten equal-width bins. */
    public double ece() {
      double e = 0;
      for (int b = 0; b < 10; b++) {
        if (binCount[b] > 0) {
          e += Math.abs(binCorrect[b] - binConfidence[b]) / n;
        }
      }
      return e;
    }

    /** The metrics of the cases added so far. */
    public Metrics metrics(double casesPerSecond) {
      double d = Math.max(1, n);
      return new Metrics(n, top1 / d, top3 / d, top5 / d, top10 / d, rr / d, ece(), unknownFirst / d, casesPerSecond);
    }
  }
}
