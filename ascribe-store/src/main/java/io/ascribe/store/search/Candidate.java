package io.ascribe.store.search;

/**
 * A ranked hit with its stored fields, which the snippet maker uses as they are instead of
 * decompressing the stored document a second time.
 *
 * @param doc the Lucene document number in the searcher that ranked it
 */
record Candidate(int doc, float score, Stored stored) {

  String kind() {
    return stored.kind();
  }

  String key() {
    return stored.key();
  }

  String name() {
    return stored.name();
  }

  String attackId() {
    return stored.attackId();
  }

  /** True for an ingested document, whose visibility depends on its marking. */
  boolean isDocument() {
    return SearchIndex.DOCUMENT.equals(stored.kind());
  }

  /** The stored value of a highlighted field ({@code aliases} or the description). */
  String field(String name) {
    return switch (name) {
      case SearchIndex.ALIASES -> stored.aliases();
      case SearchIndex.TEXT -> stored.text();
      default -> throw new IllegalArgumentException("no stored text field '" + name + "' in the search index");
    };
  }
}
