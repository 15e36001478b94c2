package io.ascribe.extract.technique;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.testkit.SharedData;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The benchmark on the real TRAM2 training reports, cut down to stay quick: two report-disjoint
 * folds, two inner folds, word features only, no procedure examples (the ATT&CK bundle still
 * gives the mention baseline its technique names). The full five-fold figures are in
 * BENCHMARKS.md.
 */
class TechniqueBenchmarkTest {
  @Test
  void run_tramTwoFolds_classifierWellAboveMentionBaseline() throws Exception {
    List<TramReports.Report> reports = TramReports.load(SharedData.require("tram2/train.jsonl"));
    ProcedureExamples names = ProcedureExamples.of(List.of(), ProcedureExamples.read(SharedData.attack()).techniqueNames());
    TechniqueClassifier.Settings quick = new TechniqueClassifier.Settings(
        42, 18, true, 0, 0, 0, 0, 2, 0.5, 1, 0, 2, 0.5, 0, false, 5, 2);

    TechniqueBenchmark.Result r = TechniqueBenchmark.run(reports, names, quick, 2);

    System.out.printf("[ascribe] technique benchmark (2 folds, quick settings): per-document F1 %.3f, micro F1 %.3f;"
        + " mentions %.3f / %.3f%n", r.classifier().documentF1(), r.classifier().microF1(),
        r.mentions().documentF1(), r.mentions().microF1());
    assertThat(r.classifier().documents()).isEqualTo(reports.size());
    assertThat(r.perFold()).hasSize(2);
    assertThat(r.classifier().documentF1()).isGreaterThan(r.mentions().documentF1() + 0.2);
    assertThat(r.classifier().microF1()).isGreaterThan(r.mentions().microF1() + 0.1);
  }

  @Test
  void tally_emptyGoldAndPrediction_countsAsPerfect() {
    TechniqueBenchmark.Tally t = new TechniqueBenchmark.Tally();
    t.add(Set.of(), Set.of());
    t.add(Set.of("T1105", "T1027"), Set.of("T1105", "T1082"));

    TechniqueBenchmark.Scores s = t.scores();

    assertThat(s.documentF1()).isEqualTo((1.0 + 0.5) / 2);
    assertThat(s.microPrecision()).isEqualTo(0.5);
    assertThat(s.microRecall()).isEqualTo(0.5);
    assertThat(s.microF1()).isEqualTo(0.5);
  }
}
