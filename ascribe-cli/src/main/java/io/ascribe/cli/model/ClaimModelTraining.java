package io.ascribe.cli.model;

import io.ascribe.extract.claim.ClaimScore;
import io.ascribe.extract.claim.ClaimType;
import io.ascribe.extract.claim.learn.ClaimTraining;
import io.ascribe.extract.claim.learn.FrameCues;
import io.ascribe.extract.claim.learn.FrameGenerator;
import io.ascribe.extract.claim.learn.LabelledArticle;
import io.ascribe.extract.claim.learn.LabelledArticles;
import io.ascribe.extract.claim.learn.ScorerTrainer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Trains the claim scorer for {@code ascribe model train --claims}: reads the sets, reports, writes. */
final class ClaimModelTraining {
  private ClaimModelTraining() {}

  /** Each article's gold claims no frame proposed, claims the scorer missed and extra claims, with probabilities. */
  private static void printMisses(ClaimTraining.Trained trained, PrintWriter print) {
    Map<String, List<String>> lines = new LinkedHashMap<>();
    Map<String, Set<String>> proposed = new HashMap<>();
    for (int i = 0; i < trained.crossValidated().length; i++) {
      ScorerTrainer.Example e = trained.set().examples().get(i);
      proposed.computeIfAbsent(e.article(), k -> new HashSet<>()).add(e.key());
      boolean kept = trained.crossValidated()[i] >= trained.scorer().threshold(ScorerTrainer.typeOf(e));
      if (kept != e.claim()) {
        lines.computeIfAbsent(e.article(), k -> new ArrayList<>())
            .add(String.format("  %s %-40s p=%.2f", kept ? "extra " : "missed", e.key(), trained.crossValidated()[i]));
      }
    }
    trained.set().goldByArticle().forEach((article, gold) -> gold.stream()
        .filter(k -> !proposed.getOrDefault(article, Set.of()).contains(k))
        .forEach(k -> lines.computeIfAbsent(article, x -> new ArrayList<>()).add("  unseen " + k)));
    lines.forEach((article, l) -> {
      print.println(article);
      l.forEach(print::println);
    });
  }

  static void run(List<Path> sets, int folds, Path out, boolean misses, PrintWriter print) throws IOException {
    List<LabelledArticle> articles = new ArrayList<>();
    List<List<LabelledArticle>> bySet = new ArrayList<>();
    for (Path set : sets) {
      List<LabelledArticle> read = LabelledArticles.read(set);
      bySet.add(read);
      articles.addAll(read);
    }
    ClaimTraining.Trained trained = ClaimTraining.train(articles, new FrameGenerator(FrameCues.load()),
        ScorerTrainer.standard(), folds);
    ClaimTraining.TrainingSet set = trained.set();
    print.printf("claim scorer: %d articles, %d frames, %d gold claims (%d proposed by no frame), %d features, threshold %.2f %s%n",
        articles.size(), set.examples().size(), set.gold(), set.unreachable(), trained.scorer().weights().size(),
        trained.scorer().threshold(), trained.scorer().byType());
    print.printf("%d-fold cross-validation by article:%n", folds);
    print.printf("  %-44s %6s %6s %6s   %s%n", "set", "P", "R", "F1", "F1 attribution / denial / counter");
    for (int i = 0; i < sets.size(); i++) {
      Set<String> ids = new HashSet<>(bySet.get(i).stream().map(LabelledArticle::id).toList());
      ClaimTraining.Evaluation e = trained.evaluate(ids::contains);
      ClaimScore a = e.all();
      print.printf("  %-44s %6.3f %6.3f %6.3f   %.3f / %.3f / %.3f%n", sets.get(i), a.precision(), a.recall(), a.f1(),
          e.byType().get(ClaimType.ATTRIBUTION).f1(), e.byType().get(ClaimType.DENIAL).f1(),
          e.byType().get(ClaimType.COUNTER_ACCUSATION).f1());
    }
    if (misses) {
      printMisses(trained, print);
    }
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
    Files.writeString(tmp, trained.scorer().toJson());
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    print.println("written to " + out);
  }
}
