package io.ascribe.extract.technique;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * The training material, tokenised and hashed once: every sentence of every annotated report
 * (with its neighbours as context when the settings ask for it) and every procedure example. Cross
 * validation trains many models on subsets of the same corpus without hashing it again.
 */
final class TrainingCorpus {
  final FeatureHasher hasher;
  final boolean context;
  final List<TramReports.Report> reports;
  final List<FeatureHasher.Raw[]> reportFeatures;
  final List<ProcedureExamples.Example> procedures;
  final List<FeatureHasher.Raw> procedureFeatures;
  final Map<String, String> names;

  private TrainingCorpus(FeatureHasher hasher, boolean context, List<TramReports.Report> reports,
      List<FeatureHasher.Raw[]> reportFeatures, List<ProcedureExamples.Example> procedures,
      List<FeatureHasher.Raw> procedureFeatures, Map<String, String> names) {
    this.hasher = hasher;
    this.context = context;
    this.reports = reports;
    this.reportFeatures = reportFeatures;
    this.procedures = procedures;
    this.procedureFeatures = procedureFeatures;
    this.names = names;
  }

  static TrainingCorpus build(List<TramReports.Report> reports, ProcedureExamples procedures,
      TechniqueClassifier.Settings s) {
    FeatureHasher hasher = new FeatureHasher(s.hashBits(), s.bigrams(), s.charMin(), s.charMax());
    boolean context = s.contextWeight() > 0;
    List<FeatureHasher.Raw[]> rf = IntStream.range(0, reports.size()).parallel()
        .mapToObj(i -> hashReport(hasher, context, reports.get(i)))
        .toList();
    List<ProcedureExamples.Example> examples = procedures.examples();
    List<FeatureHasher.Raw> pf = IntStream.range(0, examples.size()).parallel()
        .mapToObj(i -> hasher.hash(Tokens.of(examples.get(i).text()), null, null))
        .toList();
    return new TrainingCorpus(hasher, context, List.copyOf(reports), rf, examples, pf, procedures.techniqueNames());
  }

  private static FeatureHasher.Raw[] hashReport(FeatureHasher hasher, boolean context, TramReports.Report r) {
    List<List<String>> tokens = r.sentences().stream().map(s -> Tokens.of(s.text())).toList();
    FeatureHasher.Raw[] out = new FeatureHasher.Raw[tokens.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = hasher.hash(tokens.get(i),
          context && i > 0 ? tokens.get(i - 1) : null,
          context && i + 1 < tokens.size() ? tokens.get(i + 1) : null);
    }
    return out;
  }

  /**
   * The techniques a model trained on these reports reports: the techniques the reports are
   * annotated with, plus (when asked) every technique with enough procedure examples.
   */
  List<String> labelSpace(int[] trainReports, boolean allTechniques, int minExamples) {
    Set<String> out = new TreeSet<>();
    for (int r : trainReports) {
      out.addAll(reports.get(r).labels());
    }
    if (allTechniques) {
      Map<String, Integer> counts = new HashMap<>();
      for (ProcedureExamples.Example e : procedures) {
        counts.merge(e.technique(), 1, Integer::sum);
      }
      counts.forEach((id, n) -> {
        if (n >= minExamples) {
          out.add(id);
        }
      });
    }
    return new ArrayList<>(out);
  }

  /**
   * How a technique id is learnt in a label space: as a label itself, else as its parent technique
   * when that is a label ("T1027.002" teaches "T1027"); a parent whose sub-techniques are labels
   * is ambiguous ("T1059" may or may not be "T1059.003") and is neither positive nor negative for
   * them.
   */
  static Mapping mapping(List<String> labels, String id) {
    int exact = labels.indexOf(id);
    if (exact >= 0) {
      return new Mapping(new int[] {exact}, new int[0]);
    }
    int dot = id.indexOf('.');
    if (dot > 0) {
      int parent = labels.indexOf(id.substring(0, dot));
      if (parent >= 0) {
        return new Mapping(new int[] {parent}, new int[0]);
      }
    }
    List<Integer> children = new ArrayList<>();
    for (int l = 0; l < labels.size(); l++) {
      if (labels.get(l).startsWith(id + ".")) {
        children.add(l);
      }
    }
    return new Mapping(new int[0], children.stream().mapToInt(Integer::intValue).toArray());
  }

  record Mapping(int[] positives, int[] ignored) {}
}
