package io.ascribe.extract.victim;

import io.ascribe.geo.Countries;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the countries and sectors a text names as targets of the activity it describes.
 *
 * <p>A sentence names victims only around a target cue ("targeting", "attacks on", "were
 * compromised"): a cue that looks after it takes the countries and sectors of the next words, up
 * to a stop word ("with", "using", "from", "by") that starts what is not the victim; a cue that
 * looks before it ("Ukrainian ministries were targeted"), or any cue followed by "by" ("targeted by
 * hackers from Russia"), takes the words before it. So "Russian hackers targeted Ukrainian
 * ministries" names Ukraine and government, not Russia. Countries are their names (resolved by
 * {@link Countries}, capitalised as names are), a few acronyms (US, UK, UAE) and the demonyms of
 * the cue table. Thread-safe.
 */
public final class VictimExtractor {
  /** The value of a sector phrase that names none ("social media" is not the media sector). */
  private static final String NOT_A_SECTOR = "-";
  /** How many words a cue looks at. */
  private static final int WINDOW = 16;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*");
  /** Lower-case words allowed inside a country's name ("Republic of Korea"). */
  private static final Set<String> NAME_JOINERS = Set.of("of", "and", "the");
  /** Words before "America" that make it a continent. */
  private static final Set<String> CONTINENT_PARTS = Set.of("north", "south", "latin", "central");
  /** Short country codes read as countries when written in capitals. */
  private static final Set<String> ACRONYMS = Set.of("US", "USA", "UK", "UAE", "DPRK", "PRC", "ROK");

  private final VictimCues cues;
  private final Countries countries = new Countries();

  private VictimExtractor(VictimCues cues) {
    this.cues = cues;
  }

  /** The extractor with the cue table it ships with. */
  public static VictimExtractor standard() {
    return new VictimExtractor(VictimCues.shipped());
  }

  /** The victims {@code text} names, each once, in the order first named, with the first sentence naming it. */
  public List<Victim> find(String text) {
    Map<String, Victim> out = new LinkedHashMap<>();
    if (text == null) {
      return List.of();
    }
    for (String sentence : sentences(text)) {
      Words w = Words.of(sentence);
      for (int i = 0; i < w.size(); i++) {
        VictimCues.Phrase cue = cues.at(w.lower, i, "target");
        if (cue == null) {
          continue;
        }
        int end = i + cue.words().size();
        boolean passive = end < w.size() && w.lower.get(end).equals("by");
        if (cue.value().equals("before") || passive) {
          int from = i;
          while (from > 0 && i - from < WINDOW && !cues.stops.contains(w.lower.get(from - 1))) {
            from--;
          }
          collect(w, from, i, sentence, out);
        } else {
          int to = end;
          while (to < w.size() && to - end < WINDOW && !cues.stops.contains(w.lower.get(to))) {
            to++;
          }
          collect(w, end, to, sentence, out);
        }
        i = end - 1;
      }
    }
    return List.copyOf(out.values());
  }

  /**
   * The victims a claim's target names ("Ukraine's power grid", "US government agencies"): every
   * country and sector in it, with no cue needed, the claim's evidence as their sentence.
   */
  public List<Victim> inTarget(String target, String sentence) {
    if (target == null || target.isBlank()) {
      return List.of();
    }
    Map<String, Victim> out = new LinkedHashMap<>();
    Words w = Words.of(target);
    collect(w, 0, w.size(), sentence == null ? target : sentence, out);
    String whole = countries.toIso2(target.strip());
    if (whole != null && whole.length() == 2 && !whole.equals("EU")) {
      out.putIfAbsent("c:" + whole, new Victim(Victim.Kind.COUNTRY, whole, sentence == null ? target : sentence));
    }
    return List.copyOf(out.values());
  }

  /** Adds the countries and sectors named by words {@code [from, to)}. */
  private void collect(Words w, int from, int to, String sentence, Map<String, Victim> out) {
    for (int i = from; i < to; ) {
      VictimCues.Phrase sector = cues.at(w.lower, i, "sector");
      if (sector != null && i + sector.words().size() <= to) {
        if (!sector.value().equals(NOT_A_SECTOR)) {
          out.putIfAbsent("s:" + sector.value(), new Victim(Victim.Kind.SECTOR, sector.value(), sentence));
        }
        i += sector.words().size();
        continue;
      }
      int country = country(w, i, to, sentence, out);
      i += Math.max(1, country);
    }
  }

  /** Adds a country named at word {@code i} (a name or a demonym); returns how many words it took, or 0. */
  private int country(Words w, int i, int to, String sentence, Map<String, Victim> out) {
    if (!w.capitalised(i)) {
      return 0;
    }
    VictimCues.Phrase demonym = cues.at(w.lower, i, "demonym");
    if (demonym != null && i + demonym.words().size() <= to) {
      out.putIfAbsent("c:" + demonym.value(), new Victim(Victim.Kind.COUNTRY, demonym.value(), sentence));
      return demonym.words().size();
    }
    for (int n = Math.min(4, to - i); n >= 1; n--) {
      if (!w.capitalised(i + n - 1) || !nameShaped(w, i, n)) {
        continue;
      }
      String name = String.join(" ", w.original.subList(i, i + n));
      if (name.replaceAll("[^\\p{L}]", "").length() < 4 && !ACRONYMS.contains(name)) {
        continue; // "C&C" is not the Cocos Islands (CC), nor "IT" Italy
      }
      if (n == 1 && w.lower.get(i).equals("america") && i > 0 && CONTINENT_PARTS.contains(w.lower.get(i - 1))) {
        continue; // North America is not the United States
      }
      String iso = countries.toIso2(name);
      if (iso != null && iso.length() == 2 && !iso.equals("EU")) {
        out.putIfAbsent("c:" + iso, new Victim(Victim.Kind.COUNTRY, iso, sentence));
        return n;
      }
    }
    return 0;
  }

  /** Whether words {@code [i, i+n)} look like one name: capitalised words, joined only by "of", "and", "the". */
  private static boolean nameShaped(Words w, int i, int n) {
    for (int k = i; k < i + n; k++) {
      if (!w.capitalised(k) && !NAME_JOINERS.contains(w.lower.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** The sentences of a text: split at line breaks and at a full stop, question or exclamation mark before white space. */
  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean end = c == '\n'
          || ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))));
      if (end) {
        String s = text.substring(start, i + 1).strip();
        if (!s.isEmpty()) {
          out.add(s);
        }
        start = i + 1;
      }
    }
    String rest = text.substring(start).strip();
    if (!rest.isEmpty()) {
      out.add(rest);
    }
    return out;
  }

  /** A sentence's words as written and in lower case. */
  private record Words(List<String> original, List<String> lower) {
    static Words of(String s) {
      List<String> original = new ArrayList<>();
      List<String> lower = new ArrayList<>();
      Matcher m = WORD.matcher(s);
      while (m.find()) {
        String word = m.group().replace('’', '\'');
        if (word.endsWith("'s")) {
          word = word.substring(0, word.length() - 2);
        }
        original.add(word);
        lower.add(word.toLowerCase(Locale.ROOT));
      }
      return new Words(original, lower);
    }

    int size() {
      return original.size();
    }

    boolean capitalised(int i) {
      return Character.isUpperCase(original.get(i).codePointAt(0));
    }
  }
}
