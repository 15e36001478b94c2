package io.ascribe.server.web;

import io.ascribe.extract.claim.Claim;
import io.ascribe.extract.indicator.Indicator;
import io.ascribe.extract.technique.TechniqueMention;
import java.util.List;

/**
 * Marks a document's extractions in its clean text: indicators by their offsets, technique and
 * claim sentences where they occur. Each character gets a set of flags and the text is written as
 * runs of equal flags, each run escaped, so overlapping marks never produce broken markup and no
 * character of the document is ever written as markup.
 */
final class Highlighter {
  static final int INDICATOR = 1;
  static final int TECHNIQUE = 2;
  static final int CLAIM = 4;

  private Highlighter() {}

  /** The text as HTML, inside a {@code pre}-like block. */
  static Html render(String text, List<Indicator> indicators, List<TechniqueMention> techniques, List<Claim> claims) {
    int[] flags = new int[text.length()];
    for (Indicator i : indicators) {
      int start = i.offset();
      if (start < 0 || start >= text.length()) {
        continue;
      }
      int end = text.regionMatches(true, start, i.value(), 0, i.value().length()) ? start + i.value().length()
          : tokenEnd(text, start);
      mark(flags, start, end, INDICATOR);
    }
    for (TechniqueMention t : techniques) {
      for (String sentence : t.sentences()) {
        markAll(text, flags, sentence, TECHNIQUE);
      }
    }
    for (Claim c : claims) {
      markAll(text, flags, c.evidence(), CLAIM);
    }
    Html h = new Html().open("div", "class", "doctext", "id", "doctext");
    int i = 0;
    while (i < text.length()) {
      int f = flags[i];
      int j = i;
      while (j < text.length() && flags[j] == f) {
        j++;
      }
      String run = text.substring(i, j);
      if (f == 0) {
        h.text(run);
      } else {
        h.el("mark", run, "class", classes(f));
      }
      i = j;
    }
    return h.close("div");
  }

  private static String classes(int f) {
    StringBuilder b = new StringBuilder();
    if ((f & INDICATOR) != 0) {
      b.append("hl-ind ");
    }
    if ((f & TECHNIQUE) != 0) {
      b.append("hl-tech ");
    }
    if ((f & CLAIM) != 0) {
      b.append("hl-claim ");
    }
    return b.toString().strip();
  }

  private static void markAll(String text, int[] flags, String needle, int flag) {
    if (needle == null || needle.isBlank()) {
      return;
    }
    String n = needle.strip();
    int from = 0;
    while (true) {
      int at = text.indexOf(n, from);
      if (at < 0) {
        return;
      }
      mark(flags, at, at + n.length(), flag);
      from = at + n.length();
    }
  }

  private static void mark(int[] flags, int start, int end, int flag) {
    for (int k = Math.max(0, start); k < Math.min(flags.length, end); k++) {
      flags[k] |= flag;
    }
  }

  private static int tokenEnd(String text, int start) {
    int k = start;
    while (k < text.length() && !Character.isWhitespace(text.charAt(k)) && k - start < 300) {
      k++;
    }
    return k;
  }
}
