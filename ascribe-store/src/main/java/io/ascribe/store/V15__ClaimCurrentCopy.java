package io.ascribe.store;

import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration 15: what a ledger page filters on, kept in {@code claim} itself, so a page is one
 * ordered index range with no per-claim look-up of its document. Each claim gets its document's
 * marking ({@code tlp}) and whether its document is the current copy of its bytes
 * ({@code current_copy}: no newer copy of the same SHA-256 is stored), both kept in step by every
 * writer ({@code DocumentRows} for new documents, {@code DocumentStore.add} when a newer copy hides
 * an older one, {@code DocumentStore.delete} when the newest copy goes and an older one is current
 * again).
 *
 * <p>The columns are added with a default (no rewrite of the table on PostgreSQL), then only the
 * claims that differ from it are updated, and the defaults are dropped so that a writer that forgets
 * either column fails instead of filing a claim as unmarked. On PostgreSQL the ledger's ranges are
 * also indexed over the current claims only (partial indexes); H2, which has none and holds small
 * ledgers, reads the flag from the rows.
 */
final class V15__ClaimCurrentCopy extends BaseJavaMigration {
  @Override
  public void migrate(Context context) throws Exception {
    boolean postgres = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
        .contains("postgresql");
    try (Statement s = context.getConnection().createStatement()) {
      s.execute("alter table claim add column tlp varchar(16) default 'CLEAR' not null");
      s.execute("alter table claim add column current_copy boolean default true not null");
      s.execute("update claim set tlp = (select d.tlp from doc_document d where d.id = claim.document_id) "
          + "where document_id in (select id from doc_document where tlp <> 'CLEAR')");
      s.execute("update claim set current_copy = false where document_id in (select o.id from doc_document o "
          + "where exists (select 1 from doc_document n where n.sha256 = o.sha256 and n.id > o.id))");
      s.execute("alter table claim alter column tlp drop default");
      s.execute("alter table claim alter column current_copy drop default");
      if (postgres) {
        String others = " and (claimant_country is null or claimant_country <> accused_country)";
        s.execute("create index claim_current_date_id on claim (claim_date, id) where current_copy");
        s.execute("create index claim_current_claimant_date_id on claim (claimant_country, claim_date, id) "
            + "where current_copy");
        s.execute("create index claim_current_claimant_type_date_id on claim (claimant_country, type, claim_date, id) "
            + "where current_copy");
        s.execute("create index claim_current_accused_date_id on claim (accused_country, claim_date, id) "
            + "where current_copy" + others);
        s.execute("create index claim_current_accused_type_date_id on claim (accused_country, type, claim_date, id) "
            + "where current_copy" + others);
        s.execute("analyze claim");
      }
    }
  }
}
