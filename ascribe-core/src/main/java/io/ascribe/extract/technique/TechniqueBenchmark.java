package io.ascribe.extract.technique;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The technique classifier's benchmark: report-disjoint k-fold cross-validation on annotated
 * reports (TRAM2's training part). Reports are dealt into folds after a seeded shuffle; each fold
 * is classified by a model trained on the other folds' reports plus every ATT&CK procedure
 * example, with its thresholds chosen by inner cross-validation on those training reports only.
 *
 * <p>A report's gold set is the union of its sentences' labels; its predicted set is the model's
 * document-level techniques. Per-document F1 is averaged over reports (a report with no gold
 * technique and no prediction scores 1); micro F1, precision and recall pool every report's
 * counts. The explicit-mention baseline ({@link TechniqueMentions}: ids and technique names, each
 * sentence of the report searched, ids mapped into the label space the same way as training
 * labels) and the union of both are measured on the same folds.
 */
public final class TechniqueBenchmark {
  private TechniqueBenchmark() {}

  /**
   * Scores of one method.
   *
   * @param documentF1 per-document F1, averaged over documents
   * @param documentPrecision per-document precision, averaged (a document with no prediction counts 0
   *     unless it has no gold technique either)
   * @param documentRecall per-document recall, averaged (a document with no gold technique counts 1)
   */
  public record Scores(
      int documents,
      double documentF1,
      double documentPrecision,
      double documentRecall,
      double microF1,
      double microPrecision,
      double microRecall,
      long truePositives,
      long falsePositives,
      long falseNegatives) {}

  /**
   * The benchmark's result.
   *
   * @param classifier the trained classifier
   * @param mentions the explicit-mention baseline
   * @param combined the union of the classifier's and the baseline's techniques
   * @param perFold the classifier's scores on each evaluated fold
   * @param trainSeconds wall-clock seconds per fold to train (inner folds included)
   * @param labels techniques in the label space of the first fold's model
   */
  public record Result(
      int folds,
      long seed,
      int reports,
      int procedureExamples,
      Scores classifier,
      Scores mentions,
      Scores combined,
      List<Scores> perFold,
      double trainSeconds,
      int labels) {}

  /**
   * Sees each held-out report with the model trained without it, to score other ways of reading the
   * same report (see {@code extract.layout.LayoutBenchmark}). Called from the benchmark's thread.
   */
  @FunctionalInterface
  public interface HeldOut {
    void report(TechniqueModel model, TramReports.Report report, Set<String> gold);
  }

  /** Runs every fold. */
  public static Result run(List<TramReports.Report> reports, ProcedureExamples procedures,
      TechniqueClassifier.Settings settings, int folds) {
    return run(reports, procedures, settings, folds, (m, r, g) -> { });
  }

  /** Runs every fold, showing {@code heldOut} each held-out report with its fold's model. */
  public static Result run(List<TramReports.Report> reports, ProcedureExamples procedures,
      TechniqueClassifier.Settings settings, int folds, HeldOut heldOut) {
    return run(reports, procedures, settings, folds, IntStream.range(0, folds).boxed().toList(), heldOut);
  }

  /**
   * The techniques of {@code ids} in the model's label space, mapped as training labels are (a
   * sub-technique the model does not know counts as its parent).
   */
  public static Set<String> inLabelSpace(TechniqueModel model, Collection<String> ids) {
    List<String> labels = List.of(model.labelArray());
    Set<String> out = new HashSet<>();
    for (String id : ids) {
      for (int l : TrainingCorpus.mapping(labels, id).positives()) {
        out.add(labels.get(l));
      }
    }
    return out;
  }

  /** Runs the listed folds only (0-based), for development on some folds while the others stay unseen. */
  static Result run(List<TramReports.Report> reports, ProcedureExamples procedures,
      TechniqueClassifier.Settings settings, int folds, List<Integer> evaluate) {
    return run(reports, procedures, settings, folds, evaluate, (m, r, g) -> { });
  }

  private static Result run(List<TramReports.Report> reports, ProcedureExamples procedures,
      TechniqueClassifier.Settings settings, int folds, List<Integer> evaluate, HeldOut heldOut) {
    if (folds < 2 || folds > reports.size()) {
      throw new IllegalArgumentException("folds must be between 2 and the number of reports (" + reports.size()
          + "), got " + folds);
    }
    TrainingCorpus corpus = TrainingCorpus.build(reports, procedures, settings);
    TechniqueMentions mentions = new TechniqueMentions(procedures.techniqueNames());
    int[] fold = TechniqueClassifier.folds(reports.size(), folds, settings.seed());
    Tally model = new Tally();
    Tally baseline = new Tally();
    Tally union = new Tally();
    List<Scores> perFold = new ArrayList<>();
    double seconds = 0;
    int labelCount = 0;
    for (int f : evaluate) {
      int k = f;
      int[] train = IntStream.range(0, reports.size()).filter(i -> fold[i] != k).toArray();
      long start = System.nanoTime();
      TechniqueModel m = TechniqueClassifier.fit(corpus, train, settings);
      seconds += (System.nanoTime() - start) / 1e9;
      List<String> labels = List.of(m.labelArray());
      if (labelCount == 0) {
        labelCount = labels.size();
      }
      Tally foldTally = new Tally();
      for (int r = 0; r < reports.size(); r++) {
        if (fold[r] != k) {
          continue;
        }
        TramReports.Report report = reports.get(r);
        Set<String> gold = report.labels();
        Set<String> predicted = predictions(m, corpus, r);
        List<String> ids = new ArrayList<>();
        for (TramReports.Sentence s : report.sentences()) {
          mentions.find(s.text()).forEach(t -> ids.add(t.id()));
        }
        Set<String> mentioned = inLabelSpace(m, ids);
        Set<String> both = new HashSet<>(predicted);
        both.addAll(mentioned);
        model.add(gold, predicted);
        foldTally.add(gold, predicted);
        baseline.add(gold, mentioned);
        union.add(gold, both);
        heldOut.report(m, report, gold);
      }
      perFold.add(foldTally.scores());
    }
    return new Result(folds, settings.seed(), reports.size(), procedures.examples().size(), model.scores(),
        baseline.scores(), union.scores(), List.copyOf(perFold), seconds / evaluate.size(), labelCount);
  }

  static Set<String> predictions(TechniqueModel m, TrainingCorpus corpus, int report) {
    float[] scores = m.documentScores(TechniqueClassifier.margins(m, corpus, report));
    Set<String> out = new HashSet<>();
    for (int l = 0; l < scores.length; l++) {
      if (scores[l] >= m.thresholdArray()[l]) {
        out.add(m.labelArray()[l]);
      }
    }
    return out;
  }

  /** Per-document and pooled counts of predicted against gold techniques, over documents. */
  public static final class Tally {
    private int documents;
    private double f1;
    private double precision;
    private double recall;
    private long tp;
    private long fp;
    private long fn;

    /** Counts one document. */
    public void add(Set<String> gold, Set<String> predicted) {
      int hit = 0;
      for (String p : predicted) {
        if (gold.contains(p)) {
          hit++;
        }
      }
      documents++;
      tp += hit;
      fp += predicted.size() - hit;
      fn += gold.size() - hit;
      if (gold.isEmpty() && predicted.isEmpty()) {
        f1 += 1;
        precision += 1;
        recall += 1;
      } else {
        f1 += 2.0 * hit / (gold.size() + predicted.size());
        precision += predicted.isEmpty() ? 0 : (double) hit / predicted.size();
        recall += gold.isEmpty() ? 1 : (double) hit / gold.size();
      }
    }

    /** The scores of the documents counted so far. */
    public Scores scores() {
      double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
      double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
      double micro = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
      int n = Math.max(1, documents);
      return new Scores(documents, f1 / n, precision / n, recall / n, micro, p, r, tp, fp, fn);
    }
  }
}
