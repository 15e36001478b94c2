package io.ascribe.store.search;

import java.io.IOException;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;

/**
 * An index entry's stored fields, read in one pass over its stored document (every field of an
 * entry holds one value).
 *
 * @param aliases the stored aliases, or null when the entry has none stored
 * @param text the stored description or document text, or null when none is stored
 */
record Stored(String kind, String key, String name, String attackId, String aliases, String text) {

  /** Characters held, for the cache's budget. */
  long chars() {
    return length(kind) + length(key) + length(name) + length(attackId) + length(aliases) + length(text);
  }

  private static long length(String s) {
    return s == null ? 0 : s.length();
  }

  /** Reads and decodes the stored fields of document {@code doc}. */
  static Stored read(StoredFields stored, int doc) throws IOException {
    Visitor v = new Visitor();
    stored.document(doc, v);
    return new Stored(v.kind, v.key, v.name, v.attackId, v.aliases, v.text);
  }

  /** Collects the first value of each stored field. */
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
