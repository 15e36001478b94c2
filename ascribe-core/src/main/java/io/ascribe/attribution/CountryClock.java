package io.ascribe.attribution;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Languages and UTC offsets to expect from an actor based in a country, for the (cheaply forged)
 * language and time-zone evidence. Languages come from the JDK's locale data; offsets (standard
 * and summer time) from a short table of the states most often named as sponsors. A country not
 * in the table yields no expectation, so the evidence is neutral rather than inconsistent.
 */
final class CountryClock {
  private static final Map<String, double[]> OFFSETS = Map.ofEntries(
      Map.entry("CN", new double[] {8}), Map.entry("RU", new double[] {3, 4}), Map.entry("KP", new double[] {9}),
      Map.entry("KR", new double[] {9}), Map.entry("IR", new double[] {3.5, 4.5}), Map.entry("VN", new double[] {7}),
      Map.entry("PK", new double[] {5}), Map.entry("IN", new double[] {5.5}), Map.entry("US", new double[] {-4, -5, -6, -7, -8}),
      Map.entry("IL", new double[] {2, 3}), Map.entry("TR", new double[] {3}), Map.entry("BY", new double[] {3}),
      Map.entry("UA", new double[] {2, 3}), Map.entry("GB", new double[] {0, 1}), Map.entry("FR", new double[] {1, 2}),
      Map.entry("DE", new double[] {1, 2}), Map.entry("LB", new double[] {2, 3}), Map.entry("SY", new double[] {2, 3}),
      Map.entry("AE", new double[] {4}), Map.entry("SA", new double[] {3}), Map.entry("KZ", new double[] {5, 6}),
      Map.entry("JP", new double[] {9}), Map.entry("TW", new double[] {8}), Map.entry("BR", new double[] {-3}),
      Map.entry("NG", new double[] {1}), Map.entry("EG", new double[] {2, 3}), Map.entry("PS", new double[] {2, 3}));

  private CountryClock() {}

  /** Languages (ISO 639-1) spoken in a country, from the JDK's locales; empty when unknown. */
  static Set<String> languages(String iso2) {
    Set<String> out = new HashSet<>();
    for (Locale l : Locale.getAvailableLocales()) {
      if (iso2.equals(l.getCountry()) && !l.getLanguage().isEmpty()) {
        out.add(l.getLanguage());
      }
    }
    return out;
  }

  /** UTC offsets in use in a country, or null when the table does not know it. */
  static double[] offsets(String iso2) {
    return OFFSETS.get(iso2);
  }
}
