package io.ascribe.store.taxii;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The collection order as one string: zero-padded epoch milliseconds of the date added, the STIX
 * id, zero-padded epoch microseconds of the version. String order is then (date added, id,
 * version) order, which one index serves.
 */
final class SortKeys {
  private SortKeys() {}

  static String of(Instant dateAdded, String id, long versionMicros) {
    return String.format("%015d %s %019d", dateAdded.toEpochMilli(), id, versionMicros);
  }

  /** The smallest key of anything added strictly after {@code t} (dates are stored to the millisecond). */
  static String addedAfter(Instant t) {
    return String.format("%015d", t.truncatedTo(ChronoUnit.MILLIS).toEpochMilli() + 1);
  }

  static long micros(Instant t) {
    return ChronoUnit.MICROS.between(Instant.EPOCH, t);
  }
}
