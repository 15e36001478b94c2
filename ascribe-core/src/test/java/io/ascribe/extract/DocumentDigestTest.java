package io.ascribe.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.FixtureGraphs;
import io.ascribe.alias.EntityLinker;
import io.ascribe.digest.Sha256;
import io.ascribe.extract.indicator.WarningLists;
import io.ascribe.extract.input.RawDocument;
import io.ascribe.model.KnowledgeGraph;
import io.ascribe.testkit.Fixtures;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A document's SHA-256 is computed once per ingest: the ingestor hashes the bytes to skip stored
 * ones and hands the hash to the extractor, which used to hash the same bytes again.
 */
class DocumentDigestTest {
  private static final String PAGE = """
      <html><head><title>KettleRAT returns</title></head><body>
      <p>Responders found KettleRAT on two file servers; it beaconed to 198.51.100.23.</p>
      </body></html>
      """;

  private static DocumentExtractor extractor() throws Exception {
    KnowledgeGraph graph = FixtureGraphs.of(Fixtures.MINI_ATTACK, Fixtures.MINI_THREAT_ACTOR);
    EntityLinker linker = new EntityLinker(graph);
    return DocumentExtractor.forKnowledge(graph, linker.linkActors(), linker.linkSoftware(), WarningLists.none());
  }

  @Test
  void extract_givenTheBytesHash_sameDocumentAsHashingThem() throws Exception {
    DocumentExtractor extractor = extractor();
    RawDocument raw = new RawDocument("page.html", PAGE.getBytes(StandardCharsets.UTF_8), "page.html");

    ExtractedDocument hashed = extractor.extract(raw.source(), raw.bytes(), raw.nameOrContentType());
    ExtractedDocument given = extractor.extract(raw, Sha256.of(raw.bytes()));

    assertThat(hashed.sha256()).isEqualTo(Sha256.of(raw.bytes()));
    assertThat(given).isEqualTo(hashed);
  }

  @Test
  void extractText_analystNotes_hashOfTheirUtf8() throws Exception {
    String notes = "Beacon to 198.51.100.23 — seen on two servers.";

    assertThat(extractor().extractText("notes", notes).sha256()).isEqualTo(Sha256.ofUtf8(notes));
  }
}
