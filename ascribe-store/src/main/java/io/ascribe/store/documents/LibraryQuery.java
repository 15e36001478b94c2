package io.ascribe.store.documents;

import io.ascribe.model.Tlp;
import java.util.Objects;

/**
 * What the document library lists: filters (null means "any") and an order, always at a reader's
 * clearance, since documents marked above it are never listed, counted or offered as filter values.
 *
 * @param maxTlp the reader's clearance
 * @param tlp only documents marked exactly so
 * @param publisher only this publisher (case-insensitive, exact)
 * @param language only this language code, such as {@code en}
 * @param since published on or after this ISO date
 * @param until published on or before this ISO date
 * @param hasClaims true: only documents with claims; false: only documents without
 * @param sort the order of the list
 */
public record LibraryQuery(Tlp maxTlp, Tlp tlp, String publisher, String language, String since, String until,
    Boolean hasClaims, Sort sort) {

  /** The orders the library offers. */
  public enum Sort {
    /** Most recently ingested first. */
    INGESTED,
    /** Most recently published first; undated documents last. */
    PUBLISHED,
    /** By title, A to Z; untitled documents last. */
    TITLE
  }

  public LibraryQuery {
    Objects.requireNonNull(maxTlp, "maxTlp");
    sort = sort == null ? Sort.INGESTED : sort;
  }

  /** Every document the reader may see, most recently ingested first. */
  public static LibraryQuery all(Tlp maxTlp) {
    return new LibraryQuery(maxTlp, null, null, null, null, null, null, Sort.INGESTED);
  }
}
