package io.ascribe.extract.claim.learn;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.testkit.SharedData;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped claim scorer is what {@code ascribe model train --claims ../shared/data/news-claims/dev
 * --claims ascribe-core/src/test/resources/claims} makes of the current frame generator: retrained
 * the same way, it must give the resource byte for byte (skipped when {@code ../shared/data} is absent).
 */
class ClaimScorerResourceTest {
  @Test
  void bundledResource_retrainedOnDevAndWrittenSet_isReproducedExactly() throws Exception {
    Path dev = SharedData.require("news-claims/dev");
    Path written = Path.of("src/test/resources/claims");
    assertThat(written.resolve("gold.jsonl")).as("the written set, from the module folder").isRegularFile();
    List<LabelledArticle> articles = new ArrayList<>(LabelledArticles.read(dev));
    articles.addAll(LabelledArticles.read(written));

    ClaimTraining.Trained trained = ClaimTraining.train(articles, new FrameGenerator(FrameCues.load()),
        ScorerTrainer.standard(), 5);

    String bundled;
    try (InputStream in = LinearScorer.class.getResourceAsStream(LinearScorer.RESOURCE)) {
      assertThat(in).as("resource io/ascribe/extract/claim/learn/" + LinearScorer.RESOURCE).isNotNull();
      bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String retrained = trained.scorer().toJson();
    if (!retrained.equals(bundled)) {
      Path out = Path.of("target", "claim-scorer.retrained.json");
      Files.createDirectories(out.getParent());
      Files.writeString(out, retrained);
      System.err.println("[ascribe] retrained claim scorer written to " + out.toAbsolutePath());
    }
    assertThat(retrained).isEqualTo(bundled);
  }
}
