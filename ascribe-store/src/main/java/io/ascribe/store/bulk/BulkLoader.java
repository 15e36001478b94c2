package io.ascribe.store.bulk;

import io.ascribe.corpus.CorpusLinker;
import io.ascribe.extract.ExtractedDocument;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.documents.ClaimPairCounts;
import io.ascribe.store.documents.CorpusLinkStore;
import io.ascribe.store.documents.DocumentInserts;
import io.ascribe.store.documents.DocumentStore;
import io.ascribe.store.documents.DocumentsVersion;
import io.ascribe.store.search.SearchIndex;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * Loads extracted documents into the store, skipping every sha256 stored already, so loading the
 * same tables twice changes nothing. Each document is stored whole or not at all.
 *
 * <p>Documents go in batches, one transaction each: the batch's sha256s already stored (at any
 * marking) or repeated within the batch are skipped, and the rest are written with PostgreSQL's
 * {@code COPY} ({@link CopyWriter}) or, on the embedded database, one batched insert per table
 * ({@link DocumentInserts}), and the who-accuses-whom counts ({@link ClaimPairCounts}) take the batch's
 * claims in the same transaction, as do the corpus links of a loader made {@link #withLinks with links}. A batch that fails is rolled back whole, so every document is either
 * stored with everything extracted from it or not at all. The search index is brought up to date
 * separately, by {@link #indexMissing}.
 */
public final class BulkLoader {
  /** Documents per batch (and transaction) unless a test asks for fewer. */
  static final int BATCH = 1000;
  private static final int INDEX_BATCH = 2000;
  /** Documents a load adds before it refreshes PostgreSQL's planner statistics itself. */
  private static final long ANALYZE_AFTER = 10_000;

  private final Store store;
  private final int batchSize;
  private final BatchWriter writer;
  /** Ties each new document to actors, as {@code ingest} does; null stores no corpus links. */
  private final CorpusLinker linker;

  /** A loader into {@code store}. */
  public BulkLoader(Store store) {
    this(store, BATCH, null);
  }

  /** A loader into {@code store} writing {@code batchSize} documents per transaction. */
  BulkLoader(Store store, int batchSize) {
    this(store, batchSize, null);
  }

  private BulkLoader(Store store, int batchSize, CorpusLinker linker) {
    this.store = Objects.requireNonNull(store, "store");
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
    }
    this.batchSize = batchSize;
    this.writer = store.embedded() ? DocumentInserts::insert : new CopyWriter();
    this.linker = linker;
  }

  /**
   * The same loader, also storing what each new document ties to actors ({@link CorpusLinker}, no
   * declared actor), so bulk-loaded documents count as corpus evidence like ingested ones.
   */
  public BulkLoader withLinks(CorpusLinker corpusLinker) {
    return new BulkLoader(store, batchSize, Objects.requireNonNull(corpusLinker, "corpusLinker"));
  }

  /** Loads every document of {@code source} at marking {@code tlp}. */
  public LoadSummary load(Iterator<ExtractedDocument> source, Tlp tlp, LoadListener listener) {
    Objects.requireNonNull(tlp, "tlp");
    Objects.requireNonNull(listener, "listener");
    long read = 0;
    long added = 0;
    long claims = 0;
    List<ExtractedDocument> batch = new ArrayList<>(batchSize);
    while (source.hasNext()) {
      ExtractedDocument d = Objects.requireNonNull(source.next(), "the source gave a null document");
      batch.add(d);
      read++;
      if (batch.size() == batchSize || !source.hasNext()) {
        List<ExtractedDocument> stored = loadBatch(batch, tlp);
        added += stored.size();
        claims += stored.stream().mapToLong(s -> s.claims().size()).sum();
        batch.clear();
        listener.loaded(read);
      }
    }
    if (added >= ANALYZE_AFTER && !store.embedded()) {
      // fresh statistics now, not when autovacuum next looks: the planner's choice of index for the
      // ledger depends on them
      store.jdbi().useHandle(h -> h.execute("analyze doc_document, claim, claim_pair_count, doc_indicator, doc_technique, "
          + "doc_entity"));
    }
    return new LoadSummary(read, added, read - added, claims);
  }

  /** Stores the documents of {@code batch} not stored yet, in one transaction; returns them. */
  private List<ExtractedDocument> loadBatch(List<ExtractedDocument> batch, Tlp tlp) {
    Map<String, ExtractedDocument> unique = new LinkedHashMap<>();
    for (ExtractedDocument d : batch) {
      if (d.sha256() == null || !d.sha256().matches("[0-9a-f]{64}")) {
        throw new IllegalArgumentException("document " + d.source() + ": sha256 must be 64 lower-case hex digits, got '"
            + d.sha256() + "'");
      }
      unique.putIfAbsent(d.sha256(), d);
    }
    return store.jdbi().inTransaction(h -> {
      Set<String> present = new HashSet<>(h.createQuery("select distinct sha256 from doc_document where sha256 in (<shas>)")
          .bindList("shas", List.copyOf(unique.keySet())).mapTo(String.class).list());
      List<ExtractedDocument> fresh = unique.values().stream().filter(d -> !present.contains(d.sha256())).toList();
      if (!fresh.isEmpty()) {
        DocumentsVersion.raise(h);
        writer.write(h, fresh, tlp);
        if (linker != null) {
          storeLinks(h, fresh);
        }
        ClaimPairCounts.count(h, store.embedded(), fresh.stream().flatMap(d -> d.claims().stream()).toList(), tlp, 1);
      }
      return fresh;
    });
  }

  /** Stores the corpus links of the documents just written, in the batch's transaction. */
  private void storeLinks(Handle h, List<ExtractedDocument> fresh) {
    Map<String, Long> ids = h.createQuery("select sha256, id from doc_document where sha256 in (<shas>)")
        .bindList("shas", fresh.stream().map(ExtractedDocument::sha256).toList())
        .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    for (ExtractedDocument d : fresh) {
      CorpusLinkStore.insert(h, ids.get(d.sha256()), linker.links(d, null));
    }
  }

  /**
   * Adds to {@code index} every stored document it lacks (those of bulk loads, which leave the
   * index alone), in batches; returns how many were added. After a bulk of them (at least one
   * batch) the index is merged into one segment ({@link SearchIndex#compact}).
   */
  public long indexMissing(SearchIndex index) throws IOException {
    Set<Long> indexed = index.documentIds();
    List<SearchIndex.IndexedDocument> pending = new ArrayList<>(INDEX_BATCH);
    long[] count = {0};
    IOException[] failure = {null};
    new DocumentStore(store).forIndexExcept(indexed).forEach(d -> {
      if (failure[0] != null) {
        return;
      }
      pending.add(d);
      count[0]++;
      if (pending.size() == INDEX_BATCH) {
        failure[0] = flush(index, pending);
      }
    });
    if (failure[0] == null) {
      failure[0] = flush(index, pending);
    }
    if (failure[0] != null) {
      throw failure[0];
    }
    if (count[0] >= INDEX_BATCH) {
      index.compact(); // a bulk load leaves many segments, and every search pays per segment
    }
    return count[0];
  }

  private static IOException flush(SearchIndex index, List<SearchIndex.IndexedDocument> pending) {
    try {
      if (!pending.isEmpty()) {
        index.add(pending);
        pending.clear();
      }
      return null;
    } catch (IOException e) {
      return e;
    }
  }
}
