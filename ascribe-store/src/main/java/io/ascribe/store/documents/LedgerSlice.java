package io.ascribe.store.documents;

import java.util.List;

/**
 * One page of the claims ledger read by position (keyset paging), with how to reach its
 * neighbours.
 *
 * @param total the claims matching the query at the reader's clearance, on the first page only
 *     (null on the others): exact, from maintained counts, for a filter by country, type and dates;
 *     for other filters counted up to {@link LedgerPages#TOTAL_CAP}
 * @param totalExact false when there are more than {@code total} (a count stopped at the cap); null
 *     with it
 * @param newer the position to read the previous (newer) page before, or null on the first page
 * @param older the position to read the next (older) page after, or null on the last page
 */
public record LedgerSlice(List<DocumentStore.LedgerEntry> claims, Long total, Boolean totalExact, LedgerCursor newer,
    LedgerCursor older) {
  public LedgerSlice {
    claims = List.copyOf(claims);
  }
}
