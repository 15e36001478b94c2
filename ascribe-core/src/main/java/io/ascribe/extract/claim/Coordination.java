package io.ascribe.extract.claim;

import io.ascribe.extract.claim.PartyLexicon.Mention;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parties joined into one coordinated phrase: "the United States, Britain and Australia". The rule
 * reader and the frame generator (coalition members) read it.
 */
public final class Coordination {
  /** Between parties of one coordinated subject: "the United States, Britain and Australia". */
  static final Pattern CHAIN_GAP = Pattern.compile(
      "(?:['’]s)?\\)?\\s*(?:,\\s*|,?\\s+and\\s+(?:its\\s+|their\\s+)?|,?\\s+(?:along with|together with|as well as|in coordination with|"
          + "in partnership with|in cooperation with|jointly with|alongside|joined by)\\s+)?"
          + "(?:[A-Z]{2,6}(?:,\\s*|,?\\s+and\\s+)(?:the\\s+)?)?(?:the\\s+)?(?:other\\s+)?");

  private Coordination() {}

  /** Mention {@code i} and the state-bearing mentions joined to it by "and", commas or "as well as". */
  public static List<Mention> coordinated(String s, List<Mention> mentions, int i) {
    int from = i;
    while (from > 0 && mentions.get(from - 1).party().country() != null
        && CHAIN_GAP.matcher(s.substring(mentions.get(from - 1).end(), mentions.get(from).start())).matches()) {
      from--;
    }
    int to = i;
    while (to + 1 < mentions.size() && mentions.get(to + 1).party().country() != null
        && CHAIN_GAP.matcher(s.substring(mentions.get(to).end(), mentions.get(to + 1).start())).matches()) {
      to++;
    }
    return mentions.subList(from, to + 1);
  }

  /**
   * The coordinated parties that begin right at {@code at} ("by the United States and Britain"), or
   * none when the words there are not a party ("by reporters in Moscow").
   */
  static List<Mention> coordinatedAt(String s, List<Mention> mentions, int at) {
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.start() >= at) {
        String gap = s.substring(at, m.start());
        return gap.isBlank() || gap.equalsIgnoreCase("the ") ? coordinated(s, mentions, i) : List.of();
      }
    }
    return List.of();
  }
}
