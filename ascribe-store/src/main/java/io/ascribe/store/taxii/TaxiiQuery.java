package io.ascribe.store.taxii;

import io.ascribe.model.Tlp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A query on one TAXII collection: TAXII's filters plus a page size and a position.
 *
 * @param collection the collection (its TLP level)
 * @param addedAfter only versions added strictly after this time, or null
 * @param types {@code match[type]}: only these STIX types (empty: any)
 * @param ids {@code match[id]}: only these STIX ids (empty: any)
 * @param versions {@code match[version]}
 * @param specVersions {@code match[spec_version]}: only these STIX versions (empty: any)
 * @param limit the most records to return, at least 1
 * @param after the sort key to continue after (a page's {@link TaxiiPage#lastKey}), or null to start
 * @param withBodies false for manifests and version lists (no object JSON read)
 */
public record TaxiiQuery(Tlp collection, Instant addedAfter, List<String> types, List<String> ids,
    VersionMatch versions, List<String> specVersions, int limit, String after, boolean withBodies) {
  public TaxiiQuery {
    Objects.requireNonNull(collection, "collection");
    Objects.requireNonNull(versions, "versions");
    types = List.copyOf(types);
    ids = List.copyOf(ids);
    specVersions = List.copyOf(specVersions);
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be a positive integer, got " + limit);
    }
  }

  /** The first page of everything current in {@code collection}, {@code limit} at a time. */
  public static TaxiiQuery all(Tlp collection, int limit) {
    return new TaxiiQuery(collection, null, List.of(), List.of(), VersionMatch.latest(), List.of(), limit, null, true);
  }

  /** The same query continuing after {@code sortKey}. */
  public TaxiiQuery after(String sortKey) {
    return new TaxiiQuery(collection, addedAfter, types, ids, versions, specVersions, limit, sortKey, withBodies);
  }
}
