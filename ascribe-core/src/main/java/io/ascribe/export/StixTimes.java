package io.ascribe.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** STIX timestamps: UTC, millisecond precision, {@code Z} ({@code 2024-02-07T00:00:00.000Z}). */
public final class StixTimes {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private StixTimes() {}

  /** {@code instant} truncated to the millisecond. */
  public static String format(Instant instant) {
    return FORMAT.format(instant.truncatedTo(ChronoUnit.MILLIS));
  }

  /**
   * A date or timestamp as sources write it ({@code 2024-02-07}, {@code 2024-02},
   * {@code 2017-05-31T21:31:43.540Z}, with or without fraction or offset) as a STIX timestamp, or
   * {@code fallback} when it is null or unreadable.
   */
  public static String normalize(String text, String fallback) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    String t = text.trim();
    try {
      if (t.length() == 10) {
        return format(LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant());
      }
      if (t.length() == 7) {
        return format(LocalDate.parse(t + "-01").atStartOfDay(ZoneOffset.UTC).toInstant());
      }
      if (t.length() == 4 && t.chars().allMatch(Character::isDigit)) {
        return format(LocalDate.parse(t + "-01-01").atStartOfDay(ZoneOffset.UTC).toInstant());
      }
      return format(OffsetDateTime.parse(t).toInstant());
    } catch (DateTimeParseException e) {
      return fallback;
    }
  }
}
