package io.ascribe.spark.load;

import io.ascribe.attribution.EvidenceResolver;
import io.ascribe.corpus.CorpusLinker;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.bulk.BulkLoader;
import io.ascribe.store.bulk.LoadListener;
import io.ascribe.store.bulk.LoadSummary;
import io.ascribe.store.kb.KnowledgeBase;
import io.ascribe.store.search.SearchIndex;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * {@code ascribe ingest --parquet}: loads the claims job's tables into a store with {@link
 * BulkLoader} (each marking in turn, lowest first; documents stored already are skipped, so a
 * second load adds nothing; each new document's corpus links are stored with it, as {@code ingest}
 * stores them), then indexes for search every stored document the index lacks, as
 * {@code ascribe ingest} does after an interrupted run.
 */
public final class ParquetIngest {
  private final Store store;

  /** Loads into {@code store}. */
  public ParquetIngest(Store store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /**
   * What a load did.
   *
   * @param load what the loader did, summed over the markings
   * @param indexed documents newly indexed for search
   */
  public record Result(LoadSummary load, long indexed) {}

  /** Receives progress: the documents to load, then the documents read so far. */
  public interface Progress {
    /** Called once, before loading, with the number of documents in the tables. */
    void total(long documents);

    /** Called as documents are read. */
    void read(long documents);
  }

  /** Loads every document of {@code tables}. */
  public Result load(ParquetTables tables, Progress progress) throws IOException {
    List<Tlp> markings = tables.markings();
    long total = 0;
    for (Tlp tlp : markings) {
      total += tables.count(tlp);
    }
    progress.total(total);
    KnowledgeBase.Linked linked = new KnowledgeBase(store).linked();
    BulkLoader loader = new BulkLoader(store)
        .withLinks(new CorpusLinker(linked.actors(), new EvidenceResolver(linked.graph(), linked.software())));
    long read = 0;
    long added = 0;
    long skipped = 0;
    long claims = 0;
    for (Tlp tlp : markings) {
      long before = read;
      LoadListener listener = n -> progress.read(before + n);
      LoadSummary s = loader.load(tables.read(tlp), tlp, listener);
      read += s.read();
      added += s.added();
      skipped += s.skipped();
      claims += s.claims();
    }
    return new Result(new LoadSummary(read, added, skipped, claims), reindex(loader));
  }

  /** Indexes the stored documents the search index lacks; returns how many. */
  private long reindex(BulkLoader loader) throws IOException {
    try (SearchIndex index = new SearchIndex(store.indexDir())) {
      return loader.indexMissing(index);
    }
  }
}
