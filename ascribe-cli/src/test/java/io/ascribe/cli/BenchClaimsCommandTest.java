package io.ascribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
  void benchClaims_newsClaimsFolder_scoresItsPagesByFolderAndByType() throws Exception {
    Path dev = Files.createDirectories(set.resolve("dev"));
    ObjectMapper json = new ObjectMapper();
    json.writeValue(dev.resolve("001.json").toFile(), Map.of(
        "url", "https://news.example/ca-cn", "published", "2024-10-30",
        "text", "Canada blames China for hack\n\nCanada's Communications Security Establishment said on Wednesday "
            + "that state-sponsored hackers working for Beijing had broken into federal government networks.\n",
        "claims", List.of(Map.of("type", "attribution", "form", "statement", "claimant_country", "CA",
            "accused_country", "CN"))));
    json.writeValue(dev.resolve("002.json").toFile(), Map.of(
        "url", "https://news.example/nl-ru", "published", "2018-10-04",
        "text", "Moscow rejects Dutch hacking claims\n\nThe Dutch government said hackers working for Russia's GRU "
            + "military intelligence had targeted the chemical weapons watchdog in The Hague.\n\nKremlin spokesman "
            + "Dmitry Peskov dismissed the accusations as unfounded.\n",
        "claims", List.of(
            Map.of("type", "attribution", "form", "statement", "claimant_country", "NL", "accused_country", "RU"),
            Map.of("type", "denial", "form", "statement", "claimant_country", "RU", "accused_country", "RU"))));

    CliRun run = ImportedKnowledgeBase.ascribe("bench", "claims", "--data", dev.toString(), "--no-classifier", "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode all = run.json().path("all");
    assertThat(all.path("articles").asInt()).isEqualTo(2);
    assertThat(all.path("gold").asInt()).isEqualTo(3);
    assertThat(run.json().path("dev").path("articles").asInt()).isEqualTo(2);
    assertThat(run.json().path("dev").path("gold").asInt()).isEqualTo(3);
    JsonNode byType = run.json().path("by_type");
    assertThat(byType.path("attribution").path("gold").asInt()).isEqualTo(2);
    assertThat(byType.path("denial").path("gold").asInt()).isEqualTo(1);
    assertThat(byType.path("counter_accusation").path("gold").asInt()).isZero();
    assertThat(byType.path("attribution").path("true_positives").asInt()).isPositive();
    for (String field : List.of("gold", "predicted", "true_positives")) {
      int sum = 0;
      for (JsonNode t : byType) {
        sum += t.path(field).asInt();
      }
      assertThat(sum).as("by_type %s adds up to all", field).isEqualTo(all.path(field).asInt());
    }
  }

  @Test
  void benchClaims_folderWithoutArticles_failsNamingIt() {
    CliRun run = ImportedKnowledgeBase.ascribe("bench", "claims", "--set", set.toString(), "--no-classifier");

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).contains(set.toString()).contains("no labelled articles");
  }
}
