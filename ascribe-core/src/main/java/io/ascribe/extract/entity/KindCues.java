package io.ascribe.extract.entity;

import io.ascribe.table.TsvTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The context words that tell, for one mention of a name, whether the text means a group or a
 * piece of software ("the Dark Power ransomware group", "Dark Power ransomware"), read from the
 * resource table {@code kind-cues.tsv} (one kind and phrase a line) and matched with one automaton.
 *
 * <p>The words looked at are the {@value #WINDOW} words on each side of the mention within its
 * sentence. A cue right after the name is its head noun and decides ("LockBit ransomware",
 * "Dark Power gang"); otherwise the nearest cue on either side does ("a cybercriminal group that
 * calls itself Dark Power"), and on a tie the one after the name. No cue: no vote. The window is
 * short on purpose: a cue further away is usually the sentence's subject, not this name's kind ("the
 * operators then dumped credentials with Mimikatz").
 */
public final class KindCues {
  /** How many words on each side of a mention are looked at. */
  public static final int WINDOW = 3;

  /** What a mention's context says it is. */
  public enum Kind { GROUP, SOFTWARE }

  private final NameMatcher<Kind> phrases;

  /** The project's table. */
  public static KindCues load() {
    return new KindCues(TsvTable.resource(KindCues.class, "kind-cues.tsv"));
  }

  /** A table from its lines, named {@code kind-cues.tsv} in errors. */
  KindCues(List<String> lines) {
    this(TsvTable.of("kind-cues.tsv", lines));
  }

  /**
   * A table from its rows.
   *
   * @throws IllegalArgumentException naming the line that is not {@code kind<TAB>phrase} with a
   *     known kind and a lower-case phrase
   */
  private KindCues(TsvTable table) {
    Map<String, List<Kind>> byPhrase = new HashMap<>();
    for (TsvTable.Row row : table.rows()) {
      if (row.size() != 2 || row.get(1).isBlank() || !row.get(1).equals(row.get(1).toLowerCase(Locale.ROOT))) {
        throw row.error("expected kind<TAB>lower-case phrase, got '" + row.text() + "'");
      }
      Kind kind;
      try {
        kind = Kind.valueOf(row.get(0).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw row.error("kind must be group or software, got '" + row.get(0) + "'");
      }
      List<Kind> kinds = byPhrase.computeIfAbsent(row.get(1), k -> new ArrayList<>());
      if (!kinds.isEmpty() && !kinds.contains(kind)) {
        throw row.error("'" + row.get(1) + "' is listed as both kinds");
      }
      kinds.add(kind);
    }
    this.phrases = new NameMatcher<>(byPhrase, 1);
  }

  /**
   * What the words around {@code text[start, end)} say the name there is, or null when they say
   * nothing.
   */
  public Kind at(String text, int start, int end) {
    int left = windowStart(text, start);
    int right = windowEnd(text, end);
    Kind best = null;
    int bestDistance = Integer.MAX_VALUE;
    // after the name first, so that a tie goes to the head noun that follows it
    for (NameMatcher.Match<Kind> m : phrases.find(text.substring(end, right).toLowerCase(Locale.ROOT))) {
      int distance = words(text, end, end + m.start());
      if (distance < bestDistance) {
        best = m.values().get(0);
        bestDistance = distance;
      }
    }
    if (bestDistance == 0) {
      return best;
    }
    List<NameMatcher.Match<Kind>> before = phrases.find(text.substring(left, start).toLowerCase(Locale.ROOT));
    for (NameMatcher.Match<Kind> m : before) {
      int distance = words(text, left + m.end(), start);
      if (distance < bestDistance) {
        best = m.values().get(0);
        bestDistance = distance;
      }
    }
    return best;
  }

  /** Where the window before {@code start} begins: {@value #WINDOW} words back, not past a sentence end. */
  private static int windowStart(String text, int start) {
    int i = start;
    int words = 0;
    while (i > 0 && !endsSentence(text, i - 1)) {
      boolean wordStart = isWordChar(text.charAt(i - 1)) && (i == 1 || !isWordChar(text.charAt(i - 2)));
      i--;
      if (wordStart && ++words == WINDOW) {
        break;
      }
    }
    return i;
  }

  /** Where the window after {@code end} ends: {@value #WINDOW} words on, not past a sentence end. */
  private static int windowEnd(String text, int end) {
    int i = end;
    int words = 0;
    while (i < text.length() && !endsSentence(text, i)) {
      boolean wordEnd = isWordChar(text.charAt(i)) && (i + 1 == text.length() || !isWordChar(text.charAt(i + 1)));
      i++;
      if (wordEnd && ++words == WINDOW) {
        break;
      }
    }
    return i;
  }

  /** How many words lie in {@code text[from, to)}; a possessive "'s" is not a word. */
  private static int words(String text, int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      if (isWordChar(text.charAt(i)) && (i == from || !isWordChar(text.charAt(i - 1)))) {
        boolean possessive = text.charAt(i) == 's' && i > 0 && (text.charAt(i - 1) == '\'' || text.charAt(i - 1) == '’')
            && (i + 1 == to || !isWordChar(text.charAt(i + 1)));
        count += possessive ? 0 : 1;
      }
    }
    return count;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-';
  }

  private static boolean endsSentence(String text, int i) {
    char c = text.charAt(i);
    return c == '\n' || ((c == '.' || c == '!' || c == '?' || c == ';')
        && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))));
  }
}
