package io.ascribe.geo;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Maps country names and codes as sources write them ("Russian Federation", "america", "中国",
 * "RU") to ISO 3166 alpha-2 codes. Built from the JDK's own locale data in English and Chinese,
 * plus the spellings our sources use that the JDK does not know.
 */
public final class Countries {
  private static final Map<String, String> EXTRA =
      Map.ofEntries(
          Map.entry("america", "US"),
          Map.entry("usa", "US"),
          Map.entry("unitedstatesofamerica", "US"),
          Map.entry("russianfederation", "RU"),
          Map.entry("iranislamicrepublicof", "IR"),
          Map.entry("koreademocraticpeoplesrepublicof", "KP"),
          Map.entry("democraticpeoplesrepublicofkorea", "KP"),
          Map.entry("dprk", "KP"),
          Map.entry("korearepublicof", "KR"),
          Map.entry("republicofkorea", "KR"),
          Map.entry("prc", "CN"),
          Map.entry("peoplesrepublicofchina", "CN"),
          Map.entry("uk", "GB"),
          Map.entry("greatbritain", "GB"),
          Map.entry("vietnam", "VN"),
          Map.entry("vietnamsocialistrepublicof", "VN"),
          Map.entry("syrianarabrepublic", "SY"),
          Map.entry("taiwanprovinceofchina", "TW"),
          Map.entry("palestinestateof", "PS"),
          Map.entry("gaza", "PS"),
          Map.entry("laopeoplesdemocraticrepublic", "LA"),
          Map.entry("europeanunion", "EU"),
          Map.entry("eu", "EU"),
          Map.entry("美国", "US"),
          Map.entry("俄罗斯", "RU"),
          Map.entry("韩国", "KR"),
          Map.entry("朝鲜", "KP"),
          Map.entry("越南", "VN"),
          Map.entry("印度", "IN"),
          Map.entry("台湾", "TW"));

  private final Map<String, String> byName = new HashMap<>();

  /** Builds the lookup table; cheap enough to create per use, but one instance can be shared. */
  public Countries() {
    for (String code : Locale.getISOCountries()) {
      Locale l = Locale.of("", code);
      byName.put(key(code), code);
      byName.put(key(l.getDisplayCountry(Locale.ENGLISH)), code);
      byName.put(key(l.getDisplayCountry(Locale.SIMPLIFIED_CHINESE)), code);
      byName.put(key(l.getISO3Country()), code);
    }
    byName.putAll(EXTRA);
  }

  /** The ISO alpha-2 code (or {@code EU}) for a name or code, or null when unknown. */
  public String toIso2(String nameOrCode) {
    if (nameOrCode == null) {
      return null;
    }
    return byName.get(key(nameOrCode));
  }

  /** English display name for an ISO code, or the code itself when unknown. */
  public static String displayName(String iso2) {
    if ("EU".equals(iso2)) {
      return "European Union";
    }
    String name = Locale.of("", iso2).getDisplayCountry(Locale.ENGLISH);
    return name.isEmpty() ? iso2 : name;
  }

  private static String key(String s) {
    StringBuilder sb = new StringBuilder();
    String lower = s.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
