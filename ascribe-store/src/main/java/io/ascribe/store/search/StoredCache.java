package io.ascribe.store.search;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;

/**
 * The decoded stored fields of the entries one index reader has returned as hits, kept for that
 * reader's life: Lucene keeps stored documents compressed in blocks, and decompressing a block for
 * each hit of each search was the largest cost of a search. Entries longer than {@value
 * #MAX_ENTRY_CHARS} characters (long ingested documents) are read each time, and at most {@value
 * #BUDGET_CHARS} characters are held in all; past that, further entries are read each time too.
 * Safe for concurrent searches; a reader opened after a change of the index gets a new cache.
 */
final class StoredCache {
  /** The longest entry kept (name, aliases and text together), in characters. */
  static final int MAX_ENTRY_CHARS = 32 * 1024;
  /** The most characters kept for one reader. */
  static final long BUDGET_CHARS = 32L * 1024 * 1024;

  private final IndexReader.CacheKey reader;
  private final AtomicReferenceArray<Stored> entries;
  private final AtomicLong budget = new AtomicLong(BUDGET_CHARS);

  private StoredCache(IndexReader.CacheKey reader, int maxDoc) {
    this.reader = reader;
    this.entries = new AtomicReferenceArray<>(maxDoc);
  }

  /** An empty cache for {@code reader}. */
  static StoredCache of(IndexReader reader) {
    return new StoredCache(keyOf(reader), reader.maxDoc());
  }

  /** True when this cache belongs to {@code reader} (never for a reader without a cache key). */
  boolean isFor(IndexReader reader) {
    return reader != null && this.reader != null && keyOf(reader) == this.reader;
  }

  private static IndexReader.CacheKey keyOf(IndexReader reader) {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    return helper == null ? null : helper.getKey();
  }

  /** The stored fields of document {@code doc}, from the cache or read (and kept when they fit). */
  Stored get(StoredFields stored, int doc) throws IOException {
    Stored held = entries.get(doc);
    if (held != null) {
      return held;
    }
    Stored read = Stored.read(stored, doc);
    long chars = read.chars();
    if (chars <= MAX_ENTRY_CHARS && reserve(chars) && !entries.compareAndSet(doc, null, read)) {
      budget.addAndGet(chars); // another search kept it first
    }
    return read;
  }

  private boolean reserve(long chars) {
    if (budget.addAndGet(-chars) >= 0) {
      return true;
    }
    budget.addAndGet(chars);
    return false;
  }
}
