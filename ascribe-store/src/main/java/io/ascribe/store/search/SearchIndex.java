package io.ascribe.store.search;

import io.ascribe.alias.EntityKind;
import io.ascribe.alias.Names;
import io.ascribe.profile.Profiles;
import io.ascribe.store.kb.ReadModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

/**
 * Full-text search over names, aliases and descriptions of actors, software and techniques
 * (Lucene). The index is derived data: {@link #rebuild} recreates it from the read model, so it
 * can always be thrown away and rebuilt ({@code ascribe kb reindex}).
 */
public final class SearchIndex implements AutoCloseable {
  private static final String KIND = "kind";
  /** The kind of an ingested document in search results. */
  public static final String DOCUMENT = "document";
  private static final String KEY = "key";
  private static final String NAME = "name";
  private static final String ATTACK_ID = "attack_id";
  private static final String ALIASES = "aliases";
  private static final String NORM = "norm";
  private static final String TEXT = "description";
  private static final Map<String, Float> WEIGHTS = Map.of(NAME, 4f, ALIASES, 3f, TEXT, 1f);

  private static final long REFRESH_NANOS = 1_000_000_000L;
  private final Path dir;
  private FSDirectory open;
  private org.apache.lucene.search.SearcherManager searchers;
  private long lastRefresh;

  /**
   * The index in {@code dir}. Searches share one reader, reopened when the index changed (checked
   * at most once a second); {@link #close} releases it.
   */
  public SearchIndex(Path dir) {
    this.dir = dir;
  }

  /** The shared searcher manager, opened on first use and refreshed when the index changed. */
  private synchronized org.apache.lucene.search.SearcherManager searchers() throws IOException {
    if (searchers == null) {
      open = FSDirectory.open(dir);
      searchers = new org.apache.lucene.search.SearcherManager(open, null);
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
  public void add(List<IndexedDocument> documents) throws IOException {
    forceRefresh();
    Files.createDirectories(dir);
    IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    try (FSDirectory d = FSDirectory.open(dir); IndexWriter w = new IndexWriter(d, config)) {
      for (IndexedDocument doc : documents) {
        w.addDocument(document(doc));
      }
      w.commit();
    }
  }

  /** Makes the next search look for changes at once. */
  private synchronized void forceRefresh() {
    lastRefresh = Long.MIN_VALUE / 2;
  }

  /** The ids of the ingested documents the index holds. */
  public java.util.Set<Long> documentIds() throws IOException {
    java.util.Set<Long> out = new java.util.HashSet<>();
    if (!exists()) {
      return out;
    }
    try (FSDirectory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      TopDocs all = searcher.search(new TermQuery(new Term(KIND, DOCUMENT)), Math.max(1, reader.maxDoc()));
      for (ScoreDoc sd : all.scoreDocs) {
        String key = searcher.storedFields().document(sd.doc, java.util.Set.of(KEY)).get(KEY);
        out.add(Long.parseLong(key.substring("doc:".length())));
      }
    }
    return out;
  }

  private static Document document(IndexedDocument d) {
    String title = d.title() == null || d.title().isBlank() ? d.source() : d.title();
    return doc(DOCUMENT, "doc:" + d.id(), title, null, List.of(), d.text());
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
    try (FSDirectory d = FSDirectory.open(staged); IndexWriter w = new IndexWriter(d, config)) {
      for (Profiles.Actor a : model.actors()) {
        w.addDocument(doc(EntityKind.ACTOR.id(), a.key(), a.name(), a.attackId(),
            a.aliases().stream().map(Profiles.Alias::name).toList(), descriptions(a.descriptions())));
      }
      for (Profiles.Software s : model.software()) {
        w.addDocument(doc(EntityKind.SOFTWARE.id(), s.key(), s.name(), s.attackId(),
            s.aliases().stream().map(Profiles.Alias::name).toList(), descriptions(s.descriptions())));
      }
      for (Profiles.Technique t : model.techniques()) {
        if (!t.revoked()) {
          w.addDocument(doc(EntityKind.TECHNIQUE.id(), t.key(), t.name(), t.attackId(), List.of(),
              t.description() == null ? "" : t.description()));
        }
      }
      IOException[] failed = new IOException[1];
      documents.forEach(stored -> {
        try {
          w.addDocument(document(stored));
        } catch (IOException e) {
          failed[0] = e;
        }
      });
      if (failed[0] != null) {
        throw failed[0];
      }
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

  private static Document doc(
      String kind, String key, String name, String attackId, List<String> aliases, String text) {
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
    d.add(new TextField(ALIASES, String.join(" ; ", aliases), Field.Store.YES));
    d.add(new TextField(TEXT, text, Field.Store.YES));
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
    if (!exists()) {
      return List.of();
    }
    Analyzer analyzer = new StandardAnalyzer();
    SimpleQueryParser parser = new SimpleQueryParser(analyzer, WEIGHTS);
    parser.setDefaultOperator(BooleanClause.Occur.SHOULD);
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    Query parsed = parser.parse(text);
    if (parsed != null) {
      any.add(parsed, BooleanClause.Occur.SHOULD);
    }
    String norm = Names.normalize(text);
    if (!norm.isEmpty()) {
      any.add(new BoostQuery(new TermQuery(new Term(NORM, norm)), 20f), BooleanClause.Occur.SHOULD);
    }
    Query query = any.build();
    if (kind != null) {
      query = new BooleanQuery.Builder()
          .add(query, BooleanClause.Occur.MUST)
          .add(new TermQuery(new Term(KIND, kind)), BooleanClause.Occur.FILTER)
          .build();
    }
    org.apache.lucene.search.SearcherManager manager = searchers();
    IndexSearcher searcher = manager.acquire();
    try {
      TopDocs top = searcher.search(query, limit);
      UnifiedHighlighter highlighter =
          UnifiedHighlighter.builder(searcher, analyzer)
              .withFormatter(new DefaultPassageFormatter("«", "»", " … ", false))
              .withMaxLength(100_000)
              .build();
      Map<String, String[]> snippets =
          highlighter.highlightFields(new String[] {ALIASES, TEXT}, query, top, new int[] {1, 1});
      List<SearchHit> hits = new ArrayList<>();
      for (int i = 0; i < top.scoreDocs.length; i++) {
        ScoreDoc sd = top.scoreDocs[i];
        Document doc = searcher.storedFields().document(sd.doc);
        String snippet = first(snippets.get(TEXT)[i], snippets.get(ALIASES)[i]);
        hits.add(new SearchHit(doc.get(KIND), doc.get(KEY), doc.get(NAME), doc.get(ATTACK_ID), sd.score, snippet));
      }
      return hits;
    } finally {
      manager.release(searcher);
    }
  }

  private static String first(String a, String b) {
    if (a != null && a.contains("«")) {
      return a;
    }
    if (b != null && b.contains("«")) {
      return "aka " + b;
    }
    return a;
  }
}
