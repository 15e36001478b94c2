package io.ascribe.extract.technique;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Trains the {@link TechniqueModel}: a sentence-level, multi-label linear classifier of ATT&CK
 * techniques, from annotated reports ({@link TramReports}) and ATT&CK procedure examples
 * ({@link ProcedureExamples}).
 *
 * <p>Each sentence becomes a TF-IDF vector of hashed, normalised word unigrams and bigrams and
 * character n-grams (see {@link Settings}); one linear SVM per technique (one-vs-rest, squared
 * hinge, L2) separates the sentences annotated with it from every other sentence. Unannotated
 * report sentences are negatives for every technique. The document-level threshold of each
 * technique is chosen by cross-validation over the training reports only ({@code innerFolds},
 * split by report), maximising per-document F1. Training is deterministic for a given seed.
 */
public final class TechniqueClassifier {
  private TechniqueClassifier() {}

  /**
   * Training settings.
   *
   * @param seed seeds the solver's shuffles and the inner folds
   * @param hashBits hash buckets per feature kind, as a power of two
   * @param bigrams word pairs as well as words
   * @param charMin shortest character n-gram within a word, 0 for none
   * @param charMax longest character n-gram
   * @param charWeight weight of the character n-gram part of a sentence vector (the word part weighs 1)
   * @param contextWeight weight of the neighbouring sentences' words, 0 for none
   * @param minDf a feature must occur in this many training sentences
   * @param c the SVM's cost (inverse regularisation strength)
   * @param positiveWeight extra cost of a technique's own sentences (they are rare)
   * @param procedureWeight cost of an ATT&CK procedure example relative to a report sentence
   * @param innerFolds folds (by report) for choosing thresholds; below 2, {@code fixedThreshold} is used
   * @param thresholdShrink 0 for one global threshold, 1 for per-technique thresholds
   * @param fixedThreshold the margin threshold when no inner folds are run
   * @param allTechniques also learn every technique with at least {@code minExamples} procedure
   *     examples, not only those the reports are annotated with (their threshold is the global one,
   *     since no report tells how they read in prose). Costly: 259 techniques at 10 examples train
   *     in about a minute into a 14 MB file, and nothing measures their precision
   * @param minExamples see {@code allTechniques}
   * @param threads solver threads (tokenising uses the common fork-join pool)
   */
  public record Settings(
      long seed,
      int hashBits,
      boolean bigrams,
      int charMin,
      int charMax,
      double charWeight,
      double contextWeight,
      int minDf,
      double c,
      double positiveWeight,
      double procedureWeight,
      int innerFolds,
      double thresholdShrink,
      double fixedThreshold,
      boolean allTechniques,
      int minExamples,
      int threads) {

    public Settings {
      if (hashBits < 8 || hashBits > 24) {
        throw new IllegalArgumentException("hashBits must be between 8 and 24, got " + hashBits);
      }
      if (charMin < 0 || charMax > 8 || (charMin > 0 && charMin > charMax)) {
        throw new IllegalArgumentException(
            "character n-grams must satisfy 0 < charMin <= charMax <= 8 (or charMin = 0), got " + charMin + ".." + charMax);
      }
      if (!(c > 0)) {
        throw new IllegalArgumentException("c must be a positive number, got " + c);
      }
      if (!(positiveWeight > 0) || !(procedureWeight >= 0)) {
        throw new IllegalArgumentException("positiveWeight must be positive and procedureWeight non-negative, got "
            + positiveWeight + " and " + procedureWeight);
      }
      if (minDf < 1) {
        throw new IllegalArgumentException("minDf must be at least 1, got " + minDf);
      }
      if (thresholdShrink < 0 || thresholdShrink > 1) {
        throw new IllegalArgumentException("thresholdShrink must be between 0 and 1, got " + thresholdShrink);
      }
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, got " + threads);
      }
    }

    /**
     * The settings chosen on the first two folds of {@link TechniqueBenchmark} (seed 42), then
     * confirmed on all five: words, word pairs and character 3-5-grams at half weight, C 0.5,
     * procedure examples at half the cost of a report sentence, thresholds from 4 inner folds
     * shrunk halfway to the global one.
     */
    public static Settings defaults() {
      return new Settings(42L, 20, true, 3, 5, 0.5, 0.0, 2, 0.5, 1.0, 0.5, 4, 0.5, 0.0, false, 5,
          Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
    }

    public Settings withSeed(long s) {
      return new Settings(s, hashBits, bigrams, charMin, charMax, charWeight, contextWeight, minDf, c, positiveWeight,
          procedureWeight, innerFolds, thresholdShrink, fixedThreshold, allTechniques, minExamples, threads);
    }

    public Settings withInnerFolds(int k) {
      return new Settings(seed, hashBits, bigrams, charMin, charMax, charWeight, contextWeight, minDf, c,
          positiveWeight, procedureWeight, k, thresholdShrink, fixedThreshold, allTechniques, minExamples, threads);
    }

    public Settings withAllTechniques(boolean all) {
      return new Settings(seed, hashBits, bigrams, charMin, charMax, charWeight, contextWeight, minDf, c,
          positiveWeight, procedureWeight, innerFolds, thresholdShrink, fixedThreshold, all, minExamples, threads);
    }
  }

  /**
   * Hears how far a training has come, counted in one-vs-rest fits (one per technique, and one per
   * technique and inner fold when thresholds are cross-validated). Called from solver threads.
   */
  @FunctionalInterface
  public interface Progress {
    /** Hears nothing. */
    Progress NONE = (done, total) -> { };

    /**
     * A fit finished.
     *
     * @param done fits finished so far
     * @param total fits the whole training takes
     */
    void fitted(int done, int total);
  }

  /** Trains a model on annotated reports and procedure examples. */
  public static TechniqueModel train(List<TramReports.Report> reports, ProcedureExamples procedures, Settings settings) {
    return train(reports, procedures, settings, Progress.NONE);
  }

  /** Same as {@link #train(List, ProcedureExamples, Settings)}, telling {@code progress} how far it has come. */
  public static TechniqueModel train(List<TramReports.Report> reports, ProcedureExamples procedures, Settings settings,
      Progress progress) {
    TrainingCorpus corpus = TrainingCorpus.build(reports, procedures, settings);
    int[] all = new int[reports.size()];
    Arrays.setAll(all, i -> i);
    return fit(corpus, all, settings, progress);
  }

  /** Trains on some reports of a prepared corpus (all its procedure examples included). */
  static TechniqueModel fit(TrainingCorpus corpus, int[] trainReports, Settings s) {
    return fit(corpus, trainReports, s, Progress.NONE);
  }

  private static TechniqueModel fit(TrainingCorpus corpus, int[] trainReports, Settings s, Progress progress) {
    List<String> labels = corpus.labelSpace(trainReports, s.allTechniques(), s.minExamples());
    if (labels.isEmpty()) {
      throw new IllegalArgumentException("no technique to learn: the training reports have no labels"
          + (s.allTechniques() ? " and no technique has " + s.minExamples() + " procedure examples" : ""));
    }
    float[] thresholds = new float[labels.size()];
    Arrays.fill(thresholds, (float) s.fixedThreshold());
    float slope = 4f;
    boolean inner = s.innerFolds() >= 2 && trainReports.length >= s.innerFolds();
    int total = labels.size() * (inner ? s.innerFolds() + 1 : 1);
    AtomicInteger done = new AtomicInteger();
    Runnable fitted = () -> progress.fitted(done.incrementAndGet(), total);
    if (inner) {
      Thresholds.Choice choice = innerThresholds(corpus, trainReports, labels, s, fitted);
      Set<String> annotated = new HashSet<>(corpus.labelSpace(trainReports, false, 0));
      for (int l = 0; l < labels.size(); l++) {
        thresholds[l] = annotated.contains(labels.get(l)) ? choice.perLabel()[l] : choice.global();
      }
      slope = choice.slope();
    }
    Trained t = fitWeights(corpus, trainReports, labels, s, fitted);
    String[] names = labels.stream().map(id -> corpus.names.getOrDefault(id, "")).toArray(String[]::new);
    return new TechniqueModel(corpus.hasher, corpus.context, t.vectorizer(), labels.toArray(String[]::new), names,
        t.weights(), thresholds, slope);
  }

  private static Thresholds.Choice innerThresholds(TrainingCorpus corpus, int[] trainReports, List<String> labels,
      Settings s, Runnable fitted) {
    int[] folds = folds(trainReports.length, s.innerFolds(), s.seed() + 1);
    float[][] scores = new float[trainReports.length][];
    for (int f = 0; f < s.innerFolds(); f++) {
      List<Integer> inner = new ArrayList<>();
      for (int i = 0; i < trainReports.length; i++) {
        if (folds[i] != f) {
          inner.add(trainReports[i]);
        }
      }
      Trained t = fitWeights(corpus, inner.stream().mapToInt(Integer::intValue).toArray(), labels, s, fitted);
      TechniqueModel m = new TechniqueModel(corpus.hasher, corpus.context, t.vectorizer(),
          labels.toArray(String[]::new), new String[labels.size()], t.weights(), new float[labels.size()], 1f);
      for (int i = 0; i < trainReports.length; i++) {
        if (folds[i] == f) {
          scores[i] = m.documentScores(margins(m, corpus, trainReports[i]));
        }
      }
    }
    List<Set<Integer>> gold = new ArrayList<>();
    for (int r : trainReports) {
      gold.add(goldIndices(corpus.reports.get(r), labels));
    }
    return Thresholds.choose(scores, gold, labels.size(), s.thresholdShrink(), 2);
  }

  /** The label indices of a report's annotations (after mapping to the label space). */
  static Set<Integer> goldIndices(TramReports.Report r, List<String> labels) {
    Set<Integer> out = new HashSet<>();
    for (String id : r.labels()) {
      for (int l : TrainingCorpus.mapping(labels, id).positives()) {
        out.add(l);
      }
    }
    return out;
  }

  /** Sentence margins of a corpus report, from its cached features. */
  static float[][] margins(TechniqueModel m, TrainingCorpus corpus, int report) {
    FeatureHasher.Raw[] raw = corpus.reportFeatures.get(report);
    float[][] out = new float[raw.length][];
    for (int i = 0; i < raw.length; i++) {
      out[i] = m.margins(m.vectorizer().transform(raw[i]));
    }
    return out;
  }

  /** Report indices 0..n-1 dealt into k folds after a seeded shuffle: fold of each index. */
  static int[] folds(int n, int k, long seed) {
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Collections.shuffle(Arrays.asList(order), new Random(seed));
    int[] fold = new int[n];
    for (int i = 0; i < n; i++) {
      fold[order[i]] = i % k;
    }
    return fold;
  }

  record Trained(Vectorizer vectorizer, LinearSvm.Weights weights) {}

  static Trained fitWeights(TrainingCorpus corpus, int[] trainReports, List<String> labels, Settings s,
      Runnable fitted) {
    List<FeatureHasher.Raw> raw = new ArrayList<>();
    List<int[]> positives = new ArrayList<>();
    List<int[]> ignored = new ArrayList<>();
    List<Float> cost = new ArrayList<>();
    for (int r : trainReports) {
      TramReports.Report report = corpus.reports.get(r);
      FeatureHasher.Raw[] features = corpus.reportFeatures.get(r);
      for (int i = 0; i < features.length; i++) {
        Set<Integer> pos = new java.util.TreeSet<>();
        Set<Integer> ign = new java.util.TreeSet<>();
        for (String id : report.sentences().get(i).labels()) {
          TrainingCorpus.Mapping m = TrainingCorpus.mapping(labels, id);
          Arrays.stream(m.positives()).forEach(pos::add);
          Arrays.stream(m.ignored()).forEach(ign::add);
        }
        ign.removeAll(pos);
        raw.add(features[i]);
        positives.add(pos.stream().mapToInt(Integer::intValue).toArray());
        ignored.add(ign.stream().mapToInt(Integer::intValue).toArray());
        cost.add(1f);
      }
    }
    if (s.procedureWeight() > 0) {
      for (int i = 0; i < corpus.procedures.size(); i++) {
        TrainingCorpus.Mapping m = TrainingCorpus.mapping(labels, corpus.procedures.get(i).technique());
        raw.add(corpus.procedureFeatures.get(i));
        positives.add(m.positives());
        ignored.add(m.ignored());
        cost.add((float) s.procedureWeight());
      }
    }
    float[] nsw = new float[FeatureHasher.NAMESPACES];
    nsw[FeatureHasher.WORDS] = 1f;
    nsw[FeatureHasher.CHARS] = (float) s.charWeight();
    nsw[FeatureHasher.CONTEXT] = (float) s.contextWeight();
    Vectorizer v = Vectorizer.fit(s.hashBits(), raw, s.minDf(), nsw);
    List<Vectorizer.Sparse> x = raw.stream().map(v::transform).toList();
    float[] c = new float[cost.size()];
    for (int i = 0; i < c.length; i++) {
      c[i] = cost.get(i);
    }
    LinearSvm.Problem p = new LinearSvm.Problem(x, positives.toArray(int[][]::new), ignored.toArray(int[][]::new), c,
        labels.size(), v.dimension());
    LinearSvm.Weights w = LinearSvm.train(p,
        new LinearSvm.Options(s.c(), s.positiveWeight(), 1.0, 200, 0.1, s.seed(), s.threads()), fitted);
    return new Trained(v, w);
  }
}
