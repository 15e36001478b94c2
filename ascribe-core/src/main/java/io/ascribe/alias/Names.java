package io.ascribe.alias;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Name normalisation for matching actor, software and technique names across vendors: "APT 29",
 * "APT29" and "apt-29" all become {@code apt29}.
 */
public final class Names {
  private Names() {}

  /**
   * Folds compatibility forms (NFKC), lower-cases, and keeps only letters and digits. Returns the
   * empty string for a name with no letters or digits.
   */
  public static String normalize(String name) {
    if (name == null) {
      return "";
    }
    String folded = name;
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) >= 0x80) {
        folded = Normalizer.normalize(name, Normalizer.Form.NFKC);
        break;
      }
    }
    StringBuilder sb = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        sb.appendCodePoint(Character.toLowerCase(cp));
      }
      i += Character.charCount(cp);
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }
}
