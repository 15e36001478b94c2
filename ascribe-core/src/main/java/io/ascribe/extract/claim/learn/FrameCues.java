package io.ascribe.extract.claim.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
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
    ACCUSE, AGENT, CYBER, DENY, COUNTER, SPEECH, HEDGE, LOCATION, SELFCLAIM, VICTIM, REPORT
  }

  private final Map<Cue, List<String>> phrases = new EnumMap<>(Cue.class);

  /** The project's table. */
  public static FrameCues load() {
    try (InputStream in = FrameCues.class.getResourceAsStream("frame-cues.tsv")) {
      if (in == null) {
        throw new IllegalStateException("missing resource frame-cues.tsv");
      }
      return new FrameCues(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  FrameCues(List<String> lines) {
    for (Cue c : Cue.values()) {
      phrases.put(c, new ArrayList<>());
    }
    int lineNo = 0;
    for (String line : lines) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t");
      if (parts.length != 2) {
        throw new IllegalArgumentException("frame-cues.tsv line " + lineNo + ": expected class<TAB>phrase");
      }
      phrases.get(Cue.valueOf(parts[0].toUpperCase(Locale.ROOT))).add(parts[1]);
    }
  }

  /** Where each class of cue starts in lower-case text {@code lower} (ascending, possibly empty). */
  public Map<Cue, int[]> find(String lower) {
    Map<Cue, int[]> out = new EnumMap<>(Cue.class);
    for (Map.Entry<Cue, List<String>> e : phrases.entrySet()) {
      List<Integer> at = new ArrayList<>();
      for (String p : e.getValue()) {
        for (int i = lower.indexOf(p); i >= 0; i = lower.indexOf(p, i + 1)) {
          boolean wordStart = i == 0 || !Character.isLetterOrDigit(lower.charAt(i - 1)) || !Character.isLetter(p.charAt(0));
          if (wordStart) {
            at.add(i);
          }
        }
      }
      out.put(e.getKey(), at.stream().mapToInt(Integer::intValue).sorted().toArray());
    }
    return out;
  }
}
