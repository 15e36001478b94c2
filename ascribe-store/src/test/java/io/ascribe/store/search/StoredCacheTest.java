package io.ascribe.store.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The decoded stored fields a reader keeps: what is kept, what is read each time, and a new reader's fresh start. */
class StoredCacheTest {
  @TempDir Path tmp;

  @Test
  void get_shortEntry_isReadOnceAndKept() throws Exception {
    try (ByteBuffersDirectory dir = index("short text"); DirectoryReader reader = DirectoryReader.open(dir)) {
      StoredCache cache = StoredCache.of(reader);
      StoredFields stored = reader.storedFields();
      Stored first = cache.get(stored, 0);
      assertThat(first).isEqualTo(new Stored("technique", "k0", "Entry", null, null, "short text"));
      assertThat(cache.get(stored, 0)).isSameAs(first);
      assertThat(cache.isFor(reader)).isTrue();
    }
  }

  @Test
  void get_entryOverTheEntryLimit_isReadEachTime() throws Exception {
    String text = "x".repeat(StoredCache.MAX_ENTRY_CHARS + 1);
    try (ByteBuffersDirectory dir = index(text); DirectoryReader reader = DirectoryReader.open(dir)) {
      StoredCache cache = StoredCache.of(reader);
      Stored first = cache.get(reader.storedFields(), 0);
      assertThat(first.text()).isEqualTo(text);
      Stored second = cache.get(reader.storedFields(), 0);
      assertThat(second).isEqualTo(first).isNotSameAs(first);
    }
  }

  @Test
  void isFor_readerReopenedAfterAChange_isNot() throws Exception {
    try (ByteBuffersDirectory dir = index("before"); DirectoryReader reader = DirectoryReader.open(dir)) {
      StoredCache cache = StoredCache.of(reader);
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
        w.addDocument(entry(1, "after"));
      }
      try (DirectoryReader reopened = DirectoryReader.openIfChanged(reader)) {
        assertThat(reopened).isNotNull();
        assertThat(cache.isFor(reopened)).isFalse();
      }
    }
  }

  /** Search through {@link SearchIndex}: a document added after a search is found, with its own text, by the next search. */
  @Test
  void search_documentAddedAfterASearch_isFoundWithItsOwnText() throws Exception {
    try (SearchIndex index = new SearchIndex(tmp.resolve("index"))) {
      index.add(List.of(new SearchIndex.IndexedDocument(1, "First", "s1", "ransomware one")));
      assertThat(index.search("ransomware", null, 5)).extracting(SearchHit::key).containsExactly("doc:1");
      index.add(List.of(new SearchIndex.IndexedDocument(2, "Second", "s2", "ransomware ransomware two")));
      List<SearchHit> hits = index.search("ransomware", null, 5);
      assertThat(hits).extracting(SearchHit::key).containsExactlyInAnyOrder("doc:1", "doc:2");
      assertThat(hits).filteredOn(h -> h.key().equals("doc:2")).singleElement()
          .satisfies(h -> assertThat(h.snippet()).contains("two").doesNotContain("one"));
    }
  }

  private static ByteBuffersDirectory index(String text) throws Exception {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
      w.addDocument(entry(0, text));
    }
    return dir;
  }

  private static Document entry(int i, String text) {
    Document d = new Document();
    d.add(new StringField(SearchIndex.KIND, "technique", Field.Store.YES));
    d.add(new StringField(SearchIndex.KEY, "k" + i, Field.Store.YES));
    d.add(new TextField(SearchIndex.NAME, "Entry", Field.Store.YES));
    d.add(new TextField(SearchIndex.TEXT, text, Field.Store.YES));
    return d;
  }
}
