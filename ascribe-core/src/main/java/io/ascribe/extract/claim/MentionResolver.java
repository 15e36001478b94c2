package io.ascribe.extract.claim;

import io.ascribe.extract.claim.PartyLexicon.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves mentions that name no party of their own to the parties named with them: plural
 * anaphora of states ("these countries", "the three nations") to each member of the most recent
 * list of states; a plural description named by a later list of its sentence ("several governments
 * ..., including A, B and C") to each member of that list; and definite descriptions of bodies
 * ("the ministry", "the agency") to the most recent government body with a state. Each resolved mention keeps the anaphor's span and says how
 * it was resolved ({@link ResolvedMention.How}), so that frames built on it can be weighed apart. Part of
 * {@link TextAnnotator}'s one pass; stateless.
 */
final class MentionResolver {
  /** How many sentences back an antecedent may stand. */
  private static final int REACH = 3;
  /** A plural anaphor of states, with its count when it gives one ("the three countries"). */
  private static final Pattern PLURAL = Pattern.compile(
      "\\b(?:[Tt]hese|[Tt]hose|[Tt]he|[Bb]oth)\\s+(?:(two|three|four|five|six)\\s+)?(?:other\\s+)?"
          + "(?:countries|states|nations|governments|allies)\\b");
  /** A plural description of states that a list may name later in the sentence ("several governments", "its allies"). */
  private static final Pattern DESCRIPTION = Pattern.compile("\\b(?:countries|states|nations|governments|allies|partners)\\b");
  /** What introduces the list naming a plural description: "including", "such as", "namely", a dash. */
  private static final Pattern INTRODUCES_LIST = Pattern.compile("(?:\\b(?:including|such as|namely)|\\s[—–-]{1,2})\\s+");
  /** A definite description of a government body ("the ministry"), not a body's own name ("the Ministry of ..."). */
  private static final Pattern BODY = Pattern.compile("\\b[Tt]he\\s+(ministry|agency|bureau|department|embassy)\\b(?!\\s+of\\b)");
  /** Nouns a body's own name holds ("Foreign Ministry", "Chinese Embassy"): their descriptions refer only to such a name. */
  private static final Set<String> NAMED_BY_NOUN = Set.of("ministry", "embassy");
  private static final Map<String, Integer> COUNTS = Map.of("two", 2, "three", 3, "four", 4, "five", 5, "six", 6);

  private MentionResolver() {}

  /**
   * The resolved mentions of each sentence.
   *
   * @param plain each sentence read without its transcript marker
   * @param mentions each sentence's lexicon mentions (spans in {@code plain})
   */
  static List<List<ResolvedMention>> resolve(List<String> plain, List<List<Mention>> mentions) {
    List<List<ResolvedMention>> out = new ArrayList<>(plain.size());
    for (int i = 0; i < plain.size(); i++) {
      List<ResolvedMention> here = new ArrayList<>();
      String s = plain.get(i);
      Matcher d = DESCRIPTION.matcher(s);
      while (d.find()) {
        if (!inside(mentions.get(i), d.start())) {
          for (Mention member : namedAfter(s, mentions.get(i), d.end())) {
            here.add(new ResolvedMention(new Mention(member.party(), d.start(), d.end()), ResolvedMention.How.LIST_APPOSITION));
          }
        }
      }
      Matcher m = PLURAL.matcher(s);
      while (m.find()) {
        if (!inside(mentions.get(i), m.start()) && here.stream().noneMatch(r -> r.mention().end() == m.end())) {
          int count = m.group(1) == null ? (m.group().toLowerCase(Locale.ROOT).startsWith("both") ? 2 : 0) : COUNTS.get(m.group(1));
          for (Mention member : lastList(plain, mentions, i, m.start(), count)) {
            here.add(new ResolvedMention(new Mention(member.party(), m.start(), m.end()), ResolvedMention.How.LIST_ANAPHOR));
          }
        }
      }
      Matcher b = BODY.matcher(s);
      while (b.find()) {
        Mention body = inside(mentions.get(i), b.start()) ? null : lastBody(mentions, i, b.start(), b.group(1).toLowerCase(Locale.ROOT));
        if (body != null) {
          here.add(new ResolvedMention(new Mention(body.party(), b.start(), b.end()), ResolvedMention.How.DEFINITE_BODY));
        }
      }
      here.sort((x, y) -> Integer.compare(x.mention().start(), y.mention().start()));
      out.add(here);
    }
    return out;
  }

  /**
   * The states a plural description is named by later in its sentence: the list after the first
   * "including", "such as", "namely" or dash that follows it ("Several governments have accused
   * China ..., including the United States, Australia and Canada"), when it names two or more.
   */
  private static List<Mention> namedAfter(String s, List<Mention> mentions, int from) {
    Matcher in = INTRODUCES_LIST.matcher(s);
    if (!in.find(from)) {
      return List.of();
    }
    List<Mention> list = Coordination.coordinatedAt(s, mentions, in.end());
    return list.stream().map(x -> x.party().country()).distinct().count() >= 2 ? list : List.of();
  }

  private static boolean inside(List<Mention> mentions, int at) {
    return mentions.stream().anyMatch(x -> x.start() <= at && at < x.end());
  }

  /**
   * The members of the most recent coordinated list of two or more states before {@code at} in
   * sentence {@code i} or in the sentences just before, of {@code count} states when given.
   */
  private static List<Mention> lastList(List<String> plain, List<List<Mention>> mentions, int i, int at, int count) {
    for (int j = i; j >= Math.max(0, i - REACH); j--) {
      List<Mention> ms = mentions.get(j);
      for (int k = ms.size() - 1; k >= 0; k--) {
        if (j == i && ms.get(k).end() > at || ms.get(k).party().country() == null) {
          continue;
        }
        List<Mention> list = Coordination.coordinated(plain.get(j), ms, k);
        long states = list.stream().map(x -> x.party().country()).distinct().count();
        if (states >= 2 && (count == 0 || states == count)) {
          return list;
        }
        k -= list.size() - 1;
      }
    }
    return List.of();
  }

  /**
   * The body a definite description refers to: the most recent government body with a state before
   * {@code at} in sentence {@code i} or the sentences before whose name holds the description's noun
   * ("the ministry": "Russia's foreign ministry"); else, for nouns bodies are seldom named by
   * ("the agency": "CISA"), the most recent government body with a state; else null.
   */
  private static Mention lastBody(List<List<Mention>> mentions, int i, int at, String noun) {
    Mention any = null;
    for (int j = i; j >= Math.max(0, i - REACH); j--) {
      List<Mention> ms = mentions.get(j);
      for (int k = ms.size() - 1; k >= 0; k--) {
        Mention x = ms.get(k);
        if ((j < i || x.end() <= at) && x.party().kind() == Party.Kind.GOVERNMENT_BODY && x.party().country() != null) {
          if (x.party().name().toLowerCase(Locale.ROOT).contains(noun)) {
            return x;
          }
          any = any == null ? x : any;
        }
      }
    }
    return NAMED_BY_NOUN.contains(noun) ? null : any;
  }
}
