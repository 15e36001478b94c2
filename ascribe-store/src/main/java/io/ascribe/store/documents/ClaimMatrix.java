package io.ascribe.store.documents;

import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import java.util.List;
import org.jdbi.v3.core.statement.Query;

/**
 * Who accuses whom: the number of attribution and counter-accusation claims for each pair of
 * claimant state and accused state, over the claims a reader may see.
 */
public final class ClaimMatrix {
  private final Store store;

  public ClaimMatrix(Store store) {
    this.store = store;
  }

  /**
   * One cell of the matrix.
   *
   * @param claimant the claimant's ISO alpha-2 country
   * @param accused the accused's ISO alpha-2 country
   * @param attributions attribution claims from {@code claimant} against {@code accused}
   * @param counterAccusations counter-accusations from {@code claimant} against {@code accused}
   */
  public record Cell(String claimant, String accused, long attributions, long counterAccusations) {}

  /**
   * The non-empty cells, ordered by claimant then accused.
   *
   * @param since ISO date, inclusive, or null
   * @param until ISO date, inclusive, or null
   * @param maxTlp the reader's clearance: claims of documents marked above it are not counted
   */
  public List<Cell> cells(String since, String until, Tlp maxTlp) {
    DocumentStore.LedgerQuery q = new DocumentStore.LedgerQuery(null, null, null, null, null, since, until, maxTlp);
    LedgerFilter filter = LedgerFilter.of(q);
    String sql = "select c.claimant_country, c.accused_country, "
        + "sum(case when c.type = 'attribution' then 1 else 0 end), "
        + "sum(case when c.type = 'counter_accusation' then 1 else 0 end) "
        + "from claim c join doc_document d on d.id = c.document_id where d.tlp in (<visible>)" + DocumentStore.CURRENT_COPY
        + " and c.type in ('attribution', 'counter_accusation')"
        + " and c.claimant_country is not null and c.accused_country is not null" + filter.sql()
        + " group by c.claimant_country, c.accused_country order by c.claimant_country, c.accused_country";
    return store.jdbi().withHandle(h -> {
      Query query = filter.bind(h.createQuery(sql).bindList("visible", DocumentStore.visible(maxTlp)));
      return query.map((rs, ctx) -> new Cell(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4))).list();
    });
  }
}
