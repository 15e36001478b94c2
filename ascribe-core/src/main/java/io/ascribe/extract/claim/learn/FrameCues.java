package io.ascribe.extract.claim.learn;

import io.ascribe.table.TsvTable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cue words of claim frames, read from the resource table {@code frame-cues.tsv} (one class and
 * phrase a line): which classes of cue a sentence holds, and where.
 */
public final class FrameCues {
  /** The classes of cue; the table's comment says what each means. */
  public enum Cue {
    ACCUSE, AGENT, CYBER, DENY, COUNTER, SPEECH, HEDGE, LOCATION, SELFCLAIM, VICTIM, REPORT, JOIN, RESPOND
  }

  /** A phrase and its class. */
  private record Phrase(Cue cue, String text) {}

  /** Phrases that start with a letter or digit, by their first two characters: tried at word starts only. */
  private final Map<String, List<Phrase>> byStart = new HashMap<>();
  /** Phrases that start with anything else ("-linked"): searched anywhere. */
  private final List<Phrase> anywhere = new ArrayList<>();

  /** The project's table. */
  public static FrameCues load() {
    return new FrameCues(TsvTable.resource(FrameCues.class, "frame-cues.tsv"));
  }

  FrameCues(List<String> lines) {
    this(TsvTable.of("frame-cues.tsv", lines));
  }

  private FrameCues(TsvTable table) {
    for (TsvTable.Row row : table.rows()) {
      row.expect(2, "class<TAB>phrase");
      Cue cue;
      try {
        cue = Cue.valueOf(row.get(0).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw row.error("unknown class '" + row.get(0) + "'");
      }
      Phrase p = new Phrase(cue, row.get(1));
      if (p.text().length() >= 2 && Character.isLetterOrDigit(p.text().charAt(0))) {
        byStart.computeIfAbsent(p.text().substring(0, 2), k -> new ArrayList<>()).add(p);
      } else {
        anywhere.add(p);
      }
    }
  }

  /** Where each class of cue starts in lower-case text {@code lower} (ascending, possibly empty). */
  public Map<Cue, int[]> find(String lower) {
    Map<Cue, List<Integer>> at = new EnumMap<>(Cue.class);
    for (Cue c : Cue.values()) {
      at.put(c, new ArrayList<>());
    }
    int n = lower.length();
    for (int i = 0; i + 1 < n; i++) {
      if (i > 0 && Character.isLetterOrDigit(lower.charAt(i - 1)) || !Character.isLetterOrDigit(lower.charAt(i))) {
        continue;
      }
      List<Phrase> candidates = byStart.get(lower.substring(i, i + 2));
      if (candidates != null) {
        for (Phrase p : candidates) {
          if (lower.startsWith(p.text(), i)) {
            at.get(p.cue()).add(i);
          }
        }
      }
    }
    for (Phrase p : anywhere) {
      for (int i = lower.indexOf(p.text()); i >= 0; i = lower.indexOf(p.text(), i + 1)) {
        at.get(p.cue()).add(i);
      }
    }
    Map<Cue, int[]> out = new EnumMap<>(Cue.class);
    at.forEach((cue, list) -> out.put(cue, list.stream().mapToInt(Integer::intValue).sorted().toArray()));
    return out;
  }

  /** Whether any of the cue {@code positions} (as {@link #find} gives them) lies in {@code [from, to)}. */
  static boolean between(int[] positions, int from, int to) {
    for (int p : positions) {
      if (p >= from && p < to) {
        return true;
      }
    }
    return false;
  }
}
