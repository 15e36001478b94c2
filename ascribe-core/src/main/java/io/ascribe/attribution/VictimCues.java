package io.ascribe.attribution;

import io.ascribe.table.TsvTable;
import io.ascribe.alias.Names;
import io.ascribe.geo.Countries;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The victims an ATT&CK group or campaign description names: countries (full names through {@link
 * Countries}, demonyms and short forms such as "Israeli" or "U.S." through the cue table) and sectors
 * (the cue table's canonical names), read only after a targeting word ("targeted", "against",
 * "victims", ...) in the same sentence, so that "a Chinese threat group that targets Taiwanese
 * government entities" yields Taiwan and government but not China. The table is the resource {@code
 * victim-cues.tsv}; it also gives one name to a sector however a source spells it ({@link #sector}).
 * Immutable; one shared instance ({@link #get}).
 */
final class VictimCues {
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\([^)]*\\)");
  private static final Pattern CITATION = Pattern.compile("\\(Citation:[^)]*\\)");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z\\[(])");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}]+(?:\\.(?=\\p{L}\\.)\\p{L})*\\.?");
  private static final List<String> TARGETING = List.of("target", "victim", "against", "compromis", "focus",
      "interest in", "attacks on", "intrusions", "breach", "spied on", "espionage on");
  /** A country followed by one of these is the actor's origin or sponsor ("China-nexus", "Iranian threat group"). */
  private static final Set<String> ORIGIN_FOLLOWERS = Set.of("nexus", "sponsored", "based", "linked", "aligned",
      "threat", "group", "groups", "actor", "actors", "apt", "hackers", "operators", "cyber");
  private static final int LONGEST_CUE = 4;
  private static final VictimCues INSTANCE = load();

  /**
   * One victim named in a text.
   *
   * @param kind {@link EvidenceKind#VICTIM_COUNTRY} or {@link EvidenceKind#VICTIM_SECTOR}
   * @param feature the engine feature ({@code vc:IL}, {@code vs:government})
   * @param sentence the sentence that names it
   */
  record Mention(EvidenceKind kind, String feature, String sentence) {}

  private final Map<String, String> sectors;
  private final Map<String, String> sectorByName;
  private final Map<String, String> countries;
  private final Countries countryNames = new Countries();

  private VictimCues(Map<String, String> sectors, Map<String, String> countries) {
    this.sectors = Map.copyOf(sectors);
    this.countries = Map.copyOf(countries);
    Map<String, String> byName = new HashMap<>();
    sectors.forEach((cue, canonical) -> byName.put(Names.normalize(cue), canonical));
    sectors.values().forEach(canonical -> byName.put(Names.normalize(canonical), canonical));
    this.sectorByName = Map.copyOf(byName);
  }

  /** The shared table. */
  static VictimCues get() {
    return INSTANCE;
  }

  /** The canonical sector a whole name stands for ("Finance", "Banks" → "financial"), or null. */
  String sector(String name) {
    return sectorByName.get(Names.normalize(name));
  }

  /**
   * The victims the description names, once each, in order of first mention.
   *
   * @param excludedCountries ISO codes never taken as victims here (the actor's claimed sponsors)
   */
  List<Mention> scan(String description, Set<String> excludedCountries) {
    if (description == null || description.isBlank()) {
      return List.of();
    }
    String clean = CITATION.matcher(LINK.matcher(description).replaceAll("$1")).replaceAll(" ");
    Map<String, Mention> out = new LinkedHashMap<>();
    for (String sentence : SENTENCE_END.split(clean)) {
      String lower = sentence.toLowerCase(Locale.ROOT);
      int from = targetingCue(lower);
      if (from < 0) {
        continue;
      }
      List<String> words = new ArrayList<>();
      List<String> original = new ArrayList<>();
      Matcher m = WORD.matcher(sentence);
      while (m.find()) {
        if (m.start() >= from) {
          original.add(m.group());
          words.add(stripDot(m.group().toLowerCase(Locale.ROOT)));
        }
      }
      scanWords(sentence.strip(), words, original, excludedCountries, out);
    }
    return List.copyOf(out.values());
  }

  private void scanWords(String sentence, List<String> words, List<String> original, Set<String> excluded,
      Map<String, Mention> out) {
    for (int i = 0; i < words.size(); ) {
      int matched = 0;
      for (int n = Math.min(LONGEST_CUE, words.size() - i); n >= 1 && matched == 0; n--) {
        String phrase = String.join(" ", words.subList(i, i + n));
        String sector = sectors.get(phrase);
        String country = countries.get(phrase);
        if (country == null && Character.isUpperCase(original.get(i).charAt(0)) && phrase.length() >= 4) {
          country = countryNames.toIso2(phrase);
        }
        boolean origin = i + n < words.size() && ORIGIN_FOLLOWERS.contains(words.get(i + n));
        if (country != null) {
          matched = n;
          if (!origin && !excluded.contains(country) && !"EU".equals(country)) {
            out.putIfAbsent("vc:" + country, new Mention(EvidenceKind.VICTIM_COUNTRY, "vc:" + country, sentence));
          }
        } else if (sector != null) {
          matched = n;
          String feature = "vs:" + Names.normalize(sector);
          out.putIfAbsent(feature, new Mention(EvidenceKind.VICTIM_SECTOR, feature, sentence));
        }
      }
      i += Math.max(1, matched);
    }
  }

  /** The offset of the first targeting word, or -1 when the sentence has none. */
  private static int targetingCue(String lowerSentence) {
    int first = -1;
    for (String cue : TARGETING) {
      int at = lowerSentence.indexOf(cue);
      if (at >= 0 && (first < 0 || at < first)) {
        first = at;
      }
    }
    return first;
  }

  /** "u.s." keeps its dots; a sentence's full stop after a word does not belong to it. */
  private static String stripDot(String word) {
    return word.endsWith(".") && word.indexOf('.') == word.length() - 1 ? word.substring(0, word.length() - 1) : word;
  }

  /** A cue as the scanner sees it: its words, lower case, joined by one space ("high-tech" is "high tech"). */
  private static String words(String cue) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(cue.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(stripDot(m.group()));
    }
    return String.join(" ", out);
  }

  private static VictimCues load() {
    Map<String, String> sectors = new HashMap<>();
    Map<String, String> countries = new HashMap<>();
    for (TsvTable.Row row : TsvTable.resource(VictimCues.class, "victim-cues.tsv").rows()) {
      if (row.size() != 3 || !(row.get(0).equals("sector") || row.get(0).equals("country"))) {
        throw row.error("expected 'sector|country<TAB>value<TAB>cue', got '" + row.text() + "'");
      }
      (row.get(0).equals("sector") ? sectors : countries).put(words(row.get(2)), row.get(1));
    }
    return new VictimCues(sectors, countries);
  }
}
