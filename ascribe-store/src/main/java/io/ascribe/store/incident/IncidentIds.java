package io.ascribe.store.incident;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Incident ids that reveal nothing: {@code INC-} and eight random characters of Crockford's base32
 * (40 bits; no I, L, O or U, so an id read aloud or copied by hand is not mistaken), never all
 * digits. Sequential ids ({@code INC-1}, {@code INC-2}, ...) let a reader who sees {@code INC-3}
 * and {@code INC-5} infer a hidden {@code INC-4}; incidents created before keep such ids, and they
 * still resolve (as do {@code inc-3} and {@code 3}).
 */
final class IncidentIds {
  static final String PREFIX = "INC-";
  private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final int LENGTH = 8;
  private final RandomGenerator random;

  /** Ids drawn from a {@link SecureRandom}. */
  IncidentIds() {
    this(new SecureRandom());
  }

  /** Ids drawn from {@code random} (tests replay a seed). */
  IncidentIds(RandomGenerator random) {
    this.random = random;
  }

  /** A fresh random id; the caller checks it is unused (the primary key does). */
  String next() {
    while (true) {
      StringBuilder s = new StringBuilder(PREFIX);
      boolean letter = false;
      for (int i = 0; i < LENGTH; i++) {
        char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        letter |= Character.isLetter(c);
        s.append(c);
      }
      if (letter) {
        return s.toString(); // an all-digit id would read as an old sequential one
      }
    }
  }

  /** The stored form of an id as typed: trimmed and upper-cased; {@code 3} names {@code INC-3}. */
  static String normalise(String id) {
    String s = id == null ? "" : id.strip().toUpperCase(Locale.ROOT);
    return s.matches("\\d+") ? PREFIX + s : s;
  }
}
