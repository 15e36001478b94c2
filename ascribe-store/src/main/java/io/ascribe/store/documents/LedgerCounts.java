package io.ascribe.store.documents;

import io.ascribe.extract.claim.Claim;
import io.ascribe.model.Tlp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Keeps the ledger's claim counts ({@code claim_ledger_count}, see migration V11) in step with the
 * claims, alongside {@link ClaimPairCounts} and in the same writers' transactions: each claim of the
 * copy of a document readers see is counted per country it names (claimant or accused, once when
 * both are the same) and under {@link #ANY_COUNTRY}, per type, in all time and, when dated, its
 * year and month, at its document's marking. {@link LedgerPages} sums them for a first page's total.
 */
final class LedgerCounts {
  /** The country row that counts every claim, whatever countries it names. */
  static final String ANY_COUNTRY = "*";

  private LedgerCounts() {}

  /** A claim reduced to what the counts keep. */
  record Counted(String type, String claimant, String accused, String date) {}

  /** Counts {@code claims} of a document marked {@code tlp} in ({@code sign} 1) or out (-1). */
  static void count(Handle h, boolean embedded, List<Claim> claims, Tlp tlp, int sign) {
    List<Counted> counted = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      counted.add(new Counted(c.type().id(), c.claimantCountry(), c.accusedCountry(), c.date()));
    }
    apply(h, embedded, tally(counted, tlp.name(), sign));
  }

  /** Counts already-read claims of a document marked {@code tlp} in ({@code sign} 1) or out (-1). */
  static void countRows(Handle h, boolean embedded, List<Counted> claims, String tlp, int sign) {
    apply(h, embedded, tally(claims, tlp, sign));
  }

  /** The changes per row key, in key order (so concurrent writers lock rows in the same order). */
  static Map<List<String>, long[]> tally(List<Counted> claims, String tlp, int sign) {
    Map<List<String>, long[]> changes = new TreeMap<>((a, b) -> String.join("|", a).compareTo(String.join("|", b)));
    for (Counted c : claims) {
      List<String> countries = new ArrayList<>(3);
      countries.add(ANY_COUNTRY);
      if (c.claimant() != null) {
        countries.add(c.claimant());
      }
      if (c.accused() != null && !c.accused().equals(c.claimant())) {
        countries.add(c.accused());
      }
      for (String country : countries) {
        for (String period : ClaimPairCounts.periods(c.date())) {
          changes.computeIfAbsent(List.of(country, c.type(), period, tlp), k -> new long[1])[0] += sign;
        }
      }
    }
    return changes;
  }

  private static void apply(Handle h, boolean embedded, Map<List<String>, long[]> changes) {
    if (changes.isEmpty()) {
      return;
    }
    PreparedBatch batch = h.prepareBatch(embedded
        ? "merge into claim_ledger_count t using (select cast(? as varchar(8)) as country, cast(? as varchar(24)) as type, "
            + "cast(? as varchar(7)) as period, cast(? as varchar(16)) as tlp, cast(? as bigint) as n) s "
            + "on (t.country = s.country and t.type = s.type and t.period = s.period and t.tlp = s.tlp) "
            + "when matched then update set claims = t.claims + s.n "
            + "when not matched then insert (country, type, period, tlp, claims) values (s.country, s.type, s.period, s.tlp, s.n)"
        : "insert into claim_ledger_count (country, type, period, tlp, claims) values (?, ?, ?, ?, ?) "
            + "on conflict (country, type, period, tlp) do update set claims = claim_ledger_count.claims + excluded.claims");
    changes.forEach((key, n) -> batch.bind(0, key.get(0)).bind(1, key.get(1)).bind(2, key.get(2)).bind(3, key.get(3))
        .bind(4, n[0]).add());
    batch.execute();
  }
}
