package io.ascribe.extract.claim.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link LabelledArticles} reads news-page folders, folders of splits and written sets, and names the file it fails on. */
class LabelledArticlesTest {
  @TempDir Path dir;

  private static String page(String text, String claims) {
    return "{\"url\": \"https://example.org/a\", \"text\": \"" + text + "\", \"published\": \"2024-01-02\", \"claims\": ["
        + claims + "]}";
  }

  private static String claim(String type, String claimant, String accused) {
    return "{\"type\": \"" + type + "\", \"form\": \"statement\", \"claimant_country\": " + quoted(claimant)
        + ", \"accused_country\": " + quoted(accused) + "}";
  }

  private static String quoted(String s) {
    return s == null ? "null" : "\"" + s + "\"";
  }

  @Test
  void read_newsPageFolder_oneArticlePerJsonFileInNameOrder() throws IOException {
    Path split = Files.createDirectories(dir.resolve("dev"));
    Files.writeString(split.resolve("002.json"), page("Ruritania denied it.", claim("denial", "RR", "RR")));
    Files.writeString(split.resolve("001.json"), page("Officials blamed Ruritania.",
        claim("attribution", "US", "CN") + ", " + claim("attribution", "US", "CN") + ", " + claim("attribution", null, "RU")));
    Files.writeString(split.resolve("notes.md"), "not an article");

    List<LabelledArticle> articles = LabelledArticles.read(split);

    assertThat(articles).extracting(LabelledArticle::id).containsExactly("dev/001.json", "dev/002.json");
    LabelledArticle first = articles.get(0);
    assertThat(first.name()).isEqualTo("001.txt");
    assertThat(first.raw()).isEqualTo("Officials blamed Ruritania.");
    assertThat(first.gold()).containsExactlyInAnyOrder("attribution US->CN", "attribution null->RU");
    assertThat(articles.get(1).gold()).containsExactly("denial RR->RR");
  }

  @Test
  void read_newsPageWithoutClaims_hasNoGold() throws IOException {
    Files.writeString(dir.resolve("a.json"), page("Nothing is claimed here.", ""));

    assertThat(LabelledArticles.read(dir)).singleElement().satisfies(a -> assertThat(a.gold()).isEmpty());
  }

  @Test
  void read_folderOfSplits_readsEverySplitNamedBySplit() throws IOException {
    Files.createDirectories(dir.resolve("test"));
    Files.createDirectories(dir.resolve("dev"));
    Files.writeString(dir.resolve("test/001.json"), page("T one.", claim("attribution", "GB", "RU")));
    Files.writeString(dir.resolve("dev/001.json"), page("D one.", ""));
    Files.writeString(dir.resolve("dev/002.json"), page("D two.", claim("counter_accusation", "CN", "US")));
    Files.writeString(dir.resolve("README.md"), "about the set");

    List<LabelledArticle> articles = LabelledArticles.read(dir);

    assertThat(articles).extracting(LabelledArticle::id).containsExactly("dev/001.json", "dev/002.json", "test/001.json");
    assertThat(articles).extracting(LabelledArticle::raw).containsExactly("D one.", "D two.", "T one.");
    assertThat(articles.get(1).gold()).containsExactly("counter_accusation CN->US");
    assertThat(articles.get(2).gold()).containsExactly("attribution GB->RU");
  }

  @Test
  void read_writtenSet_articlesInGoldOrderWithTheirClaims() throws IOException {
    Files.createDirectories(dir.resolve("articles"));
    Files.writeString(dir.resolve("articles/b_02.txt"), "Second article\n\nBody two.\n");
    Files.writeString(dir.resolve("articles/a_01.txt"), "First article\n\nBody one.\n");
    Files.writeString(dir.resolve("gold.jsonl"), """
        {"doc": "b_02.txt", "claims": [["attribution", "US", "CN", "statement"], ["denial", "CN", "CN", "statement"]]}

        {"doc": "a_01.txt", "claims": [["attribution", null, "KP", "report"]]}
        """);

    List<LabelledArticle> articles = LabelledArticles.read(dir);

    assertThat(articles).extracting(LabelledArticle::id).containsExactly("b_02.txt", "a_01.txt");
    assertThat(articles).extracting(LabelledArticle::name).containsExactly("b_02.txt", "a_01.txt");
    assertThat(articles.get(0).raw()).isEqualTo("Second article\n\nBody two.\n");
    assertThat(articles.get(0).gold()).containsExactlyInAnyOrder("attribution US->CN", "denial CN->CN");
    assertThat(articles.get(1).gold()).containsExactly("attribution null->KP");
  }

  @Test
  void read_malformedJson_failsNamingTheFile() throws IOException {
    Files.writeString(dir.resolve("001.json"), page("Fine.", ""));
    Path bad = dir.resolve("002.json");
    Files.writeString(bad, "{\"text\": \"cut off");

    assertThatThrownBy(() -> LabelledArticles.read(dir)).isInstanceOf(IOException.class)
        .hasMessageContaining(bad.toString()).hasMessageContaining("not JSON");
  }

  @Test
  void read_pageWithoutText_failsNamingTheFile() throws IOException {
    Path bad = dir.resolve("001.json");
    Files.writeString(bad, "{\"url\": \"https://example.org\", \"claims\": []}");

    assertThatThrownBy(() -> LabelledArticles.read(dir)).isInstanceOf(IOException.class)
        .hasMessageContaining(bad.toString()).hasMessageContaining("\"text\"");
  }

  @Test
  void read_claimWithoutType_failsNamingTheFileAndTheClaim() throws IOException {
    Path bad = dir.resolve("001.json");
    Files.writeString(bad, page("Text.", claim("attribution", "US", "CN") + ", {\"claimant_country\": \"US\"}"));

    assertThatThrownBy(() -> LabelledArticles.read(dir)).isInstanceOf(IOException.class)
        .hasMessageContaining(bad.toString()).hasMessageContaining("claims[1].type");
  }

  @Test
  void read_goldLineNotJson_failsNamingTheLine() throws IOException {
    Files.createDirectories(dir.resolve("articles"));
    Files.writeString(dir.resolve("articles/a.txt"), "A.\n");
    Files.writeString(dir.resolve("gold.jsonl"), "{\"doc\": \"a.txt\", \"claims\": []}\n\n{\"doc\": \"b.txt\", \"claims\": [\n");

    assertThatThrownBy(() -> LabelledArticles.read(dir)).isInstanceOf(IOException.class)
        .hasMessageContaining(dir.resolve("gold.jsonl") + " line 3");
  }

  @Test
  void read_goldLineWithoutDoc_failsNamingTheLine() throws IOException {
    Files.createDirectories(dir.resolve("articles"));
    Files.writeString(dir.resolve("gold.jsonl"), "{\"claims\": []}\n");

    assertThatThrownBy(() -> LabelledArticles.read(dir)).isInstanceOf(IOException.class)
        .hasMessageContaining(dir.resolve("gold.jsonl") + " line 1");
  }

  @Test
  void read_goldNamesMissingArticle_failsNamingLineAndArticle() throws IOException {
    Files.createDirectories(dir.resolve("articles"));
    Files.writeString(dir.resolve("articles/a.txt"), "A.\n");
    Files.writeString(dir.resolve("gold.jsonl"), "{\"doc\": \"a.txt\", \"claims\": []}\n{\"doc\": \"gone.txt\", \"claims\": []}\n");

    assertThatThrownBy(() -> LabelledArticles.read(dir)).isInstanceOf(IOException.class)
        .hasMessageContaining(dir.resolve("gold.jsonl") + " line 2")
        .hasMessageContaining(dir.resolve("articles").resolve("gone.txt").toString());
  }

  @Test
  void read_emptyFolder_failsNamingIt() {
    assertThatThrownBy(() -> LabelledArticles.read(dir)).isInstanceOf(IOException.class)
        .hasMessageContaining(dir.toString()).hasMessageContaining("no labelled articles");
  }

  @Test
  void read_folderOfEmptySplits_failsNamingIt() throws IOException {
    Files.createDirectories(dir.resolve("dev"));
    Files.writeString(dir.resolve("dev/readme.txt"), "no pages");

    assertThatThrownBy(() -> LabelledArticles.read(dir)).isInstanceOf(IOException.class)
        .hasMessageContaining(dir.toString()).hasMessageContaining("no labelled articles");
  }

  @Test
  void read_missingFolder_failsNamingIt() {
    Path missing = dir.resolve("nowhere");

    assertThatThrownBy(() -> LabelledArticles.read(missing)).isInstanceOf(IOException.class)
        .hasMessageContaining(missing.toString());
  }
}
