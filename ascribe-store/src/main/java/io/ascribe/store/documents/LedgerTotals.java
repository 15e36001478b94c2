package io.ascribe.store.documents;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * The total of a ledger query on its first page. A filter by country, type and dates only (the
 * ledger's usual filters) is summed exactly from the maintained counts ({@link LedgerCounts}):
 * whole years and months from {@code claim_ledger_count}, and only the days of a month the range
 * starts or ends inside from the claims, so the cost does not grow with the number of matches.
 * Any other filter (actor, claimant, accused) counts the claims themselves, up to {@link
 * LedgerPages#TOTAL_CAP}. Both count only the claims the reader may see.
 */
final class LedgerTotals {
  private LedgerTotals() {}

  /**
   * A total.
   *
   * @param exact false when there are more claims than {@code claims} (the count stopped at the cap)
   */
  record Total(long claims, boolean exact) {}

  /** The total of {@code q} at its clearance. */
  static Total of(Handle h, DocumentStore.LedgerQuery q) {
    if (q.actor() == null && q.claimant() == null && q.accused() == null) {
      Long summed = summed(h, q);
      if (summed != null) {
        return new Total(summed, true);
      }
    }
    long counted = capped(h, q);
    return new Total(Math.min(counted, LedgerPages.TOTAL_CAP), counted <= LedgerPages.TOTAL_CAP);
  }

  /** The exact total from the maintained counts, or null when the stored dates do not allow it. */
  private static Long summed(Handle h, DocumentStore.LedgerQuery q) {
    String country = q.country() == null ? LedgerCounts.ANY_COUNTRY : q.country().toUpperCase(Locale.ROOT);
    ClaimMatrix.Cover cover;
    if (q.since() == null && q.until() == null) {
      cover = new ClaimMatrix.Cover(List.of(ClaimPairCounts.ALL_TIME), List.of());
    } else {
      // The range is cut to the dates stored (read from the date index's ends), so an open end costs
      // the years that hold claims rather than every year to the cover's limits.
      List<String> ends = h.createQuery("select min(claim_date), max(claim_date) from claim where claim_date is not null")
          .map((rs, ctx) -> List.of(String.valueOf(rs.getString(1)), String.valueOf(rs.getString(2)))).one();
      if ("null".equals(ends.get(0))) {
        return 0L;
      }
      LocalDate first;
      LocalDate last;
      LocalDate asked;
      LocalDate askedUntil;
      try {
        first = LocalDate.parse(ends.get(0));
        last = LocalDate.parse(ends.get(1));
        asked = q.since() == null ? null : LocalDate.parse(q.since());
        askedUntil = q.until() == null ? null : LocalDate.parse(q.until());
      } catch (DateTimeParseException e) {
        return null; // a stored or asked date that is no calendar day: counted from the claims
      }
      if (first.getYear() < 1900 || last.getYear() > 2199) {
        return null; // outside what a cover spans
      }
      first = first.withDayOfYear(1);
      last = last.withDayOfYear(last.lengthOfYear());
      LocalDate since = asked == null ? first : later(asked, first);
      LocalDate until = askedUntil == null ? last : earlier(askedUntil, last);
      if (since.isAfter(until)) {
        return 0L;
      }
      cover = ClaimMatrix.Cover.of(since, until);
    }
    long total = 0;
    if (!cover.periods().isEmpty()) {
      Query sum = h.createQuery("select coalesce(sum(claims), 0) from claim_ledger_count where country = :country"
              + (q.type() == null ? "" : " and type = :type") + " and period in (<periods>) and tlp in (<visible>)")
          .bind("country", country).bindList("periods", cover.periods())
          .bindList("visible", DocumentStore.visible(q.maxTlp()));
      total += (q.type() == null ? sum : sum.bind("type", q.type())).mapTo(Long.class).one();
    }
    for (LocalDate[] days : cover.days()) {
      total += counted(h, new DocumentStore.LedgerQuery(null, q.country(), null, null, q.type(), days[0].toString(),
          days[1].toString(), q.maxTlp()), "");
    }
    return total;
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  /** The matching claims, counted up to one past {@link LedgerPages#TOTAL_CAP} (each country arm that far). */
  private static long capped(Handle h, DocumentStore.LedgerQuery q) {
    return counted(h, q, " fetch first " + (LedgerPages.TOTAL_CAP + 1) + " rows only");
  }

  /** The matching claims, each arm of a country filter cut by {@code fetch} (empty: all of them). */
  private static long counted(Handle h, DocumentStore.LedgerQuery q, String fetch) {
    String select = "select 1 from claim c where " + DocumentStore.CURRENT_CLAIM;
    String sql = "select count(*) from (" + (q.country() == null ? select + LedgerFilter.of(q).sql() + fetch
        : LedgerPages.countryArms(q, select, fetch)) + ") counted";
    return LedgerPages.bind(h, q, sql).mapTo(Long.class).one();
  }
}
