package io.ascribe.store.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * Snippets with one query weight per segment ({@link MatchesPerSegment}) are the snippets Lucene's
 * own highlighter makes, weight per document, over an index of several segments and queries of
 * every form the search accepts.
 */
class SnippetsTest {
  private static final String[] WORDS = {"ransomware", "phishing", "bear", "panda", "credential", "dumping", "spear",
      "email", "lateral", "movement", "the", "of", "beacon", "cobalt", "strike", "loader"};
  private static final List<String> QUERIES = List.of("ransomware", "phishing email", "\"spear phishing\"",
      "\"cobalt strike\" beacon", "cred*", "+credential +dumping", "+phishing -email", "-bear panda", "the of",
      "lateral movement", "loader*", "nothingmatches");

  @Test
  void snippets_severalSegmentsAndEveryQueryForm_sameAsLucenesHighlighter() throws Exception {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    StandardAnalyzer analyzer = new StandardAnalyzer();
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      IndexWriterConfig config = new IndexWriterConfig(analyzer).setMaxBufferedDocs(7);
      try (IndexWriter w = new IndexWriter(dir, config)) {
        for (int i = 0; i < 60; i++) {
          w.addDocument(entry(i, random));
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertThat(reader.leaves().size()).as("segments").isGreaterThan(3);
        IndexSearcher searcher = new IndexSearcher(reader);
        StoredCache cache = StoredCache.of(reader);
        Snippets snippets = new Snippets(analyzer);
        for (String text : QUERIES) {
          SimpleQueryParser parser = new SimpleQueryParser(analyzer, SearchIndex.TEXT);
          parser.setDefaultOperator(BooleanClause.Occur.SHOULD);
          Query query = parser.parse(text);
          ScoreDoc[] top = searcher.search(query, 40).scoreDocs;
          List<Candidate> page = new ArrayList<>();
          int[] docs = new int[top.length];
          for (int i = 0; i < top.length; i++) {
            page.add(new Candidate(top[i].doc, top[i].score, cache.get(searcher.storedFields(), top[i].doc)));
            docs[i] = top[i].doc;
          }
          List<SearchHit> ours = snippets.of(searcher, query, page);
          String[] lucenes = UnifiedHighlighter.builder(searcher, analyzer)
              .withFormatter(new DefaultPassageFormatter("«", "»", " … ", false))
              .withMaxLength(Snippets.MAX_LENGTH).build()
              .highlightFields(new String[] {SearchIndex.TEXT}, query, docs, new int[] {1}).get(SearchIndex.TEXT);
          for (int i = 0; i < top.length; i++) {
            assertThat(ours.get(i).snippet()).as("seed %d, query %s, doc %d", seed, text, docs[i])
                .isEqualTo(lucenes[i]);
          }
        }
      }
    }
  }

  private static Document entry(int i, Random random) {
    StringBuilder text = new StringBuilder();
    for (int sentence = 0; sentence < 1 + random.nextInt(6); sentence++) {
      for (int w = 0; w < 4 + random.nextInt(12); w++) {
        text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
      }
      text.append(". ");
    }
    FieldType offsets = new FieldType(TextField.TYPE_STORED);
    offsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    Document d = new Document();
    d.add(new StringField(SearchIndex.KIND, "technique", Field.Store.YES));
    d.add(new StringField(SearchIndex.KEY, "k" + i, Field.Store.YES));
    d.add(new TextField(SearchIndex.NAME, "Entry " + i, Field.Store.YES));
    d.add(new Field(SearchIndex.ALIASES, "", offsets));
    d.add(new Field(SearchIndex.TEXT, text.toString().strip(), offsets));
    return d;
  }
}
