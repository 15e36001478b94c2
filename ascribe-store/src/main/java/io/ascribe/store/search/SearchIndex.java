package io.ascribe.store.search;

import io.ascribe.alias.EntityKind;
import io.ascribe.alias.Names;
import io.ascribe.profile.Profiles;
import io.ascribe.store.kb.ReadModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * Full-text search over names, aliases and descriptions of actors, software and techniques
 * (Lucene). The index is derived data: {@link #rebuild} recreates it from the read model, so it
 * can always be thrown away and rebuilt ({@code ascribe kb reindex}).
 */
public final class SearchIndex implements AutoCloseable {
  static final String KIND = "kind";
  /** The kind of an ingested document in search results. */
  public static final String DOCUMENT = "document";
  static final String KEY = "key";
  static final String NAME = "name";
  static final String ATTACK_ID = "attack_id";
  static final String ALIASES = "aliases";
  private static final String NORM = "norm";
  static final String TEXT = "description";
  private static final Map<String, Float> WEIGHTS = Map.of(NAME, 4f, ALIASES, 3f, TEXT, 1f);

  /**
   * Aliases and descriptions: analysed, stored, and with each term's character offsets in the
   * postings, so snippets are cut from the postings instead of analysing the text again per search.
   */
  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  private static final long REFRESH_NANOS = 1_000_000_000L;
  private final Path dir;
  private final Analyzer analyzer = new StandardAnalyzer();
  private final Snippets snippets = new Snippets(analyzer);
  private FSDirectory open;
  private SearcherManager searchers;
  private long lastRefresh;
  private volatile StoredCache stored;

  /**
   * The index in {@code dir}. Searches share one reader, reopened when the index changed (checked
   * at most once a second); {@link #close} releases it.
   */
  public SearchIndex(Path dir) {
    this.dir = dir;
  }

  /**
   * The shared searcher manager, opened on first use and refreshed when the index changed; null
   * while there is no index.
   */
  private synchronized SearcherManager searchers() throws IOException {
    if (searchers == null) {
      if (!exists()) {
        return null;
      }
      open = FSDirectory.open(dir);
      searchers = new SearcherManager(open, null);
      lastRefresh = System.nanoTime();
    } else if (System.nanoTime() - lastRefresh > REFRESH_NANOS) {
      searchers.maybeRefresh();
      lastRefresh = System.nanoTime();
    }
    return searchers;
  }

  /** Releases the shared reader (the next search opens it again). */
  @Override
  public synchronized void close() throws IOException {
    if (searchers != null) {
      searchers.close();
      open.close();
      searchers = null;
      open = null;
    }
    stored = null;
  }

  /** An ingested document as the index sees it. */
  public record IndexedDocument(long id, String title, String source, String text) {}

  /** Streams the stored documents to index (so a rebuild keeps them). */
  @FunctionalInterface
  public interface Documents {
    /** Hands every stored document to {@code sink}. */
    void forEach(java.util.function.Consumer<IndexedDocument> sink);

    /** No documents. */
    Documents NONE = sink -> {};
  }

  /** Replaces the whole index with the entities of {@code model} and the given documents. */
  public void rebuild(ReadModel model, Documents documents) throws IOException {
    publish(buildAside(model, documents));
  }

  /** Adds ingested documents to the live index (creating it when needed). */
  public synchronized void add(List<IndexedDocument> documents) throws IOException {
    forceRefresh();
    Files.createDirectories(dir);
    IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    try (FSDirectory d = FSDirectory.open(dir); IndexWriter w = new IndexWriter(d, config)) {
      FieldType textType = textTypeOf(d);
      for (IndexedDocument doc : documents) {
        w.addDocument(document(doc, textType));
      }
      w.commit();
    }
  }

  /** Drops deleted documents (their ids) from the live index; nothing to do when there is no index. */
  public synchronized void remove(List<Long> documentIds) throws IOException {
    if (documentIds.isEmpty() || !exists()) {
      return;
    }
    forceRefresh();
    IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.APPEND);
    try (FSDirectory d = FSDirectory.open(dir); IndexWriter w = new IndexWriter(d, config)) {
      for (long id : documentIds) {
        w.deleteDocuments(new Term(KEY, "doc:" + id));
      }
      w.commit();
    }
  }

  /**
   * Merges the live index into one segment, as after a bulk load: a search looks each word up and
   * builds its scorers once per segment, so a large index left in many segments (16 after indexing
   * 300,000 documents in batches) costs every search more CPU than the same index in one segment
   * (about a third of a warm search there). Results are unchanged: scores use index-wide statistics,
   * and segments are merged in order, so hits of equal score keep their order. Nothing to do when
   * there is no index.
   */
  public synchronized void compact() throws IOException {
    if (!exists()) {
      return;
    }
    forceRefresh();
    IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.APPEND);
    config.setMergePolicy(new LogByteSizeMergePolicy()); // merges segments in order: ties keep their order
    try (FSDirectory d = FSDirectory.open(dir); IndexWriter w = new IndexWriter(d, config)) {
      w.forceMerge(1);
      w.commit();
    }
  }

  /** Makes the next search look for changes at once. */
  private synchronized void forceRefresh() {
    lastRefresh = Long.MIN_VALUE / 2;
  }

  /**
   * The ids of the ingested documents the index holds, read from the terms of the key field (each
   * live {@code doc:<id>} key), without loading a stored document: a server checks this at every
   * start, and reading 300,000 stored documents (decompressing their text) took most of a minute.
   */
  public java.util.Set<Long> documentIds() throws IOException {
    java.util.Set<Long> out = new java.util.HashSet<>();
    if (!exists()) {
      return out;
    }
    BytesRef prefix = new BytesRef("doc:");
    try (FSDirectory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(KEY);
        if (terms == null) {
          continue;
        }
        Bits live = leaf.reader().getLiveDocs();
        TermsEnum te = terms.iterator();
        if (te.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
          continue;
        }
        PostingsEnum postings = null;
        for (BytesRef term = te.term(); term != null && StringHelper.startsWith(term, prefix); term = te.next()) {
          postings = te.postings(postings, PostingsEnum.NONE);
          for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
            if (live == null || live.get(doc)) {
              documentId(term.utf8ToString()).ifPresent(out::add);
              break;
            }
          }
        }
      }
    }
    return out;
  }

  /** The document id in an index key {@code doc:<id>}, if it is one. */
  private static java.util.Optional<Long> documentId(String key) {
    try {
      return java.util.Optional.of(Long.parseLong(key.substring("doc:".length())));
    } catch (NumberFormatException e) {
      return java.util.Optional.empty();
    }
  }

  private static Document document(IndexedDocument d, FieldType textType) {
    String title = d.title() == null || d.title().isBlank() ? d.source() : d.title();
    return doc(DOCUMENT, "doc:" + d.id(), title, null, List.of(), d.text(), textType);
  }

  private static FieldType textWithOffsets() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  /**
   * The text field type an index in {@code d} was built with: an index built before offsets were
   * recorded keeps taking documents without them (Lucene refuses to mix the two in one field)
   * until {@code ascribe kb reindex} rebuilds it; its snippets are then made by analysing the text.
   */
  private static FieldType textTypeOf(FSDirectory d) throws IOException {
    if (!DirectoryReader.indexExists(d)) {
      return TEXT_WITH_OFFSETS;
    }
    try (DirectoryReader reader = DirectoryReader.open(d)) {
      FieldInfo text = FieldInfos.getMergedFieldInfos(reader).fieldInfo(TEXT);
      return text == null || text.getIndexOptions() == IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS
          ? TEXT_WITH_OFFSETS
          : TextField.TYPE_STORED;
    }
  }

  /**
   * Builds a complete index of {@code model} in a staging folder beside the live one, leaving the
   * live index untouched; {@link #publish} or {@link #discard} it afterwards. Safe to run on another
   * thread while the database commits.
   */
  public Path buildAside(ReadModel model, Documents documents) throws IOException {
    Files.createDirectories(dir.toAbsolutePath().getParent());
    Path staged = Files.createTempDirectory(dir.toAbsolutePath().getParent(), dir.getFileName() + ".staging-");
    IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    config.setRAMBufferSizeMB(64);
    config.setMergePolicy(new LogByteSizeMergePolicy()); // keeps the order entries were added in
    try (FSDirectory d = FSDirectory.open(staged); IndexWriter w = new IndexWriter(d, config)) {
      for (Profiles.Actor a : model.actors()) {
        w.addDocument(doc(EntityKind.ACTOR.id(), a.key(), a.name(), a.attackId(),
            a.aliases().stream().map(Profiles.Alias::name).toList(), descriptions(a.descriptions()), TEXT_WITH_OFFSETS));
      }
      for (Profiles.Software s : model.software()) {
        w.addDocument(doc(EntityKind.SOFTWARE.id(), s.key(), s.name(), s.attackId(),
            s.aliases().stream().map(Profiles.Alias::name).toList(), descriptions(s.descriptions()), TEXT_WITH_OFFSETS));
      }
      for (Profiles.Technique t : model.techniques()) {
        if (!t.revoked()) {
          w.addDocument(doc(EntityKind.TECHNIQUE.id(), t.key(), t.name(), t.attackId(), List.of(),
              t.description() == null ? "" : t.description(), TEXT_WITH_OFFSETS));
        }
      }
      IOException[] failed = new IOException[1];
      documents.forEach(stored -> {
        try {
          w.addDocument(document(stored, TEXT_WITH_OFFSETS));
        } catch (IOException e) {
          failed[0] = e;
        }
      });
      if (failed[0] != null) {
        throw failed[0];
      }
      w.forceMerge(1); // a rebuilt index is searched as built: one segment, see compact()
      w.commit();
    } catch (IOException | RuntimeException e) {
      discard(staged);
      throw e;
    }
    return staged;
  }

  /** Makes a staged index the live one, replacing the previous. */
  public void publish(Path staged) throws IOException {
    close();
    Path old = null;
    if (Files.exists(dir)) {
      old = dir.resolveSibling(dir.getFileName() + ".old-" + System.nanoTime());
      Files.move(dir, old, StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(staged, dir, StandardCopyOption.ATOMIC_MOVE);
    if (old != null) {
      discard(old);
    }
  }

  /** Deletes a staged (or old) index folder. */
  public static void discard(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (var walk = Files.walk(folder)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static String descriptions(List<Profiles.Description> ds) {
    return ds.stream().map(Profiles.Description::text).collect(Collectors.joining("\n\n"));
  }

  private static Document doc(String kind, String key, String name, String attackId, List<String> aliases,
      String text, FieldType textType) {
    Document d = new Document();
    d.add(new StringField(KIND, kind, Field.Store.YES));
    d.add(new StringField(KEY, key, Field.Store.YES));
    d.add(new TextField(NAME, name == null ? key : name, Field.Store.YES));
    if (attackId != null) {
      d.add(new StringField(ATTACK_ID, attackId, Field.Store.YES));
      d.add(new StringField(NORM, Names.normalize(attackId), Field.Store.NO));
    }
    d.add(new StringField(NORM, Names.normalize(name), Field.Store.NO));
    for (String alias : aliases) {
      d.add(new StringField(NORM, Names.normalize(alias), Field.Store.NO));
    }
    d.add(new Field(ALIASES, String.join(" ; ", aliases), textType));
    d.add(new Field(TEXT, text, textType));
    return d;
  }

  /** True when an index has been built. */
  public boolean exists() throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (FSDirectory d = FSDirectory.open(dir)) {
      return DirectoryReader.indexExists(d);
    }
  }

  /**
   * Searches; the query accepts {@code "phrases"}, {@code +must}, {@code -not} and {@code
   * prefix*}.
   *
   * @param kind restrict to one kind (actor, software, technique, document), or null for all
   */
  public List<SearchHit> search(String text, String kind, int limit) throws IOException {
    return search(text, kind, limit, keys -> java.util.Set.copyOf(keys));
  }

  /**
   * Searches as {@link #search(String, String, int)}, keeping only the documents the reader may
   * see: the best {@code limit} hits that pass, in rank order. A refused document is passed over
   * before its snippet is made, and the next hits down the ranking take its place, so a page is as
   * full as the reader's clearance allows and says nothing of what it hides.
   *
   * @param gate asked once per batch of hits which of its documents (index keys, {@code doc:<id>})
   *     the reader may see; knowledge-base entities are public and never asked about
   */
  public List<SearchHit> search(String text, String kind, int limit, DocumentGate gate) throws IOException {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, got " + limit);
    }
    SearcherManager manager = searchers();
    if (manager == null) {
      return List.of();
    }
    Query words = words(text);
    Query query = query(words, text, kind);
    IndexSearcher searcher = manager.acquire();
    try {
      // Snippets come from the aliases and descriptions only, where the exact-name clause and the kind
      // filter never match: highlighting with the words alone marks the same passages for less work.
      return snippets.of(searcher, words == null ? query : words,
          Ranking.firstVisible(searcher, storedCache(searcher.getIndexReader()), query, limit, gate));
    } finally {
      manager.release(searcher);
    }
  }

  /** The stored-fields cache of {@code reader}, replacing the previous reader's. */
  private StoredCache storedCache(IndexReader reader) {
    StoredCache cache = stored;
    if (cache == null || !cache.isFor(reader)) {
      cache = StoredCache.of(reader);
      stored = cache;
    }
    return cache;
  }

  /** The user's words as a query over names, aliases and descriptions; null when no word is left after analysis. */
  private Query words(String text) {
    SimpleQueryParser parser = new SimpleQueryParser(analyzer, WEIGHTS);
    parser.setDefaultOperator(BooleanClause.Occur.SHOULD);
    return parser.parse(text);
  }

  /** The words, or else the exact (normalised) name, of one kind or of all. */
  private static Query query(Query words, String text, String kind) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    if (words != null) {
      any.add(words, BooleanClause.Occur.SHOULD);
    }
    String norm = Names.normalize(text);
    if (!norm.isEmpty()) {
      any.add(new BoostQuery(new TermQuery(new Term(NORM, norm)), 20f), BooleanClause.Occur.SHOULD);
    }
    Query query = any.build();
    if (kind == null) {
      return query;
    }
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(KIND, kind)), BooleanClause.Occur.FILTER)
        .build();
  }
}
