package io.ascribe.store.documents;

import io.ascribe.extract.claim.Claim;
import io.ascribe.model.Tlp;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Keeps the who-accuses-whom counts ({@code claim_pair_count}, see migration V9) in step with the
 * claims: every writer of claims calls it in its own transaction, counting the claims of the copy
 * of a document readers see in (+1) and those of a copy that stops being it out (-1). Each
 * attribution or counter-accusation between two states is counted in all time ({@code *}) and, when
 * dated, in its year and its month, at its document's marking. The same calls keep the ledger's
 * per-country counts ({@link LedgerCounts}), so every writer keeps both. Each change also raises
 * {@code claim_count_version} (V14), by which {@link ClaimMatrix} knows whether the counts it holds in
 * memory are still current, and logs the change under that version ({@link CountChanges}).
 */
public final class ClaimPairCounts {
  /** The period every claim is counted in, dated or not. */
  static final String ALL_TIME = "*";

  private static final CountUpsert TABLE = new CountUpsert("claim_pair_count",
      List.of(new CountUpsert.Key("period", 7), new CountUpsert.Key("tlp", 16),
          new CountUpsert.Key("claimant_country", 8), new CountUpsert.Key("accused_country", 8)),
      List.of("attributions", "counter_accusations"));

  private ClaimPairCounts() {}

  /**
   * Counts {@code claims} of a document marked {@code tlp} in ({@code sign} 1) or out (-1).
   *
   * @param embedded whether the database is the embedded H2 one (the two spell an upsert differently)
   */
  public static void count(Handle h, boolean embedded, List<Claim> claims, Tlp tlp, int sign) {
    apply(h, embedded, claims.stream().map(LedgerCounts.Counted::of).toList(), tlp.name(), sign);
  }

  /** Counts the stored claims of document {@code id} in ({@code sign} 1) or out (-1), at its marking. */
  static void countStored(Handle h, boolean embedded, long id, int sign) {
    String tlp = h.createQuery("select tlp from doc_document where id = :id").bind("id", id).mapTo(String.class).one();
    List<LedgerCounts.Counted> counted = h.createQuery("select type, claimant_country, accused_country, claim_date "
            + "from claim where document_id = :id")
        .bind("id", id)
        .map((rs, ctx) -> new LedgerCounts.Counted(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
        .list();
    apply(h, embedded, counted, tlp, sign);
  }

  /** Both counts of {@code claims} of a document marked {@code tlp}, in ({@code sign} 1) or out (-1). */
  private static void apply(Handle h, boolean embedded, List<LedgerCounts.Counted> claims, String tlp, int sign) {
    Map<List<String>, long[]> pairs = tally(claims, tlp, sign);
    if (!pairs.isEmpty()) {
      // first, so that every writer takes this row's lock before any count row's (one order, no deadlock)
      h.execute("update claim_count_version set version = version + 1 where id = 1");
      CountChanges.record(h, claims, tlp, sign);
      TABLE.apply(h, embedded, pairs);
    }
    LedgerCounts.count(h, embedded, claims, tlp, sign);
  }

  /** The changes per row key, in key order (so concurrent writers lock rows in the same order). */
  private static Map<List<String>, long[]> tally(List<LedgerCounts.Counted> claims, String tlp, int sign) {
    Map<List<String>, long[]> changes = CountUpsert.changes();
    for (LedgerCounts.Counted c : claims) {
      boolean attribution = "attribution".equals(c.type());
      if (!(attribution || "counter_accusation".equals(c.type())) || c.claimant() == null || c.accused() == null) {
        continue;
      }
      for (String period : periods(c.date())) {
        long[] n = changes.computeIfAbsent(List.of(period, tlp, c.claimant(), c.accused()), k -> new long[2]);
        n[attribution ? 0 : 1] += sign;
      }
    }
    return changes;
  }

  /** The periods a claim of this date is counted in: all time, and its year and month when dated. */
  static List<String> periods(String date) {
    if (date == null) {
      return List.of(ALL_TIME);
    }
    return date.length() >= 7 ? List.of(ALL_TIME, date.substring(0, 4), date.substring(0, 7))
        : List.of(ALL_TIME, date.substring(0, Math.min(4, date.length())));
  }
}
