package io.ascribe.extract.claim;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words that name a state in running text (country names, demonyms, capitals, metonyms such
 * as "Russian", "Beijing", "the Kremlin"), for callers outside the claim rules: a malware alias
 * that is also "Russian" or "Czech" (some ransomware families are catalogued so) would otherwise be
 * "found" in every story about Russia or the Czech Republic.
 */
public final class StateWords {
  private static final Set<String> WORDS = words();

  private StateWords() {}

  /** Whether {@code name} (any case) is one of those words. */
  public static boolean contains(String name) {
    return WORDS.contains(name.strip().toLowerCase(Locale.ROOT));
  }

  private static Set<String> words() {
    Set<String> out = new HashSet<>();
    for (String[] state : PartyLexicon.STATES) {
      for (int i = 1; i < state.length; i++) {
        out.add(state[i].toLowerCase(Locale.ROOT));
      }
    }
    return Set.copyOf(out);
  }
}
