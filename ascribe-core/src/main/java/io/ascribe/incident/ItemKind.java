package io.ascribe.incident;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What an incident's evidence item says: the fields of an evidence file, one value each. Values
 * are checked and normalised by {@link #normalise}.
 */
public enum ItemKind {
  TECHNIQUE("technique"),
  SOFTWARE("software"),
  INDICATOR("indicator"),
  VICTIM_COUNTRY("victim_country"),
  VICTIM_SECTOR("victim_sector"),
  LANGUAGE("language"),
  UTC_OFFSET("utc_offset"),
  OBSERVED_FROM("observed_from"),
  OBSERVED_TO("observed_to");

  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}");
  private static final int MAX_VALUE_CHARS = 2000;

  private final String id;

  ItemKind(String id) {
    this.id = id;
  }

  /** The name used in JSON and on the command line. */
  public String id() {
    return id;
  }

  /** The kind named {@code id} ({@code victim_country}, also {@code victim-country}). */
  public static ItemKind of(String id) {
    String key = id == null ? "" : id.trim().toLowerCase(Locale.ROOT).replace('-', '_');
    for (ItemKind k : values()) {
      if (k.id.equals(key)) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown evidence kind '" + id + "': use technique, software, indicator, "
        + "victim_country, victim_sector, language, utc_offset, observed_from or observed_to");
  }

  /**
   * The value as stored: trimmed; countries upper-case ISO alpha-2; languages lower-case codes;
   * offsets numbers of hours between -12 and 14; dates ISO.
   *
   * @throws IllegalArgumentException naming the kind and the value
   */
  public String normalise(String value) {
    String v = value == null ? "" : value.strip();
    if (v.isEmpty()) {
      throw new IllegalArgumentException(id + ": empty value");
    }
    if (v.length() > MAX_VALUE_CHARS) {
      throw new IllegalArgumentException(id + ": value longer than " + MAX_VALUE_CHARS + " characters");
    }
    return switch (this) {
      case VICTIM_COUNTRY -> {
        String c = v.toUpperCase(Locale.ROOT);
        if (!COUNTRY.matcher(c).matches()) {
          throw new IllegalArgumentException(id + ": '" + v + "' is not an ISO 3166 alpha-2 country code like US or TW");
        }
        yield c;
      }
      case LANGUAGE -> {
        String l = v.toLowerCase(Locale.ROOT);
        if (!LANGUAGE_CODE.matcher(l).matches()) {
          throw new IllegalArgumentException(id + ": '" + v + "' is not a language code like zh or ru");
        }
        yield l;
      }
      case UTC_OFFSET -> {
        double hours;
        try {
          hours = Double.parseDouble(v);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(id + ": '" + v + "' is not a number of hours like 8 or -5 or 5.5", e);
        }
        if (hours < -12 || hours > 14) {
          throw new IllegalArgumentException(id + ": " + v + " is outside -12..14 hours");
        }
        yield hours == Math.rint(hours) ? Long.toString((long) hours) : Double.toString(hours);
      }
      case OBSERVED_FROM, OBSERVED_TO -> {
        try {
          yield LocalDate.parse(v).toString();
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException(id + ": '" + v + "' is not a date like 2024-01-10", e);
        }
      }
      default -> v;
    };
  }
}
