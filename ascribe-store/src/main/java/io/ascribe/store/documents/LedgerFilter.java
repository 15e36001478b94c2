package io.ascribe.store.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.statement.Query;

/** The {@code where} conditions of a {@link DocumentStore.LedgerQuery} over {@code claim c}, with their values. */
record LedgerFilter(String sql, List<Object[]> binds) {
  static LedgerFilter of(DocumentStore.LedgerQuery q) {
    StringBuilder sql = new StringBuilder();
    List<Object[]> binds = new ArrayList<>();
    if (q.actor() != null) {
      sql.append(" and lower(c.threat_actor) = :actor");
      binds.add(new Object[] {"actor", q.actor().toLowerCase(Locale.ROOT)});
    }
    if (q.country() != null) {
      sql.append(" and (c.claimant_country = :country or c.accused_country = :country)");
      binds.add(new Object[] {"country", q.country().toUpperCase(Locale.ROOT)});
    }
    if (q.claimant() != null) {
      sql.append(" and c.claimant_country = :claimant");
      binds.add(new Object[] {"claimant", q.claimant().toUpperCase(Locale.ROOT)});
    }
    if (q.accused() != null) {
      sql.append(" and c.accused_country = :accused");
      binds.add(new Object[] {"accused", q.accused().toUpperCase(Locale.ROOT)});
    }
    if (q.type() != null) {
      sql.append(" and c.type = :type");
      binds.add(new Object[] {"type", q.type()});
    }
    if (q.since() != null) {
      sql.append(" and c.claim_date >= :since");
      binds.add(new Object[] {"since", q.since()});
    }
    if (q.until() != null) {
      sql.append(" and c.claim_date <= :until");
      binds.add(new Object[] {"until", q.until()});
    }
    return new LedgerFilter(sql.toString(), List.copyOf(binds));
  }

  Query bind(Query query) {
    for (Object[] b : binds) {
      query.bind((String) b[0], b[1]);
    }
    return query;
  }
}
