package io.ascribe.store.documents;

import io.ascribe.model.Tlp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The log of changes to the who-accuses-whom counts ({@code claim_count_change}, V17): each writer
 * of {@link ClaimPairCounts} records, under the {@code claim_count_version} it has just raised, what
 * it added or took away per claim date, pair and marking, so that {@link ClaimMatrix} can bring the
 * counts it holds up to date without grouping every claim again. Writers keep the last
 * {@link #KEPT_VERSIONS} versions; a reader further behind than that reads the counts whole.
 */
final class CountChanges {
  /** How many versions of changes the writers keep. */
  static final int KEPT_VERSIONS = 256;

  private CountChanges() {}

  /** What one logged row counts: the claims of this date (null when undated), pair and marking. */
  private record Group(String date, String claimant, String accused, Tlp tlp) {}

  /**
   * Records the change that counting {@code claims} of a document marked {@code tlp} in ({@code
   * sign} 1) or out (-1) makes, under the current version (which the caller's transaction holds).
   */
  static void record(Handle h, List<LedgerCounts.Counted> claims, String tlp, int sign) {
    Map<Group, long[]> changes = new HashMap<>();
    for (LedgerCounts.Counted c : claims) {
      boolean attribution = "attribution".equals(c.type());
      if ((attribution || "counter_accusation".equals(c.type())) && c.claimant() != null && c.accused() != null) {
        long[] n = changes.computeIfAbsent(new Group(c.date(), c.claimant(), c.accused(), Tlp.valueOf(tlp)),
            k -> new long[2]);
        n[attribution ? 0 : 1] += sign;
      }
    }
    if (changes.isEmpty()) {
      return;
    }
    long version = h.createQuery("select version from claim_count_version where id = 1").mapTo(Long.class).one();
    PreparedBatch insert = h.prepareBatch("insert into claim_count_change (version, claim_date, claimant_country, "
        + "accused_country, tlp, attributions, counter_accusations) values (?, ?, ?, ?, ?, ?, ?)");
    changes.forEach((g, n) -> insert.bind(0, version).bind(1, g.date()).bind(2, g.claimant()).bind(3, g.accused())
        .bind(4, g.tlp().name()).bind(5, n[0]).bind(6, n[1]).add());
    insert.execute();
    h.createUpdate("delete from claim_count_change where version <= :old").bind("old", version - KEPT_VERSIONS).execute();
  }

  /**
   * The changes of every version after {@code from} up to {@code to}, or empty when some of those
   * versions are no longer kept. Every version a writer raised has at least one change, so the
   * versions found tell whether the log is whole.
   */
  static Optional<List<MatrixCounts.Row>> between(Handle h, long from, long to) {
    long versions = h.createQuery("select count(distinct version) from claim_count_change "
            + "where version > :from and version <= :to")
        .bind("from", from).bind("to", to).mapTo(Long.class).one();
    if (versions != to - from) {
      return Optional.empty();
    }
    return Optional.of(h.createQuery("select claim_date, claimant_country, accused_country, tlp, attributions, "
            + "counter_accusations from claim_count_change where version > :from and version <= :to")
        .bind("from", from).bind("to", to)
        .map((rs, ctx) -> new MatrixCounts.Row(rs.getString(1), rs.getString(2), rs.getString(3),
            Tlp.valueOf(rs.getString(4)), rs.getLong(5), rs.getLong(6)))
        .list());
  }
}
