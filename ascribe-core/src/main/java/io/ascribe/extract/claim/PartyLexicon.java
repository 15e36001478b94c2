package io.ascribe.extract.claim;

import io.ascribe.geo.Countries;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the parties of public claims in a sentence: states by name, demonym, capital or
 * metonym ("Beijing", "the Kremlin", "Washington"), government bodies (ministries, DOJ, FBI, NSA,
 * CISA, NCSC, ...), militaries, security companies, and people introduced with a role
 * ("Foreign Ministry spokesperson Lin Jian"), who are then recognised by surname alone.
 *
 * <p>The tables are deliberately explicit: attribution statements come from a small, stable set of
 * states and agencies, and a wrong guess here puts words in someone's mouth.
 */
final class PartyLexicon {
  /** Longer phrases first, so "Chinese Foreign Ministry" wins over "Chinese". */
  private final List<Entry> entries = new ArrayList<>();
  private final Pattern pattern;
  private final Map<String, Entry> byPhrase = new LinkedHashMap<>();
  private final Countries countries = new Countries();

  private record Entry(String phrase, String country, Party.Kind kind, String canonical) {}

  private static final String[][] STATES = {
    {"CN", "China", "Chinese", "Beijing", "PRC", "People's Republic of China", "Chinese government", "Chinese authorities"},
    {"US", "United States", "U.S.", "US", "USA", "America", "American", "Washington", "U.S. government", "US government"},
    {"RU", "Russia", "Russian", "Moscow", "Kremlin", "the Kremlin", "Russian Federation"},
    {"KP", "North Korea", "North Korean", "Pyongyang", "DPRK"},
    {"KR", "South Korea", "South Korean", "Seoul"},
    {"IR", "Iran", "Iranian", "Tehran"},
    {"GB", "United Kingdom", "UK", "U.K.", "Britain", "British", "London"},
    {"EU", "European Union", "EU", "Brussels"},
    {"UA", "Ukraine", "Ukrainian", "Kyiv", "Kiev"},
    {"IL", "Israel", "Israeli"},
    {"TW", "Taiwan", "Taiwanese", "Taipei"},
    {"JP", "Japan", "Japanese", "Tokyo"},
    {"IN", "India", "Indian", "New Delhi"},
    {"PK", "Pakistan", "Pakistani", "Islamabad"},
    {"VN", "Vietnam", "Vietnamese", "Hanoi"},
    {"DE", "Germany", "German", "Berlin"},
    {"FR", "France", "French", "Paris"},
    {"AU", "Australia", "Australian", "Canberra"},
    {"CA", "Canada", "Canadian", "Ottawa"},
    {"NZ", "New Zealand"},
    {"NL", "Netherlands", "Dutch", "The Hague"},
    {"BY", "Belarus", "Belarusian", "Minsk"},
    {"SY", "Syria", "Syrian", "Damascus"},
    {"TR", "Turkey", "Turkish", "Ankara"},
  };

  private static final String[][] BODIES = {
    {"", "GOVERNMENT_BODY", "Foreign Ministry", "Ministry of Foreign Affairs", "foreign ministry", "Foreign ministry",
        "embassy", "Embassy", "Defense Ministry", "defense ministry", "Defence Ministry"},
    {"CN", "GOVERNMENT_BODY", "Chinese Foreign Ministry",
        "Chinese embassy", "Chinese Embassy", "Ministry of State Security", "MSS", "Ministry of Public Security",
        "National Computer Virus Emergency Response Center", "CVERC", "CNCERT", "Cyberspace Administration of China"},
    {"CN", "MILITARY", "People's Liberation Army", "PLA", "Chinese military", "Chinese army"},
    {"CN", "COMPANY", "360 Digital Security Group", "Qihoo 360", "360", "Qi An Xin", "QiAnXin", "Huawei"},
    {"US", "GOVERNMENT_BODY", "Department of Justice", "Justice Department", "DOJ", "FBI", "Federal Bureau of Investigation",
        "NSA", "National Security Agency", "CISA", "Cybersecurity and Infrastructure Security Agency", "State Department",
        "Department of State", "Treasury Department", "Department of the Treasury", "White House", "Pentagon",
        "Department of Defense", "CIA", "US intelligence community", "U.S. intelligence community", "intelligence community",
        "Office of the Director of National Intelligence", "ODNI", "Cyber Command", "US Cyber Command"},
    {"US", "COMPANY", "Microsoft", "Mandiant", "CrowdStrike", "Google", "Palo Alto Networks", "Secureworks", "Symantec",
        "Recorded Future", "FireEye", "Proofpoint", "Cisco Talos"},
    {"RU", "GOVERNMENT_BODY", "Russian Foreign Ministry", "FSB", "SVR", "Russian embassy", "Kaspersky"},
    {"RU", "MILITARY", "GRU", "Russian military"},
    {"GB", "GOVERNMENT_BODY", "NCSC", "National Cyber Security Centre", "GCHQ", "Foreign Office", "Foreign, Commonwealth and Development Office"},
    {"KP", "GOVERNMENT_BODY", "Reconnaissance General Bureau", "KCNA"},
    {"IR", "GOVERNMENT_BODY", "IRGC", "Islamic Revolutionary Guard Corps"},
    {"EU", "GOVERNMENT_BODY", "European Commission", "Council of the EU", "European External Action Service"},
    {"UA", "GOVERNMENT_BODY", "SBU", "CERT-UA"},
  };

  /** Words that introduce a person by role. */
  static final String ROLE = "(?:spokes(?:person|man|woman)|minister|secretary|director|president|prime minister|ambassador"
      + "|official|attorney general|deputy|chairman|chief|envoy|senator|general|commander|analyst|researcher)";

  PartyLexicon() {
    for (String[] s : STATES) {
      String canonical = s[1];
      for (int i = 1; i < s.length; i++) {
        entries.add(new Entry(s[i], s[0], Party.Kind.STATE, canonical));
      }
    }
    for (String[] b : BODIES) {
      Party.Kind kind = Party.Kind.valueOf(b[1]);
      for (int i = 2; i < b.length; i++) {
        // an empty country marks a generic body ("Foreign Ministry"): it takes the state named before it
        entries.add(new Entry(b[i], b[0].isEmpty() ? null : b[0], kind, b[i]));
      }
    }
    entries.sort((x, y) -> y.phrase().length() - x.phrase().length());
    for (Entry e : entries) {
      byPhrase.putIfAbsent(e.phrase(), e);
    }
    StringBuilder alt = new StringBuilder();
    for (Entry e : entries) {
      if (alt.length() > 0) {
        alt.append('|');
      }
      alt.append(Pattern.quote(e.phrase()));
    }
    // case-sensitive on purpose: "US" the country, not "us" the pronoun
    pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alt + ")(?![\\p{L}\\p{N}])");
  }

  /** A party mention in a sentence, with its character span. */
  record Mention(Party party, int start, int end) {}

  /** Every state, body or company mentioned in the sentence, in order, longest match first. */
  List<Mention> find(String sentence) {
    List<Mention> out = new ArrayList<>();
    Matcher m = pattern.matcher(sentence);
    while (m.find()) {
      Entry e = byPhrase.get(m.group());
      if (e.country() == null && !out.isEmpty()) {
        Mention prev = out.get(out.size() - 1);
        String between = sentence.substring(prev.end(), m.start());
        if (prev.party().kind() == Party.Kind.STATE && between.matches("(?:['’]s)?\\s*")) {
          // "Russia's foreign ministry", "the Chinese Embassy": one party of that state
          out.set(out.size() - 1, new Mention(new Party(sentence.substring(prev.start(), m.end()), prev.party().country(),
              e.kind(), null), prev.start(), m.end()));
          continue;
        }
      }
      out.add(new Mention(new Party(m.group(), e.country(), e.kind(), null), m.start(), m.end()));
    }
    return out;
  }

  /** The ISO code a state name or demonym stands for, or null. */
  String country(String name) {
    for (Entry e : entries) {
      if (e.kind() == Party.Kind.STATE && e.phrase().equalsIgnoreCase(name)) {
        return e.country();
      }
    }
    return countries.toIso2(name);
  }

  /** Lower-case form for comparisons. */
  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
