package io.ascribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ascribe bench claims} scores an annotated article set through the home's extractor. */
class BenchClaimsCommandTest {
  @TempDir Path set;

  @Test
  void benchClaims_oneArticleOneClaimRightOneWrong_scoresByPrefixAndInAll() throws Exception {
    Files.createDirectories(set.resolve("articles"));
    Files.writeString(set.resolve("articles/t_01_x.txt"), "Canada blames China for hack\n2024-10-30\n\n"
        + "Canada's Communications Security Establishment said on Wednesday that state-sponsored hackers working for "
        + "Beijing had broken into federal government networks.\n");
    Files.writeString(set.resolve("gold.jsonl"), "{\"doc\": \"t_01_x.txt\", \"claims\": [[\"attribution\", \"CA\", \"CN\", "
        + "\"statement\"], [\"denial\", \"CN\", \"CN\", \"statement\"]]}\n");

    CliRun run = ImportedKnowledgeBase.ascribe("bench", "claims", "--set", set.toString(), "--no-classifier", "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode all = run.json().path("all");
    assertThat(all.path("articles").asInt()).isEqualTo(1);
    assertThat(all.path("gold").asInt()).isEqualTo(2);
    assertThat(all.path("true_positives").asInt()).isEqualTo(1);
    assertThat(all.path("precision").asDouble()).isEqualTo(1.0);
    assertThat(all.path("recall").asDouble()).isEqualTo(0.5);
    assertThat(run.json().path("t_").path("f1").asDouble()).isEqualTo(0.667);
  }

  @Test
  void benchClaims_missingGoldFile_failsNamingIt() {
    CliRun run = ImportedKnowledgeBase.ascribe("bench", "claims", "--set", set.toString(), "--no-classifier");

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).contains(set.resolve("gold.jsonl").toString());
  }
}
