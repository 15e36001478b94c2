package io.ascribe.extract.claim;

import java.util.Arrays;
import java.util.List;

/** Quotation marks: whether a place is inside a quotation, and quotations that run over several sentences. */
public final class Quotes {
  /** How many sentences a quotation attributed only where it closes may run over. */
  static final int SPAN = 4;

  private Quotes() {}

  /** Whether position {@code at} of the sentence lies inside quotation marks (a quoted title or words ): a mention there is no speaker. */
  public static boolean inside(String s, int at) {
    int open = 0;
    for (int i = 0; i < at && i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        open ^= 1;
      } else if (c == '“') {
        open = 1;
      } else if (c == '”') {
        open = 0;
      }
    }
    return open == 1;
  }

  /**
   * For each sentence, the index of the later sentence that closes a quotation left open in it (at
   * most {@link #SPAN} sentences on), else -1.
   */
  static int[] closes(List<String> lines) {
    int[] out = new int[lines.size()];
    Arrays.fill(out, -1);
    int openedAt = -1;
    for (int i = 0; i < lines.size(); i++) {
      boolean open = openedAt >= 0;
      for (char c : lines.get(i).toCharArray()) {
        open = c == '"' ? !open : c == '“' || c != '”' && open;
      }
      if (openedAt >= 0 && !open) {
        for (int k = openedAt; k < i; k++) {
          out[k] = i;
        }
      }
      openedAt = !open ? -1 : openedAt >= 0 && i - openedAt < SPAN ? openedAt : i;
    }
    return out;
  }
}
