package io.ascribe.store.search;

import java.io.IOException;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.ScoreDoc;

/**
 * A ranked hit with every stored field read in one pass over its stored document, so the snippet
 * maker can use the same values instead of decompressing the document a second time.
 *
 * @param doc the Lucene document number in the searcher that ranked it
 * @param aliases the stored aliases, or null when the entry has none stored
 * @param text the stored description or document text, or null when none is stored
 */
record Candidate(int doc, float score, String kind, String key, String name, String attackId, String aliases,
    String text) {

  /** True for an ingested document, whose visibility depends on its marking. */
  boolean isDocument() {
    return SearchIndex.DOCUMENT.equals(kind);
  }

  /** The stored value of a highlighted field ({@code aliases} or the description). */
  String field(String name) {
    return switch (name) {
      case SearchIndex.ALIASES -> aliases;
      case SearchIndex.TEXT -> text;
      default -> throw new IllegalArgumentException("no stored text field '" + name + "' in the search index");
    };
  }

  /** Reads the stored fields of a ranked hit. */
  static Candidate read(StoredFields stored, ScoreDoc hit) throws IOException {
    Visitor v = new Visitor();
    stored.document(hit.doc, v);
    return new Candidate(hit.doc, hit.score, v.kind, v.key, v.name, v.attackId, v.aliases, v.text);
  }

  /** Collects the first value of each stored field (every field of an entry holds one value). */
  private static final class Visitor extends StoredFieldVisitor {
    private String kind;
    private String key;
    private String name;
    private String attackId;
    private String aliases;
    private String text;

    @Override
    public Status needsField(FieldInfo fieldInfo) {
      return Status.YES;
    }

    @Override
    public void stringField(FieldInfo fieldInfo, String value) {
      switch (fieldInfo.name) {
        case SearchIndex.KIND -> kind = first(kind, value);
        case SearchIndex.KEY -> key = first(key, value);
        case SearchIndex.NAME -> name = first(name, value);
        case SearchIndex.ATTACK_ID -> attackId = first(attackId, value);
        case SearchIndex.ALIASES -> aliases = first(aliases, value);
        case SearchIndex.TEXT -> text = first(text, value);
        default -> { }
      }
    }

    private static String first(String held, String value) {
      return held == null ? value : held;
    }
  }
}
