package io.ascribe.store.taxii;

import java.time.Instant;

/**
 * One object version in a TAXII collection.
 *
 * @param id the STIX id
 * @param type the STIX type
 * @param version the object's {@code modified} (else {@code created}, else its date added), as written
 * @param dateAdded when this version was added to the collection (millisecond precision)
 * @param specVersion the STIX version of the object, {@code 2.1} or {@code 2.0}
 * @param json the object as compact JSON, or null when the query asked for metadata only
 * @param sortKey the record's position in its collection, the cursor after it
 */
public record TaxiiRecord(String id, String type, String version, Instant dateAdded, String specVersion, String json,
    String sortKey) {

  /** The STIX media type of the object, as a manifest names it. */
  public String mediaType() {
    return "application/stix+json;version=" + specVersion;
  }
}
