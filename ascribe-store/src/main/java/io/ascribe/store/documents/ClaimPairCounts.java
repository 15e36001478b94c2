package io.ascribe.store.documents;

import io.ascribe.extract.claim.Claim;
import io.ascribe.extract.claim.ClaimType;
import io.ascribe.model.Tlp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Keeps the who-accuses-whom counts ({@code claim_pair_count}, see migration V9) in step with the
 * claims: every writer of claims calls it in its own transaction, counting the claims of the copy
 * of a document readers see in (+1) and those of a copy that stops being it out (-1). Each
 * attribution or counter-accusation between two states is counted in all time ({@code *}) and, when
 * dated, in its year and its month, at its document's marking. The same calls keep the ledger's
 * per-country counts ({@link LedgerCounts}), so every writer keeps both. Each change also raises
 * {@code claim_count_version} (V14), by which {@link ClaimMatrix} knows whether the counts it holds in
 * memory are still current.
 */
public final class ClaimPairCounts {
  /** The period every claim is counted in, dated or not. */
  static final String ALL_TIME = "*";

  private ClaimPairCounts() {}

  /** A claim reduced to what the counts keep. */
  private record Counted(String type, String claimant, String accused, String date) {}

  /**
   * Counts {@code claims} of a document marked {@code tlp} in ({@code sign} 1) or out (-1).
   *
   * @param embedded whether the database is the embedded H2 one (the two spell an upsert differently)
   */
  public static void count(Handle h, boolean embedded, List<Claim> claims, Tlp tlp, int sign) {
    List<Counted> counted = new ArrayList<>();
    for (Claim c : claims) {
      counted.add(new Counted(c.type() == ClaimType.ATTRIBUTION ? "attribution"
          : c.type() == ClaimType.COUNTER_ACCUSATION ? "counter_accusation" : null,
          c.claimantCountry(), c.accusedCountry(), c.date()));
    }
    apply(h, embedded, tally(counted, tlp.name(), sign));
    LedgerCounts.count(h, embedded, claims, tlp, sign);
  }

  /** Counts the stored claims of document {@code id} in ({@code sign} 1) or out (-1), at its marking. */
  static void countStored(Handle h, boolean embedded, long id, int sign) {
    String tlp = h.createQuery("select tlp from doc_document where id = :id").bind("id", id).mapTo(String.class).one();
    List<Counted> counted = h.createQuery("select type, claimant_country, accused_country, claim_date from claim "
            + "where document_id = :id")
        .bind("id", id).map((rs, ctx) -> new Counted(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
        .list();
    apply(h, embedded, tally(counted, tlp, sign));
    LedgerCounts.countRows(h, embedded, counted.stream()
        .map(c -> new LedgerCounts.Counted(c.type(), c.claimant(), c.accused(), c.date())).toList(), tlp, sign);
  }

  /** The changes per row key, in key order (so concurrent writers lock rows in the same order). */
  private static Map<List<String>, long[]> tally(List<Counted> claims, String tlp, int sign) {
    Map<List<String>, long[]> changes = new TreeMap<>((a, b) -> String.join("|", a).compareTo(String.join("|", b)));
    for (Counted c : claims) {
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

  private static void apply(Handle h, boolean embedded, Map<List<String>, long[]> changes) {
    if (changes.isEmpty()) {
      return;
    }
    // first, so that every writer takes this row's lock before any count row's (one order, no deadlock)
    h.execute("update claim_count_version set version = version + 1 where id = 1");
    PreparedBatch batch = h.prepareBatch(embedded
        ? "merge into claim_pair_count t using (select cast(? as varchar(7)) as period, cast(? as varchar(16)) as tlp, "
            + "cast(? as varchar(8)) as claimant, cast(? as varchar(8)) as accused, cast(? as bigint) as a, "
            + "cast(? as bigint) as ca) s on (t.period = s.period and t.tlp = s.tlp and t.claimant_country = s.claimant "
            + "and t.accused_country = s.accused) when matched then update set attributions = t.attributions + s.a, "
            + "counter_accusations = t.counter_accusations + s.ca when not matched then insert (period, tlp, "
            + "claimant_country, accused_country, attributions, counter_accusations) values (s.period, s.tlp, s.claimant, "
            + "s.accused, s.a, s.ca)"
        : "insert into claim_pair_count (period, tlp, claimant_country, accused_country, attributions, "
            + "counter_accusations) values (?, ?, ?, ?, ?, ?) on conflict (period, tlp, claimant_country, accused_country) "
            + "do update set attributions = claim_pair_count.attributions + excluded.attributions, counter_accusations = "
            + "claim_pair_count.counter_accusations + excluded.counter_accusations");
    changes.forEach((key, n) -> batch.bind(0, key.get(0)).bind(1, key.get(1)).bind(2, key.get(2)).bind(3, key.get(3))
        .bind(4, n[0]).bind(5, n[1]).add());
    batch.execute();
  }
}
