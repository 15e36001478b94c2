package io.ascribe.spark.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.extract.DocumentExtractor;
import io.ascribe.extract.ExtractedDocument;
import io.ascribe.spark.TestHome;
import io.ascribe.store.Store;
import io.ascribe.store.documents.HomeExtractor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ExtractorSnapshot}: a copy that went through Java serialization (as a broadcast reaches
 * another executor) extracts exactly what the home's extractor does, warning lists and trained
 * classifier included.
 */
class ExtractorSnapshotTest {
  private static final String PAGE = """
      <html><head><title>Officials blame Alpha Panda for breach</title></head><body><article>
      <p>The United States on Tuesday accused China of breaking into the networks of a water utility, officials said.</p>
      <p>Investigators said the group Alpha Panda used the tool Spoon and sent traffic to 8.8.8.8 and to 203.0.113.7.</p>
      <p>China denied the accusation and called it baseless.</p>
      </article></body></html>""";

  @TempDir Path dir;

  @Test
  void extractor_afterSerialization_extractsWhatTheHomeExtractorDoes() throws Exception {
    Path lists = dir.resolve("lists");
    Files.createDirectories(lists.resolve("public-dns"));
    Files.writeString(lists.resolve("public-dns/list.json"), """
        {"name": "Public DNS resolvers", "type": "string", "matching_attributes": ["ip-dst", "ip-src"],
         "list": ["8.8.8.8"]}""");
    try (Store store = TestHome.create(dir.resolve("home"))) {
      ExtractorSnapshot snapshot = ExtractorSnapshot.of(store, lists, true, line -> {});
      DocumentExtractor home = HomeExtractor.build(store, lists, true, line -> {});

      ExtractorSnapshot copy = roundTrip(snapshot);
      byte[] page = PAGE.getBytes(StandardCharsets.UTF_8);
      ExtractedDocument expected = home.extract("page.html", page, "text/html");

      assertThat(copy.extractor().extract("page.html", page, "text/html")).isEqualTo(expected);
      assertThat(expected.indicators()).anySatisfy(i -> assertThat(i.suppressedBy()).isEqualTo("Public DNS resolvers"));
      assertThat(expected.entities()).anySatisfy(e -> assertThat(e.name()).isEqualTo("Alpha Panda"));
      assertThat(expected.claims()).isNotEmpty();
      assertThat(snapshot.bytes()).isGreaterThan(0);
    }
  }

  private static ExtractorSnapshot roundTrip(ExtractorSnapshot snapshot) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(snapshot);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (ExtractorSnapshot) in.readObject();
    }
  }
}
