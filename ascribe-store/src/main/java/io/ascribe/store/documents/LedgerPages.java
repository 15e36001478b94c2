package io.ascribe.store.documents;

import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * The claims ledger read a page at a time by position (keyset paging): a page starts after (or
 * ends before) a {@link LedgerCursor}, so a deep page costs what the first does, where an offset
 * would make the database walk past every claim before it.
 *
 * <p>The ledger runs newest first, by claim date then id, with the undated claims last (newest id
 * first). Each page is read as at most two range scans: dated claims on the index over
 * {@code (claim_date, id)}, then, when the page reaches past them, undated ones by id. A country
 * filter (claimant or accused) reads two arms instead, on the indexes over
 * {@code (claimant_country, claim_date, id)} and {@code (accused_country, claim_date, id)}, or, with
 * a type, over {@code (claimant_country, type, claim_date, id)} and its accused twin (V11). A page's
 * claims are chosen from {@code claim} alone, which carries its document's marking and whether that
 * document is the current copy of its bytes (V15; on PostgreSQL the ranges are indexed over the
 * current claims only), and only the chosen ones are joined to their documents. The
 * total comes with the first page only ({@link LedgerTotals}): exact from maintained counts for a
 * filter by country, type and dates, else counted up to {@link #TOTAL_CAP}, since a count of a
 * million rows would cost more than the page.
 */
public final class LedgerPages {
  /** The largest total counted exactly when it is counted from the claims (see {@link LedgerTotals}). */
  public static final int TOTAL_CAP = 1000;

  private final Store store;

  public LedgerPages(Store store) {
    this.store = store;
  }

  /** The {@code limit} claims matching {@code q} after {@code after} (null: from the newest), newest first. */
  public LedgerSlice after(DocumentStore.LedgerQuery q, LedgerCursor after, int limit) {
    check(limit);
    return store.jdbi().inTransaction(h -> {
      genericPlans(h);
      List<Row> rows = new ArrayList<>();
      if (after == null || after.date() != null) {
        rows.addAll(read(h, q, "c.claim_date is not null"
            + (after == null ? "" : " and (c.claim_date, c.id) < (:cursorDate, :cursorId)"),
            "c.claim_date desc, c.id desc", after, limit + 1));
      }
      if (rows.size() <= limit) {
        rows.addAll(read(h, q, "c.claim_date is null" + (after != null && after.date() == null ? " and c.id < :cursorId" : ""),
            "c.id desc", after, limit + 1 - rows.size()));
      }
      boolean more = rows.size() > limit;
      List<Row> page = more ? rows.subList(0, limit) : rows;
      return slice(h, q, page, after != null && !page.isEmpty(), more, after == null);
    });
  }

  /** The {@code limit} claims matching {@code q} just before (newer than) {@code before}, newest first. */
  public LedgerSlice before(DocumentStore.LedgerQuery q, LedgerCursor before, int limit) {
    check(limit);
    return store.jdbi().inTransaction(h -> {
      genericPlans(h);
      List<Row> rows = new ArrayList<>();
      if (before.date() == null) {
        rows.addAll(read(h, q, "c.claim_date is null and c.id > :cursorId", "c.id", before, limit + 1));
      }
      if (rows.size() <= limit) {
        rows.addAll(read(h, q, "c.claim_date is not null"
            + (before.date() == null ? "" : " and (c.claim_date, c.id) > (:cursorDate, :cursorId)"),
            "c.claim_date, c.id", before, limit + 1 - rows.size()));
      }
      boolean more = rows.size() > limit;
      List<Row> page = new ArrayList<>(more ? rows.subList(0, limit) : rows);
      Collections.reverse(page);
      return slice(h, q, page, more, !page.isEmpty(), false);
    });
  }

  /**
   * On PostgreSQL, lets this transaction's statements run on their generic plans: a page's SQL text
   * is the same for every request of one filter shape and clearance (the values are bound), so once
   * the driver has prepared it on a connection it is planned once, not per request as a custom plan
   * (planning cost about as much as running the page). The generic plans are the same index ranges
   * (see ARCHITECTURE.md).
   */
  private void genericPlans(Handle h) {
    if (!store.embedded()) {
      h.execute("set local plan_cache_mode = force_generic_plan");
    }
  }

  private static void check(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1, got " + limit);
    }
  }

  /** A claim with its position. */
  private record Row(DocumentStore.LedgerEntry entry, LedgerCursor at) {}

  private static LedgerSlice slice(Handle h, DocumentStore.LedgerQuery q, List<Row> page, boolean newer, boolean older,
      boolean first) {
    LedgerTotals.Total total = first ? LedgerTotals.of(h, q) : null;
    return new LedgerSlice(page.stream().map(Row::entry).toList(), total == null ? null : total.claims(),
        total == null ? null : total.exact(), newer ? page.get(0).at() : null,
        older ? page.get(page.size() - 1).at() : null);
  }

  private static List<Row> read(Handle h, DocumentStore.LedgerQuery q, String range, String order, LedgerCursor cursor,
      int limit) {
    String fetch = " order by " + order + " fetch first " + limit + " rows only";
    String sql = "select " + CLAIM_COLUMNS + " from claim c where " + DocumentStore.CURRENT_CLAIM + " and " + range;
    String chosen = q.country() == null ? sql + LedgerFilter.of(q).sql() + fetch
        : "select * from (" + countryArms(q, sql, fetch) + ") u order by " + order.replace("c.", "") + " fetch first "
            + limit + " rows only";
    // the page's claims are chosen from claim alone (one index range, or two for a country); only
    // then are their documents read, by primary key, with the clearance checked on the documents too
    String full = "select " + DocumentStore.LEDGER_COLUMNS + ", c.id from (" + chosen + ") c join doc_document d "
        + "on d.id = c.document_id where d.tlp in (<visible>) order by " + order;
    Query query = bind(h, q, full);
    if (full.contains(":cursorId")) {
      query.bind("cursorId", cursor.id());
    }
    if (full.contains(":cursorDate")) {
      query.bind("cursorDate", cursor.date());
    }
    return query.map((rs, ctx) -> new Row(DocumentStore.entry(rs), new LedgerCursor(rs.getString(9), rs.getLong(16))))
        .list();
  }

  /** The claim's columns a page reads, before its document is joined. */
  private static final String CLAIM_COLUMNS = "c.id, c.document_id, c.type, c.form, c.claimant, c.claimant_country, "
      + "c.accused, c.accused_country, c.threat_actor, c.target, c.claim_date, c.evidence";

  /**
   * A country filter (claimant or accused) as two disjoint arms, claimant then accused, each an
   * ordered range scan of its country's index, joined by {@code union all}: an {@code or} of the two
   * would scan neither index in order. The accused arm says "claimant other than the accused" rather
   * than "other than the country" (the same, given the accused is the country) so that PostgreSQL
   * reads it from the partial indexes of V12, which hold only such claims.
   */
  static String countryArms(DocumentStore.LedgerQuery q, String select, String fetch) {
    String others = LedgerFilter.of(withoutCountry(q)).sql();
    return "(" + select + others + " and c.claimant_country = :country" + fetch + ") union all (" + select + others
        + " and c.accused_country = :country and (c.claimant_country is null or c.claimant_country <> c.accused_country)"
        + fetch
        + ")";
  }

  private static DocumentStore.LedgerQuery withoutCountry(DocumentStore.LedgerQuery q) {
    return new DocumentStore.LedgerQuery(q.actor(), null, q.claimant(), q.accused(), q.type(), q.since(), q.until(),
        q.maxTlp());
  }

  /** A query of {@code sql} with the filters' and clearance's values bound. */
  static Query bind(Handle h, DocumentStore.LedgerQuery q, String sql) {
    return LedgerFilter.of(q).bind(h.createQuery(sql).bindList("visible", DocumentStore.visible(q.maxTlp())));
  }
}
