package io.ascribe.store.taxii;

import io.ascribe.model.Tlp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * What a build of the TAXII table covered: the knowledge base it read, the documents up to an id
 * (their number and markings, and their claims), and each level's default timestamp. The next
 * refresh may add only the documents after that id when all of it still holds ({@link
 * #whyNotExtendedBy}); anything else (a deleted document, a changed knowledge base) rebuilds.
 *
 * @param kb the layout and knowledge-base part of the fingerprint
 * @param maxDocument the largest document id covered
 * @param documents the count and a weighted sum of markings of the documents up to {@code maxDocument}
 * @param claims the count and largest id of those documents' claims
 * @param defaults each level's default timestamp ({@link TaxiiIndexBuilder#defaultTimes}), "-" when none
 */
record LedgerMark(String kb, long maxDocument, String documents, String claims, List<String> defaults) {
  private static final String SEPARATOR = "\t";

  /** The mark of the store as it is now, for the documents up to {@code maxDocument}. */
  static LedgerMark read(Handle h, String kb, long maxDocument) {
    Map<Tlp, Instant> times = TaxiiIndexBuilder.defaultTimes(h);
    List<String> defaults = new ArrayList<>();
    for (Tlp level : Tlp.values()) {
      Instant t = times.get(level);
      defaults.add(t == null ? "-" : t.toString());
    }
    return new LedgerMark(kb, maxDocument, documents(h, maxDocument), claims(h, maxDocument), defaults);
  }

  private static String documents(Handle h, long upTo) {
    return h.createQuery("select cast(count(*) as varchar) || '-' || cast(coalesce(sum(length(tlp) * id), 0) as varchar) "
        + "from doc_document where id <= :upTo").bind("upTo", upTo).mapTo(String.class).one();
  }

  private static String claims(Handle h, long upTo) {
    return h.createQuery("select cast(count(*) as varchar) || '-' || cast(coalesce(max(id), 0) as varchar) "
        + "from claim where document_id <= :upTo").bind("upTo", upTo).mapTo(String.class).one();
  }

  /**
   * Why the table built at this mark cannot be brought to {@code now} by adding the documents after
   * {@link #maxDocument}, or null when it can.
   */
  String whyNotExtendedBy(Handle h, LedgerMark now) {
    if (!kb.equals(now.kb)) {
      return "the knowledge base changed";
    }
    if (now.maxDocument < maxDocument || !documents.equals(documents(h, maxDocument))) {
      return "documents built before were removed or re-marked";
    }
    if (!claims.equals(claims(h, maxDocument))) {
      return "the claims of documents built before changed";
    }
    for (int i = 0; i < defaults.size(); i++) {
      if (!defaults.get(i).equals("-") && !defaults.get(i).equals(now.defaults.get(i))) {
        return "a new document was ingested before the earliest one of " + Tlp.values()[i].label()
            + ", which dates that level's objects";
      }
    }
    long copies = h.createQuery("select count(*) from doc_document n where n.id > :max and exists "
            + "(select 1 from doc_document o where o.sha256 = n.sha256 and o.id <= :max)")
        .bind("max", maxDocument).mapTo(Long.class).one();
    if (copies > 0) {
      return copies + " new document(s) are further copies of documents built before";
    }
    return null;
  }

  /** Reads a mark as {@link #toString} wrote it. */
  static LedgerMark parse(String text) {
    String[] f = text.split(SEPARATOR, -1);
    if (f.length != 4 + Tlp.values().length) {
      return new LedgerMark("unreadable mark", -1, "", "", List.of());
    }
    return new LedgerMark(f[0], Long.parseLong(f[1]), f[2], f[3], List.of(f).subList(4, f.length));
  }

  @Override
  public String toString() {
    return String.join(SEPARATOR, kb, Long.toString(maxDocument), documents, claims, String.join(SEPARATOR, defaults));
  }
}
