package io.ascribe.extract.text;

import java.lang.Character.UnicodeScript;

/**
 * Letter counts per Unicode script for a piece of text: the evidence behind {@link
 * LanguageGuesser} and behind spotting blocks written in another script than the page (a Russian
 * menu on an English page).
 *
 * <p>Only letters count (digits, punctuation and symbols belong to no script here). Counting stops
 * after {@code maxLetters} letters, so a sample of a huge text costs little.
 */
final class ScriptCounts {
  private static final UnicodeScript[] SCRIPTS = UnicodeScript.values();

  private final int[] counts = new int[SCRIPTS.length];
  private int total;

  private ScriptCounts() {}

  /** Counts the letters of {@code text}, at most {@code maxLetters} of them. */
  static ScriptCounts of(CharSequence text, int maxLetters) {
    ScriptCounts c = new ScriptCounts();
    int n = text.length();
    for (int i = 0; i < n && c.total < maxLetters; ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        c.counts[UnicodeScript.of(cp).ordinal()]++;
        c.total++;
      }
    }
    return c;
  }

  /** Letters counted. */
  int total() {
    return total;
  }

  /** Letters of one script. */
  int count(UnicodeScript script) {
    return counts[script.ordinal()];
  }

  /** Share of the counted letters in {@code script}, 0 when there are none. */
  double share(UnicodeScript script) {
    return total == 0 ? 0 : (double) count(script) / total;
  }

  /** The script with the most letters, or null when there are no letters. */
  UnicodeScript dominant() {
    int best = -1;
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] > 0 && (best < 0 || counts[i] > counts[best])) {
        best = i;
      }
    }
    return best < 0 ? null : SCRIPTS[best];
  }
}
