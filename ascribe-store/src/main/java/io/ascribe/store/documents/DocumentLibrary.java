package io.ascribe.store.documents;

import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * The document library: stored documents one page at a time, filtered by marking, publisher,
 * language, publication date and whether they carry claims, each with its counts of indicators,
 * techniques and claims; the filter values on offer; and the titles that stand for documents
 * wherever they are referred to. Everything is decided in SQL at the reader's clearance: a
 * document above it is not listed, not counted, and lends no publisher, language or title.
 */
public final class DocumentLibrary {
  /** The most publishers {@link #facets} offers (the most frequent first). */
  public static final int MAX_PUBLISHERS = 200;
  private final Store store;

  public DocumentLibrary(Store store) {
    this.store = store;
  }

  /**
   * A document as the library lists it.
   *
   * @param published the publication date as extracted (ISO, may be absent)
   * @param language the language code, such as {@code en}
   */
  public record Entry(String sha256, String title, String source, String publisher, String published, String language,
      Tlp tlp, Instant ingestedAt, int indicators, int techniques, int claims) {}

  /**
   * One page of the library.
   *
   * @param total how many documents match the query at the reader's clearance
   */
  public record Page(List<Entry> documents, long total, int offset, int limit) {
    public Page {
      documents = List.copyOf(documents);
    }

    /** The offset of the next page, or -1 on the last one. */
    public int nextOffset() {
      return offset + documents.size() < total ? offset + limit : -1;
    }

    /** This page's number, from 1. */
    public long number() {
      return offset / limit + 1;
    }

    /** How many pages the matching documents fill (at least 1). */
    public long pages() {
      return Math.max(1, (total + limit - 1) / limit);
    }
  }

  /**
   * The filter values a reader may choose from, taken only from documents within their clearance.
   *
   * @param publishers the most frequent publishers, at most {@link #MAX_PUBLISHERS}, by name
   * @param languages every language code, in order
   */
  public record Facets(List<String> publishers, List<String> languages) {
    public Facets {
      publishers = List.copyOf(publishers);
      languages = List.copyOf(languages);
    }
  }

  /** The {@code limit} documents matching {@code q} from {@code offset} on, with their total. */
  public Page page(LibraryQuery q, int offset, int limit) {
    if (offset < 0 || limit < 1) {
      throw new IllegalArgumentException("offset must be >= 0 and limit >= 1, got " + offset + " and " + limit);
    }
    LibraryFilter filter = LibraryFilter.of(q);
    return store.jdbi().inTransaction(h -> {
      long total = filter.bind(h.createQuery("select count(*) from doc_document d" + filter.sql()))
          .mapTo(Long.class).one();
      List<Entry> rows = total <= offset ? List.of() : entries(h, filter, q.sort(), offset, limit);
      return new Page(rows, total, offset, limit);
    });
  }

  private static List<Entry> entries(Handle h, LibraryFilter filter, LibraryQuery.Sort sort, int offset, int limit) {
    String sql = "select d.sha256, d.title, d.source, d.publisher, d.published, d.language, d.tlp, d.ingested_at, "
        + "(select count(*) from doc_indicator i where i.document_id = d.id), "
        + "(select count(*) from doc_technique t where t.document_id = d.id), "
        + "(select count(*) from claim c where c.document_id = d.id) "
        + "from doc_document d" + filter.sql() + LibraryFilter.order(sort)
        + " offset " + offset + " rows fetch next " + limit + " rows only";
    return filter.bind(h.createQuery(sql))
        .map((rs, ctx) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), Tlp.valueOf(rs.getString(7)), rs.getObject(8, OffsetDateTime.class).toInstant(),
            rs.getInt(9), rs.getInt(10), rs.getInt(11)))
        .list();
  }

  /** The publishers and languages of the documents the reader may see. */
  public Facets facets(Tlp maxTlp) {
    List<String> visible = DocumentStore.visible(maxTlp);
    return store.jdbi().withHandle(h -> {
      List<String> publishers = h.createQuery("select d.publisher from doc_document d where d.tlp in (<visible>)"
              + DocumentStore.CURRENT_COPY + " and d.publisher is not null group by d.publisher order by count(*) desc, d.publisher "
              + "fetch first " + MAX_PUBLISHERS + " rows only")
          .bindList("visible", visible).mapTo(String.class).list();
      List<String> languages = h.createQuery("select distinct d.language from doc_document d where d.tlp in (<visible>) "
              + "order by d.language")
          .bindList("visible", visible).mapTo(String.class).list();
      return new Facets(publishers.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), languages);
    });
  }

  /**
   * The titles of those of {@code sha256s} the reader may see, by SHA-256; a document that is
   * missing or above the clearance is absent from the map, and an untitled one maps to "".
   */
  public Map<String, String> titles(Collection<String> sha256s, Tlp maxTlp) {
    List<String> wanted = sha256s.stream().distinct().toList();
    if (wanted.isEmpty()) {
      return Map.of();
    }
    Map<String, String> out = new LinkedHashMap<>();
    store.jdbi().useHandle(h -> h.createQuery("select d.sha256, d.title from doc_document d where d.sha256 in (<shas>) "
            + "and d.tlp in (<visible>)" + DocumentStore.CURRENT_COPY)
        .bindList("shas", wanted).bindList("visible", DocumentStore.visible(maxTlp))
        .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2) == null ? "" : rs.getString(2).strip()))
        .forEach(e -> out.put(e.getKey(), e.getValue())));
    return out;
  }
}
