package io.ascribe.extract.technique;

import static io.ascribe.extract.technique.TechniqueFixtures.RUN_KEY;
import static io.ascribe.extract.technique.TechniqueFixtures.SCHEDULED_TASK;
import static io.ascribe.extract.technique.TechniqueFixtures.SCREEN_CAPTURE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Training on small hand-written material: the obvious mapping is learnt, deterministically. */
class TechniqueClassifierTest {
  private static final long SEED = Long.getLong("tests.seed", new Random().nextLong());

  @ParameterizedTest(name = "inner folds {0}")
  @CsvSource({"0", "3"})
  void classify_obviousMapping_findsTechniquesWithTheirSentences(int innerFolds) {
    TechniqueModel model = TechniqueClassifier.train(TechniqueFixtures.reports(SEED, 24), ProcedureExamples.of(
        List.of(), TechniqueFixtures.NAMES), TechniqueFixtures.settings(SEED, innerFolds, 2));
    String task = "Next, the dropper creates a scheduled task named GoogleUpdate that runs it every hour.";
    String screen = "The agent takes screenshots of the desktop every 30 seconds.";
    String text = "The group has been active since at least 2019. " + task
        + "\n\nVictims include banks in Asia. " + screen;

    List<TechniqueMention> found = model.classify(text);

    assertThat(found).as("seed %d", SEED).extracting(TechniqueMention::id)
        .containsExactlyInAnyOrder(SCHEDULED_TASK, SCREEN_CAPTURE);
    TechniqueMention t = found.stream().filter(m -> m.id().equals(SCHEDULED_TASK)).findFirst().orElseThrow();
    assertThat(t.name()).isEqualTo("Scheduled Task");
    assertThat(t.sentences()).as("seed %d", SEED).containsExactly(task);
    assertThat(t.score()).isBetween(0.5, 1.0);
    assertThat(model.techniques()).containsExactly(SCHEDULED_TASK, SCREEN_CAPTURE, RUN_KEY);
  }

  @Test
  void classify_fillerOnly_findsNothing() {
    TechniqueModel model = TechniqueClassifier.train(TechniqueFixtures.reports(SEED, 24), ProcedureExamples.none(),
        TechniqueFixtures.settings(SEED, 3, 2));

    assertThat(model.classify("Victims include banks in Europe. The report was published in March."))
        .as("seed %d", SEED).isEmpty();
    assertThat(model.classify("")).isEmpty();
  }

  @Test
  void train_procedureExamplesAlone_learnTheirTechniques() {
    Random r = new Random(SEED);
    List<ProcedureExamples.Example> examples = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String id = TechniqueFixtures.techniques().get(i % 3);
      examples.add(new ProcedureExamples.Example(id, TechniqueFixtures.phrase(r, id)));
    }
    List<TramReports.Report> unlabelled = TechniqueFixtures.reports(SEED, 6).stream()
        .map(rep -> new TramReports.Report(rep.title(), rep.sentences().stream()
            .filter(s -> s.labels().isEmpty()).toList()))
        .toList();
    TechniqueClassifier.Settings settings = TechniqueFixtures.settings(SEED, 0, 1).withAllTechniques(true);

    TechniqueModel model = TechniqueClassifier.train(unlabelled, ProcedureExamples.of(examples, TechniqueFixtures.NAMES),
        settings);

    assertThat(model.classify("The implant writes a value to the Run key of the registry so that it starts at boot."))
        .as("seed %d", SEED).extracting(TechniqueMention::id).containsExactly(RUN_KEY);
  }

  @ParameterizedTest(name = "threads {0} and {1}")
  @CsvSource({"1, 1", "1, 2", "2, 3"})
  void train_sameSeed_identicalModelFiles(int threadsA, int threadsB, @TempDir Path dir) throws Exception {
    List<TramReports.Report> reports = TechniqueFixtures.reports(SEED, 18);
    ProcedureExamples none = ProcedureExamples.of(List.of(), TechniqueFixtures.NAMES);
    Path a = dir.resolve("a.model");
    Path b = dir.resolve("b.model");

    TechniqueClassifier.train(reports, none, TechniqueFixtures.settings(7, 3, threadsA)).save(a);
    TechniqueClassifier.train(reports, none, TechniqueFixtures.settings(7, 3, threadsB)).save(b);

    assertThat(Files.readAllBytes(a)).as("seed %d", SEED).isEqualTo(Files.readAllBytes(b));
  }

  @ParameterizedTest(name = "inner folds {0}, threads {1}")
  @CsvSource({"0, 1", "3, 2"})
  void train_progress_countsEveryFitUpToTheTotal(int innerFolds, int threads) {
    List<int[]> calls = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    TechniqueModel model = TechniqueClassifier.train(TechniqueFixtures.reports(SEED, 24), ProcedureExamples.none(),
        TechniqueFixtures.settings(SEED, innerFolds, threads), (done, total) -> calls.add(new int[] {done, total}));

    int total = model.techniques().size() * (innerFolds == 0 ? 1 : innerFolds + 1);
    assertThat(calls).as("seed %d", SEED).hasSize(total);
    assertThat(calls).allSatisfy(c -> assertThat(c[1]).isEqualTo(total));
    assertThat(calls.stream().mapToInt(c -> c[0]).sorted().toArray())
        .isEqualTo(java.util.stream.IntStream.rangeClosed(1, total).toArray());
  }

  @Test
  void train_noAnnotatedTechnique_rejectedWithReason() {
    List<TramReports.Report> none = List.of(new TramReports.Report("empty",
        List.of(new TramReports.Sentence("Nothing to see here.", List.of()))));

    assertThatThrownBy(() -> TechniqueClassifier.train(none, ProcedureExamples.none(), TechniqueFixtures.settings(1, 0, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no technique to learn: the training reports have no labels");
  }

  @Test
  void settings_badValues_rejectedWithTheValue() {
    TechniqueClassifier.Settings d = TechniqueClassifier.Settings.defaults();

    assertThatThrownBy(() -> new TechniqueClassifier.Settings(1, 20, true, 3, 5, 0.5, 0, 2, -1.0, 1, 1, 4, 0.5, 0, false, 5, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("c must be a positive number, got -1.0");
    assertThatThrownBy(() -> new TechniqueClassifier.Settings(1, 30, true, 3, 5, 0.5, 0, 2, 1, 1, 1, 4, 0.5, 0, false, 5, 1))
        .hasMessage("hashBits must be between 8 and 24, got 30");
    assertThatThrownBy(() -> new TechniqueClassifier.Settings(1, 20, true, 5, 3, 0.5, 0, 2, 1, 1, 1, 4, 0.5, 0, false, 5, 1))
        .hasMessage("character n-grams must satisfy 0 < charMin <= charMax <= 8 (or charMin = 0), got 5..3");
    assertThat(d.withSeed(9).seed()).isEqualTo(9);
    assertThat(d.withInnerFolds(2).innerFolds()).isEqualTo(2);
  }
}
