package io.ascribe.store;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration 12: the accused arm of a ledger country filter (claims accusing a country that the
 * same country did not make; {@code LedgerPages}) as its own ordered ranges. Most denials name the
 * same state as claimant and accused, so on the full accused index that arm walked every such claim
 * of the country and dropped it, to find the few it keeps (seconds for a page of denials). These
 * are partial indexes over the claims whose two countries differ, which H2 does not have: on H2,
 * whose ledgers are small, the migration does nothing.
 */
final class V12__LedgerAccusedIndexes extends BaseJavaMigration {
  @Override
  public void migrate(Context context) throws Exception {
    if (!context.getConnection().getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT)
        .contains("postgresql")) {
      return;
    }
    try (Statement s = context.getConnection().createStatement()) {
      s.execute("create index claim_accused_other_date_id on claim (accused_country, claim_date, id) "
          + "where claimant_country is null or claimant_country <> accused_country");
      s.execute("create index claim_accused_other_type_date_id on claim (accused_country, type, claim_date, id) "
          + "where claimant_country is null or claimant_country <> accused_country");
      s.execute("analyze claim");
    }
  }
}
