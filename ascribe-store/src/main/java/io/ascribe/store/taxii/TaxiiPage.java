package io.ascribe.store.taxii;

import java.util.List;

/**
 * One page of a TAXII query.
 *
 * @param records the records, in collection order (date added, id, version)
 * @param more true when more records match after these
 */
public record TaxiiPage(List<TaxiiRecord> records, boolean more) {
  public TaxiiPage {
    records = List.copyOf(records);
  }

  /** The sort key to continue after (the last record's), or null when the page is empty. */
  public String lastKey() {
    return records.isEmpty() ? null : records.get(records.size() - 1).sortKey();
  }
}
