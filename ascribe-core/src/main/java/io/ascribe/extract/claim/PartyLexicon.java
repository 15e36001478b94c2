package io.ascribe.extract.claim;

import io.ascribe.geo.Countries;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
public final class PartyLexicon {
  /** Longer phrases first, so "Chinese Foreign Ministry" wins over "Chinese". */
  private final List<Entry> entries = new ArrayList<>();
  /** Phrases by their first word, longest first: a hash look-up per word instead of one huge regex. */
  private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
  private final Map<String, Entry> byPhrase = new LinkedHashMap<>();
  private final Countries countries = new Countries();

  /** Between a state and a generic body of it: "Russia's foreign ministry", "the south Korean puppet intelligence service". */
  private static final Pattern POSSESSIVE_GAP = Pattern.compile("(?:['’]s)?\\s*(?:[a-z][a-z-]*\\s+)?");
  private static final Pattern OWNER_GAP = Pattern.compile("['’]s\\s+(?:own\\s+)?");
  private static final Pattern LOCATION_GAP = Pattern.compile(" in (?:the )?");

  private record Entry(String phrase, String country, Party.Kind kind, String canonical) {}

  /** The code of a group of states: the prefix, then the members' ISO codes separated by commas. */
  static final String GROUP_PREFIX = "G:";

  /** Per state: its ISO code, then its names, demonyms, capitals and metonyms. */
  static final String[][] STATES = {
    {"CN", "China", "Chinese", "Beijing", "PRC", "People's Republic of China", "Chinese government", "Chinese authorities",
        "mainland China", "Shanghai", "Guangzhou", "Shenzhen", "Harbin", "Wuhan", "Chengdu", "Tianjin", "Nanjing", "Hangzhou"},
    {"US", "United States", "U.S.", "US", "USA", "America", "American", "Americans", "Washington", "U.S. government",
        "US government"},
    {"RU", "Russia", "Russian", "Russians", "Moscow", "Kremlin", "the Kremlin", "Russian Federation"},
    {"KP", "North Korea", "North Korean", "North Koreans", "Pyongyang", "DPRK", "N. Korea", "N. Korean", "N.Korea",
        "north Korea", "north Korean"},
    {"KR", "South Korea", "South Korean", "South Koreans", "Seoul", "Republic of Korea", "south Korea", "south Korean",
        "S. Korea", "S. Korean", "S.Korea"},
    {"IR", "Iran", "Iranian", "Iranians", "Tehran", "Islamic Republic"},
    {"GB", "United Kingdom", "UK", "U.K.", "Britain", "British", "London", "Whitehall", "Downing Street"},
    {"EU", "European Union", "EU", "Brussels"},
    {"UA", "Ukraine", "Ukrainian", "Ukrainians", "Kyiv", "Kiev"},
    {"IL", "Israel", "Israeli", "Israelis", "Jerusalem", "Tel Aviv", "Zionist regime", "Zionist entity", "Zionist"},
    {"TW", "Taiwan", "Taiwanese", "Taipei", "DPP authorities", "Democratic Progressive Party authorities"},
    {"JP", "Japan", "Japanese", "Tokyo"},
    {"IN", "India", "Indian", "New Delhi"},
    {"PK", "Pakistan", "Pakistani", "Pakistanis", "Islamabad"},
    {"VN", "Vietnam", "Viet Nam", "Vietnamese", "Hanoi"},
    {"DE", "Germany", "German", "Berlin"},
    {"FR", "France", "French", "Paris"},
    {"AU", "Australia", "Australian", "Canberra"},
    {"CA", "Canada", "Canadian", "Ottawa"},
    {"NZ", "New Zealand", "Wellington"},
    {"NL", "Netherlands", "Dutch", "The Hague"},
    {"BY", "Belarus", "Belarusian", "Minsk"},
    {"SY", "Syria", "Syrian", "Damascus"},
    {"TR", "Turkey", "Turkish", "Ankara"},
    {"NO", "Norway", "Norwegian", "Oslo"},
    {"SE", "Sweden", "Swedish", "Stockholm"},
    {"FI", "Finland", "Finnish", "Helsinki"},
    {"DK", "Denmark", "Danish", "Copenhagen"},
    {"PL", "Poland", "Polish", "Warsaw"},
    {"CZ", "Czech Republic", "Czechia", "Czech", "Prague"},
    {"EE", "Estonia", "Estonian", "Tallinn"},
    {"LV", "Latvia", "Latvian", "Riga"},
    {"LT", "Lithuania", "Lithuanian", "Vilnius"},
    {"RO", "Romania", "Romanian", "Bucharest"},
    {"MD", "Moldova", "Moldovan", "Chisinau"},
    {"IT", "Italy", "Italian", "Rome"},
    {"ES", "Spain", "Spanish", "Madrid"},
    {"BE", "Belgium", "Belgian"},
    {"CH", "Switzerland", "Swiss", "Bern"},
    {"AT", "Austria", "Austrian", "Vienna"},
    {"IE", "Ireland", "Irish", "Dublin"},
    {"AL", "Albania", "Albanian", "Tirana"},
    {"PH", "Philippines", "Philippine", "Filipino", "Manila"},
    {"SG", "Singapore", "Singaporean"},
    {"MY", "Malaysia", "Malaysian", "Kuala Lumpur"},
    {"ID", "Indonesia", "Indonesian", "Jakarta"},
    {"TH", "Thailand", "Thai", "Bangkok"},
    {"SA", "Saudi Arabia", "Saudi", "Riyadh"},
    {"AE", "United Arab Emirates", "UAE", "Emirati", "Abu Dhabi"},
    {"QA", "Qatar", "Qatari", "Doha"},
    {"EG", "Egypt", "Egyptian", "Cairo"},
    {"LB", "Lebanon", "Lebanese", "Beirut"},
    {"BR", "Brazil", "Brazilian", "Brasilia", "Brasília"},
    {"MX", "Mexico", "Mexican"},
    {"AZ", "Azerbaijan", "Azerbaijani", "Azeri", "Baku"},
    {"AM", "Armenia", "Armenian", "Yerevan"},
    {"GE", "Georgia", "Georgian", "Georgian government", "Tbilisi"},
    {"KZ", "Kazakhstan", "Kazakh", "Astana"},
    {"UZ", "Uzbekistan", "Uzbek", "Tashkent"},
    {"HU", "Hungary", "Hungarian", "Budapest"},
    {"SK", "Slovakia", "Slovak", "Bratislava"},
    {"SI", "Slovenia", "Slovenian", "Ljubljana"},
    {"HR", "Croatia", "Croatian", "Zagreb"},
    {"RS", "Serbia", "Serbian", "Belgrade"},
    {"BG", "Bulgaria", "Bulgarian"},
    {"GR", "Greece", "Greek", "Athens"},
    {"PT", "Portugal", "Portuguese", "Lisbon"},
    {"LU", "Luxembourg"},
    {"CR", "Costa Rica", "Costa Rican", "San José", "San Jose"},
    {"PA", "Panama", "Panamanian"},
    {"GT", "Guatemala", "Guatemalan"},
    {"HN", "Honduras", "Honduran", "Tegucigalpa"},
    {"SV", "El Salvador", "Salvadoran", "San Salvador"},
    {"NI", "Nicaragua", "Nicaraguan", "Managua"},
    {"DO", "Dominican Republic", "Dominican", "Santo Domingo"},
    {"UY", "Uruguay", "Uruguayan", "Montevideo"},
    {"PY", "Paraguay", "Paraguayan", "Asunción", "Asuncion"},
    {"BO", "Bolivia", "Bolivian", "La Paz"},
    {"JM", "Jamaica", "Jamaican", "Kingston"},
    {"GH", "Ghana", "Ghanaian", "Accra"},
    {"UG", "Uganda", "Ugandan", "Kampala"},
    {"TZ", "Tanzania", "Tanzanian", "Dodoma", "Dar es Salaam"},
    {"RW", "Rwanda", "Rwandan", "Kigali"},
    {"ZM", "Zambia", "Zambian", "Lusaka"},
    {"ZW", "Zimbabwe", "Zimbabwean", "Harare"},
    {"SN", "Senegal", "Senegalese", "Dakar"},
    {"CI", "Ivory Coast", "Côte d'Ivoire", "Ivorian", "Abidjan"},
    {"CM", "Cameroon", "Cameroonian", "Yaoundé"},
    {"TJ", "Tajikistan", "Tajik", "Dushanbe"},
    {"KG", "Kyrgyzstan", "Kyrgyz", "Bishkek"},
    {"TM", "Turkmenistan", "Turkmen", "Ashgabat"},
    {"XK", "Kosovo", "Kosovar", "Pristina"},
    {"MV", "Maldives", "Maldivian"},
    {"BN", "Brunei", "Bruneian"},
    {"FJ", "Fiji", "Fijian", "Suva"},
    {"PG", "Papua New Guinea", "Port Moresby"},
    {"TO", "Tonga", "Tongan"},
    {"WS", "Samoa", "Samoan"},
    {"VU", "Vanuatu"},
    {"IS", "Iceland", "Icelandic", "Reykjavik"},
    {"ME", "Montenegro", "Montenegrin", "Podgorica"},
    {"MK", "North Macedonia", "Skopje"},
    {"BA", "Bosnia and Herzegovina", "Bosnia", "Sarajevo"},
    {"CY", "Cyprus", "Cypriot", "Nicosia"},
    {"MT", "Malta", "Maltese", "Valletta"},
    {"IQ", "Iraq", "Iraqi", "Baghdad"},
    {"JO", "Jordanian", "Amman"},
    {"KW", "Kuwait", "Kuwaiti"},
    {"BH", "Bahrain", "Bahraini", "Manama"},
    {"OM", "Oman", "Omani", "Muscat"},
    {"YE", "Yemen", "Yemeni", "Sanaa"},
    {"AF", "Afghanistan", "Afghan", "Kabul"},
    {"BD", "Bangladesh", "Bangladeshi", "Dhaka"},
    {"LK", "Sri Lanka", "Sri Lankan", "Colombo"},
    {"NP", "Nepal", "Nepalese", "Nepali", "Kathmandu"},
    {"MM", "Myanmar", "Burma", "Burmese", "Naypyidaw"},
    {"KH", "Cambodia", "Cambodian", "Phnom Penh"},
    {"LA", "Laos", "Vientiane"},
    {"MN", "Mongolia", "Mongolian", "Ulaanbaatar"},
    {"KE", "Kenya", "Kenyan", "Nairobi"},
    {"ZA", "South Africa", "South African", "Pretoria"},
    {"NG", "Nigeria", "Nigerian", "Abuja"},
    {"ET", "Ethiopia", "Ethiopian", "Addis Ababa"},
    {"MA", "Morocco", "Moroccan", "Rabat"},
    {"DZ", "Algeria", "Algerian", "Algiers"},
    {"TN", "Tunisia", "Tunisian", "Tunis"},
    {"LY", "Libya", "Libyan", "Tripoli"},
    {"SD", "Sudan", "Sudanese", "Khartoum"},
    {"AR", "Argentina", "Argentine", "Argentinian", "Buenos Aires"},
    {"CL", "Chile", "Chilean"},
    {"CO", "Colombia", "Colombian", "Bogota", "Bogotá"},
    {"PE", "Peru", "Peruvian"},
    {"VE", "Venezuela", "Venezuelan", "Caracas"},
    {"CU", "Cuba", "Cuban", "Havana"},
    {"EC", "Ecuador", "Ecuadorian", "Quito"},
    // groups of states that speak together; ClaimExtractor gives each member its own claim
    {GROUP_PREFIX + "US,GB,CA,AU,NZ", "Five Eyes", "Five Eyes partners", "Five Eyes governments", "Five Eyes countries",
        "Five Eyes alliance", "Five Eyes nations", "Five Eyes", "Five Eyes intelligence alliance", "Five Eyes agencies",
        "Five Eyes intelligence agencies", "Five Eyes intelligence partners", "Five Eyes allies"},
    {GROUP_PREFIX + "EE,LV,LT", "Baltic states", "Baltic countries", "Baltic governments", "three Baltic states"},
  };

  /** The members of a state or group code: the code itself, or each member of a group. */
  public static List<String> members(String code) {
    return code != null && code.startsWith(GROUP_PREFIX) ? List.of(code.substring(GROUP_PREFIX.length()).split(","))
        : java.util.Collections.singletonList(code);
  }

  private static final String[][] BODIES = {
    {"", "GOVERNMENT_BODY", "Foreign Ministry", "Ministry of Foreign Affairs", "foreign ministry", "Foreign ministry",
        "Foreign Office", "foreign office", "embassy", "Embassy", "mission", "Mission", "Defense Ministry",
        "defense ministry", "Defence Ministry", "defence ministry", "Ministry of Defence", "Ministry of Defense",
        "Interior Ministry", "interior ministry", "police", "Police", "prosecutors", "Prosecutors",
        "federal prosecutors", "Federal prosecutors", "grand jury", "federal grand jury", "A federal grand jury",
        "intelligence service", "intelligence services", "security service", "cybersecurity agency", "government", "Government",
        "public security authorities", "Public security authorities", "public security bureau", "National Police Agency",
        "National CERT", "National Computer Emergency Response Team", "national computer emergency response team",
        "cyber security agency", "Foreign Intelligence Service", "Central Election Commission"},
    {"CN", "GOVERNMENT_BODY", "Chinese Foreign Ministry",
        "Chinese embassy", "Chinese Embassy", "Ministry of State Security", "MSS", "Ministry of Public Security",
        "National Computer Virus Emergency Response Center", "CVERC", "CNCERT", "Cyberspace Administration of China",
        "Taiwan Affairs Office"},
    {"CN", "MILITARY", "People's Liberation Army", "PLA", "Chinese military", "Chinese army"},
    {"CN", "COMPANY", "360 Digital Security Group", "Qihoo 360", "360", "Qi An Xin", "QiAnXin", "Huawei", "Antiy"},
    {"US", "GOVERNMENT_BODY", "Department of Justice", "Justice Department", "Justice Dept.", "Justice Dept", "DOJ", "FBI", "Federal Bureau of Investigation",
        "NSA", "National Security Agency", "CISA", "Cybersecurity and Infrastructure Security Agency", "State Department",
        "Department of State", "Treasury Department", "Department of the Treasury", "Treasury", "OFAC",
        "Office of Foreign Assets Control", "White House", "Pentagon",
        "Department of Defense", "CIA", "US intelligence community", "U.S. intelligence community", "intelligence community",
        "Office of the Director of National Intelligence", "ODNI", "Cyber Command", "US Cyber Command",
        "Department of Homeland Security", "DHS", "Secret Service"},
    {"US", "COMPANY", "Microsoft", "Mandiant", "CrowdStrike", "Google", "Palo Alto Networks", "Secureworks", "Symantec",
        "Recorded Future", "FireEye", "Proofpoint", "Cisco Talos", "Threat Analysis Group", "SentinelOne", "Volexity",
        "Dragos", "Trellix", "Rapid7", "Cybereason", "Chainalysis", "Unit 42", "Fortinet", "Cloudflare", "Lookout",
        "Zscaler", "Akamai", "Huntress", "Red Canary", "Arctic Wolf", "Insikt Group", "Black Lotus Labs", "Lumen",
        "Okta", "Tenable", "Qualys", "Claroty", "Nozomi Networks", "Trustwave", "ReliaQuest", "Team Cymru", "Intezer"},
    {"GB", "COMPANY", "Sophos", "Darktrace", "BAE Systems", "Elliptic"},
    {"SK", "COMPANY", "ESET"},
    {"IL", "COMPANY", "Check Point", "ClearSky", "Cyberint", "Sygnia", "Deep Instinct"},
    {"JP", "COMPANY", "Trend Micro", "NTT Security", "Macnica"},
    {"IN", "COMPANY", "Quick Heal", "Seqrite", "Seqrite Labs", "CloudSEK", "K7 Computing"},
    {"KR", "COMPANY", "AhnLab", "S2W", "Genians", "NSHC"},
    {"TW", "COMPANY", "TeamT5", "Team T5"},
    {"CZ", "COMPANY", "Avast"},
    {"DE", "COMPANY", "G DATA"},
    {"FR", "COMPANY", "Sekoia", "Orange Cyberdefense", "Thales"},
    {"CA", "COMPANY", "Citizen Lab"},
    {"SG", "COMPANY", "Cyfirma"},
    {"SG", "COMPANY", "Group-IB"},
    {"RO", "COMPANY", "Bitdefender"},
    {"FI", "COMPANY", "WithSecure", "F-Secure"},
    {"RU", "COMPANY", "Kaspersky", "Positive Technologies", "Dr.Web", "BI.ZONE", "F.A.C.C.T."},
    {"RU", "GOVERNMENT_BODY", "Russian Foreign Ministry", "FSB", "SVR", "Russian embassy", "Russian Embassy",
        "Federal Security Service", "Investigative Committee", "Roskomnadzor"},
    {"RU", "MILITARY", "GRU", "Russian military"},
    {"GB", "GOVERNMENT_BODY", "NCSC", "National Cyber Security Centre", "GCHQ", "Foreign, Commonwealth and Development Office",
        "National Crime Agency", "MI5", "MI6", "Home Office"},
    {"AU", "GOVERNMENT_BODY", "Australian Signals Directorate", "ASD", "Australian Cyber Security Centre", "ACSC", "ASIO"},
    {"CA", "GOVERNMENT_BODY", "Canadian Centre for Cyber Security", "Communications Security Establishment", "CSE", "CSIS"},
    {"NZ", "GOVERNMENT_BODY", "GCSB", "Government Communications Security Bureau", "NCSC-NZ"},
    {"CZ", "GOVERNMENT_BODY", "NUKIB", "National Cyber and Information Security Agency"},
    {"IR", "GOVERNMENT_BODY", "Passive Defense Organization", "Passive Defence Organization"},
    {"DE", "GOVERNMENT_BODY", "BSI", "Federal Office for Information Security", "BfV", "BND",
        "Federal Office for the Protection of the Constitution"},
    {"FR", "GOVERNMENT_BODY", "ANSSI", "Viginum", "Quai d'Orsay"},
    {"NL", "GOVERNMENT_BODY", "MIVD", "AIVD"},
    {"IL", "GOVERNMENT_BODY", "National Cyber Directorate", "Israel National Cyber Directorate", "Shin Bet", "Mossad"},
    {"IL", "MILITARY", "IDF", "Israel Defense Forces"},
    {"KR", "GOVERNMENT_BODY", "National Intelligence Service", "NIS", "KISA"},
    {"VE", "GOVERNMENT_BODY", "Bolivarian National Intelligence Service", "SEBIN"},
    {"JP", "GOVERNMENT_BODY", "NISC"},
    {"IN", "GOVERNMENT_BODY", "CERT-In", "Indian Computer Emergency Response Team", "Ministry of External Affairs",
        "Research and Analysis Wing", "RAW"},
    {"PK", "GOVERNMENT_BODY", "ISPR", "Inter-Services Intelligence", "ISI", "PKCERT"},
    {"TW", "GOVERNMENT_BODY", "National Security Bureau", "Mainland Affairs Council"},
    {"KP", "GOVERNMENT_BODY", "Reconnaissance General Bureau", "RGB", "KCNA", "Korean Central News Agency"},
    {"IR", "GOVERNMENT_BODY", "IRGC", "Islamic Revolutionary Guard Corps", "Revolutionary Guards", "Revolutionary Guard Corps", "Ministry of Intelligence", "MOIS"},
    {"EU", "GOVERNMENT_BODY", "European Commission", "Council of the EU", "Council of the European Union",
        "European External Action Service"},
    {"UA", "GOVERNMENT_BODY", "SBU", "CERT-UA", "GUR", "SSSCIP"},
  };

  /** Words that introduce a person by role (any case: "Defence Minister Richard Marles"). */
  static final String ROLE = "(?i:spokes(?:person|man|woman)|minister|secretary|undersecretary|director|president"
      + "|prime minister|chancellor|premier|ambassador|official|attorney general|prosecutor|commissioner|deputy|chairman"
      + "|chief|head|envoy|senator|general|commander|analyst|researcher|adviser|advisor|coordinator|lawmaker)";

  /** ISO codes whose JDK names are not states a claim is made by or about: territories, and Chad. */
  private static final java.util.Set<String> NOT_STATES = java.util.Set.of("AS", "AI", "AQ", "AW", "AX", "BL", "BM",
      "BQ", "BV", "CC", "CK", "CW", "CX", "EH", "FK", "FO", "GF", "GG", "GI", "GL", "GP", "GS", "GU", "HK", "HM", "IM",
      "IO", "JE", "KY", "MF", "MO", "MP", "MQ", "MS", "NC", "NF", "NU", "PF", "PM", "PN", "PR", "PS", "RE", "SH", "SJ",
      "SX", "TC", "TD", "TF", "TK", "UM", "VG", "VI", "WF", "YT");

  /** The lexicon of states, bodies and companies. */
  public PartyLexicon() {
    for (String[] s : STATES) {
      String canonical = s[1];
      for (int i = 1; i < s.length; i++) {
        entries.add(new Entry(s[i], s[0], Party.Kind.STATE, canonical));
      }
    }
    // any other state under its English name from the JDK's locale data ("Burkina Faso", "Mauritius"), but not
    // dependent territories ("Jersey", "Guam") nor a first name ("Chad")
    java.util.Set<String> listed = new java.util.HashSet<>(NOT_STATES);
    entries.forEach(e -> listed.add(e.country()));
    for (String code : Locale.getISOCountries()) {
      String name = Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
      if (!listed.contains(code) && !name.isEmpty() && !name.equals(code) && !name.contains("&")) {
        entries.add(new Entry(name, code, Party.Kind.STATE, name));
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
      if (byPhrase.putIfAbsent(e.phrase(), e) == null) {
        byFirstWord.computeIfAbsent(firstWord(e.phrase(), 0), k -> new ArrayList<>()).add(e);
      }
    }
  }

  /** The run of letters and digits starting at {@code from}. */
  private static String firstWord(String s, int from) {
    int end = from;
    while (end < s.length() && Character.isLetterOrDigit(s.charAt(end))) {
      end++;
    }
    return s.substring(from, end);
  }

  /**
   * The longest phrase starting at {@code at} and ending at a word boundary, or null. Matching is
   * case-sensitive on purpose: "US" the country, not "us" the pronoun.
   */
  private Entry longestAt(String s, int at) {
    List<Entry> candidates = byFirstWord.get(firstWord(s, at));
    if (candidates == null) {
      return null;
    }
    for (Entry e : candidates) { // longest first
      int end = at + e.phrase().length();
      // "US$8 million" names a currency, not a state
      if (end <= s.length() && s.startsWith(e.phrase(), at)
          && (end == s.length() || !Character.isLetterOrDigit(s.charAt(end)) && s.charAt(end) != '$')) {
        return e;
      }
    }
    return null;
  }

  private record Span(int start, int end, String group) {}

  /** A party mention in a sentence, with its character span. */
  public record Mention(Party party, int start, int end) {}

  /** Every state, body or company mentioned in the sentence, in order, longest match first. */
  public List<Mention> find(String sentence) {
    List<Mention> out = new ArrayList<>();
    int i = 0;
    int n = sentence.length();
    while (i < n) {
      if (!Character.isLetterOrDigit(sentence.charAt(i)) || i > 0 && Character.isLetterOrDigit(sentence.charAt(i - 1))) {
        i++;
        continue;
      }
      Entry e = longestAt(sentence, i);
      if (e == null) {
        i++;
        continue;
      }
      Span m = new Span(i, i + e.phrase().length(), e.phrase());
      i = m.end();
      if (e.country() == null && !out.isEmpty()) {
        Mention prev = out.get(out.size() - 1);
        String between = sentence.substring(prev.end(), m.start());
        if (prev.party().kind() == Party.Kind.STATE && POSSESSIVE_GAP.matcher(between).matches()) {
          // "Russia's foreign ministry", "the Chinese Embassy": one party of that state
          out.set(out.size() - 1, new Mention(new Party(sentence.substring(prev.start(), m.end()), prev.party().country(),
              e.kind(), null), prev.start(), m.end()));
          continue;
        }
        if (prev.party().kind() != Party.Kind.STATE && prev.party().kind() != Party.Kind.PERSON && between.equals(" ")) {
          // "Norway's police security service": one body
          out.set(out.size() - 1, new Mention(new Party(sentence.substring(prev.start(), m.end()), prev.party().country(),
              prev.party().kind(), null), prev.start(), m.end()));
          continue;
        }
      }
      if (e.country() != null && e.kind() != Party.Kind.STATE && e.kind() != Party.Kind.COMPANY && !out.isEmpty()) {
        Mention prev = out.get(out.size() - 1);
        String between = sentence.substring(prev.end(), m.start());
        if (prev.party().kind() == Party.Kind.STATE && !e.country().equals(prev.party().country())
            && OWNER_GAP.matcher(between).matches()) {
          // "New Zealand's National Cyber Security Centre": a body another state also has a namesake of
          out.set(out.size() - 1, new Mention(new Party(sentence.substring(prev.start(), m.end()), prev.party().country(),
              e.kind(), null), prev.start(), m.end()));
          continue;
        }
      }
      if (e.kind() == Party.Kind.STATE && !out.isEmpty()) {
        Mention prev = out.get(out.size() - 1);
        String between = sentence.substring(prev.end(), m.start());
        if (prev.party().kind() != Party.Kind.STATE && prev.party().kind() != Party.Kind.PERSON
            && LOCATION_GAP.matcher(between).matches()) {
          // "the foreign ministry in Moscow": a generic body takes the place's state; "Russia's embassy in
          // Washington": the place is where the body sits, not a party of its own
          String country = prev.party().country() == null ? e.country() : prev.party().country();
          out.set(out.size() - 1, new Mention(new Party(sentence.substring(prev.start(), m.end()), country,
              prev.party().kind(), null), prev.start(), m.end()));
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
