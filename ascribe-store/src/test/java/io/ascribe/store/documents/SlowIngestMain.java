package io.ascribe.store.documents;

import io.ascribe.extract.DocumentExtractor;
import io.ascribe.extract.entity.NameMatcher;
import io.ascribe.extract.indicator.IndicatorExtractor;
import io.ascribe.extract.indicator.WarningLists;
import io.ascribe.extract.input.RawDocument;
import io.ascribe.extract.technique.TechniqueMentions;
import io.ascribe.store.Store;
import io.ascribe.store.search.SearchIndex;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * A child process for {@link IngestKillTest}: ingests generated documents one by one into the
 * home given as the first argument, printing "stored N" after each, until it is killed.
 */
public final class SlowIngestMain {
  private SlowIngestMain() {}

  public static void main(String[] args) throws Exception {
    DocumentExtractor extractor = new DocumentExtractor(new IndicatorExtractor(WarningLists.none()),
        new NameMatcher<>(Map.of(), 4), new TechniqueMentions(Map.of("T1059.001", "PowerShell")));
    try (Store store = Store.open(Path.of(args[0]))) {
      Ingestor ingestor = new Ingestor(extractor, new DocumentStore(store), new SearchIndex(store.indexDir()));
      for (int i = 0; ; i++) {
        ingestor.ingest(new RawDocument("doc-" + i + ".txt", IngestKillTest.document(i).getBytes(StandardCharsets.UTF_8),
            "doc-" + i + ".txt"));
        System.out.println("stored " + (i + 1));
        System.out.flush();
      }
    }
  }
}
