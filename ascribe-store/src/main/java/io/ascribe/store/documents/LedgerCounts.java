package io.ascribe.store.documents;

import io.ascribe.extract.claim.Claim;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

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

  private static final CountUpsert TABLE = new CountUpsert("claim_ledger_count",
      List.of(new CountUpsert.Key("country", 8), new CountUpsert.Key("type", 24), new CountUpsert.Key("period", 7),
          new CountUpsert.Key("tlp", 16)),
      List.of("claims"));

  private LedgerCounts() {}

  /** A claim reduced to what both maintained counts keep (its type as stored: {@code counter_accusation}). */
  record Counted(String type, String claimant, String accused, String date) {
    static Counted of(Claim c) {
      return new Counted(c.type().id(), c.claimantCountry(), c.accusedCountry(), c.date());
    }
  }

  /** Counts {@code claims} of a document marked {@code tlp} in ({@code sign} 1) or out (-1). */
  static void count(Handle h, boolean embedded, List<Counted> claims, String tlp, int sign) {
    TABLE.apply(h, embedded, tally(claims, tlp, sign));
  }

  /** The changes per row key, in key order (so concurrent writers lock rows in the same order). */
  static Map<List<String>, long[]> tally(List<Counted> claims, String tlp, int sign) {
    Map<List<String>, long[]> changes = CountUpsert.changes();
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
}
