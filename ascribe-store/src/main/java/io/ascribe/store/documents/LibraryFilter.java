package io.ascribe.store.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.statement.Query;

/**
 * The {@code where} conditions of a {@link LibraryQuery} over {@code doc_document d}, with their
 * values; the clearance condition always comes first, so no filter can reach a hidden document.
 */
record LibraryFilter(String sql, List<String> visible, List<Object[]> binds) {
  static LibraryFilter of(LibraryQuery q) {
    StringBuilder sql = new StringBuilder(" where d.tlp in (<visible>)" + DocumentStore.CURRENT_COPY);
    List<Object[]> binds = new ArrayList<>();
    if (q.tlp() != null) {
      sql.append(" and d.tlp = :tlp");
      binds.add(new Object[] {"tlp", q.tlp().name()});
    }
    if (q.publisher() != null) {
      sql.append(" and lower(d.publisher) = :publisher");
      binds.add(new Object[] {"publisher", q.publisher().toLowerCase(Locale.ROOT)});
    }
    if (q.language() != null) {
      sql.append(" and d.language = :language");
      binds.add(new Object[] {"language", q.language().toLowerCase(Locale.ROOT)});
    }
    if (q.since() != null) {
      sql.append(" and d.published >= :since");
      binds.add(new Object[] {"since", q.since()});
    }
    if (q.until() != null) {
      sql.append(" and d.published <= :until");
      binds.add(new Object[] {"until", q.until()});
    }
    if (q.hasClaims() != null) {
      sql.append(q.hasClaims() ? " and" : " and not").append(" exists (select 1 from claim c where c.document_id = d.id)");
    }
    return new LibraryFilter(sql.toString(), DocumentStore.visible(q.maxTlp()), List.copyOf(binds));
  }

  /** The {@code order by} clause of the query's sort, ending with the id so pages never overlap. */
  static String order(LibraryQuery.Sort sort) {
    return switch (sort) {
      case INGESTED -> " order by d.id desc";
      case PUBLISHED -> " order by d.published desc nulls last, d.id desc";
      case TITLE -> " order by lower(d.title) asc nulls last, d.id asc";
    };
  }

  /** {@code query} with the clearance list and every filter value bound. */
  Query bind(Query query) {
    query.bindList("visible", visible);
    for (Object[] b : binds) {
      query.bind((String) b[0], b[1]);
    }
    return query;
  }
}
