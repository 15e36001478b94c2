package io.ascribe.extract.claim.learn;

import io.ascribe.extract.claim.AnnotatedText;
import io.ascribe.extract.claim.Coordination;
import io.ascribe.extract.claim.Party;
import io.ascribe.extract.claim.PartyLexicon;
import io.ascribe.extract.claim.PartyLexicon.Mention;
import io.ascribe.extract.claim.learn.Discourse.Accusation;
import io.ascribe.extract.claim.learn.Discourse.Answer;
import io.ascribe.extract.claim.learn.FrameCues.Cue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the {@link Discourse} of an annotated text in one pass over its sentences, from the
 * mentions and cue positions already found:
 *
 * <ol>
 *   <li>each mention's role in its sentence: accuser ("Russia accused", "accusations from China"),
 *       accused ("accused the United States", "Russian state-backed", "North Korea was behind"),
 *       shared by the states coordinated with it ("the United States and Israel");
 *   <li>the sentence's speaker: a state followed by a speech verb, after "according to", or the
 *       accuser; else the previous sentence's, while a quotation runs on, the sentence starts with a
 *       pronoun or a body ("He said", "The ministry added") or names no state;
 *   <li>the responder of a sentence that denies, rejects or dismisses: the state right before the
 *       response verb, else the speaker;
 *   <li>accusations: each accuser against each accused of a sentence (the speaker accuses when no
 *       state does), and an accuser named inside a response against the responder ("rejected the
 *       allegation by X that it ...");
 *   <li>answers: each response with the accusation against its responder told there or last before.
 * </ol>
 */
final class DiscourseReader {
  /** Accusation cues whose subject is the actor, not the accuser ("Russia was behind", "Iran carried out"). */
  private static final List<String> ACTOR_VERBS = List.of("was behind", "were behind", "is behind", "are behind",
      "behind the", "responsible for", "responsibility for", "carried out", "conducted", "orchestrat", "perpetrat",
      "culprit", "suspect", "wanted");
  /** A passive verb right before an accusation cue: "was accused", "has been sanctioned". */
  private static final Pattern PASSIVE = Pattern.compile("\\b(?:was|were|been|being|is|are|be|get|got)\\s+(?:\\w+\\s+)?$");
  /** An accuser after an accusation noun: "accusations from China", "the allegation made by the US". */
  private static final Pattern BY_AGENT = Pattern.compile(
      "^\\w+\\s+(?:(?:made|levell?ed|raised|issued|published)\\s+)?(?:by|from)\\s+(?:the\\s+)?$");
  /** A clause boundary between a mention and a cue: the cue's subject is another. */
  private static final Pattern CLAUSE = Pattern.compile("\\b(?:that|which|who|whom|whose|after|when|while|because|as)\\b|[,;:(]");
  /** Response cues that are no verbs ("groundless"): their responder is the speaker, not the state before them. */
  private static final List<String> RESPONSE_WORDS = List.of("groundless", "baseless", "unfounded", "nothing to do with",
      "not involved", "in response");
  /** Speech verbs that may come before their speaker: "..., said Russian Foreign Ministry spokeswoman ...". */
  private static final List<String> INVERTED_SPEECH = List.of("said", "says", "added", "noted", "stated", "wrote", "told");
  /** A sentence that continues the previous one's statement. */
  private static final Pattern CONTINUES = Pattern.compile(
      "^\\s*(?:[\"“‘']|(?:He|She|It|They|We|This|These|Such)\\b|The (?:spokes\\w*|minist\\w*|embassy|statement|official|"
          + "agency|government|foreign ministry|department|office|report)\\b)");
  /** How far (characters) a cue may stand from the mention whose role it gives. */
  private static final int ROLE_SPAN = 40;

  private DiscourseReader() {}

  /** A mention's states and position (a coalition code gives each member). */
  private record Placed(List<String> states, int start, int end, int index) {}

  /**
   * The discourse of {@code text}, whose sentence {@code i} holds the cues {@code cues.get(i)}.
   */
  static Discourse read(AnnotatedText text, List<Map<Cue, int[]>> cues) {
    int n = text.sentences().size();
    List<String> speakers = new ArrayList<>(n);
    List<String> responders = new ArrayList<>(n);
    List<Accusation> accusations = new ArrayList<>();
    List<Answer> answers = new ArrayList<>();
    int quoteRunsTo = -1;
    for (int i = 0; i < n; i++) {
      String s = text.sentences().get(i);
      String lower = s.toLowerCase(java.util.Locale.ROOT);
      Map<Cue, int[]> at = cues.get(i);
      List<Mention> raw = text.mentions().get(i);
      boolean placed = raw.isEmpty() || raw.get(raw.size() - 1).end() <= s.length();
      List<Placed> mentions = placed ? place(raw, text.homeState()) : List.of();
      Set<String> accusers = new LinkedHashSet<>();
      Set<String> accused = new LinkedHashSet<>();
      roles(s, lower, raw, mentions, at, accusers, accused);
      String responder = has(at, Cue.RESPOND) ? responding(lower, mentions, at) : null;
      String speaker = responder != null ? responder : localSpeaker(lower, mentions, at, accused);
      if (speaker == null && !accusers.isEmpty()) {
        speaker = accusers.iterator().next();
      }
      String previous = i > 0 ? speakers.get(i - 1) : null;
      if (speaker == null && previous != null && (i <= quoteRunsTo || CONTINUES.matcher(s).lookingAt()
          || mentions.isEmpty() || has(at, Cue.SPEECH) && mentions.stream().noneMatch(m -> !m.states().isEmpty()))) {
        speaker = previous;
      }
      speakers.add(speaker);
      if (responder == null && has(at, Cue.RESPOND)) {
        responder = speaker;
      }
      responders.add(responder);
      if (accusers.isEmpty() && !accused.isEmpty() && speaker != null && !accused.contains(speaker)) {
        accusers.add(speaker);
      }
      List<Accusation> here = new ArrayList<>();
      for (String c : accusers) {
        for (String a : accused) {
          if (!c.equals(a) && !(a.equals(responder) && !c.equals(responder))) {
            here.add(new Accusation(c, a, i, false));
          }
        }
        if (responder != null && !c.equals(responder)) {
          here.add(new Accusation(c, responder, i, true));
        }
      }
      accusations.addAll(here);
      if (responder != null) {
        Accusation answered = answered(responder, here, accusations);
        if (answered != null) {
          answers.add(new Answer(responder, i, answered));
        }
      }
      int closes = text.quoteCloses().get(i);
      quoteRunsTo = Math.max(quoteRunsTo, closes);
    }
    return new Discourse(speakers, responders, accusations, laterAnswers(responders, answers, accusations));
  }

  /** The accusation a response answers: one against the responder told in it, else the last one before. */
  private static Accusation answered(String responder, List<Accusation> here, List<Accusation> all) {
    for (Accusation a : here) {
      if (a.accused().equals(responder)) {
        return a;
      }
    }
    for (int k = all.size() - 1; k >= 0; k--) {
      if (all.get(k).accused().equals(responder) && !all.get(k).accuser().equals(responder)) {
        return all.get(k);
      }
    }
    return null;
  }

  /** Responses that found no accusation before them (a headline's), paired with the first one after. */
  private static List<Answer> laterAnswers(List<String> responders, List<Answer> answers, List<Accusation> all) {
    Set<Integer> answered = new java.util.HashSet<>();
    answers.forEach(a -> answered.add(a.sentence()));
    List<Answer> out = new ArrayList<>(answers);
    for (int i = 0; i < responders.size(); i++) {
      String r = responders.get(i);
      if (r == null || answered.contains(i)) {
        continue;
      }
      for (Accusation a : all) {
        if (a.sentence() > i && a.accused().equals(r) && !a.accuser().equals(r)) {
          out.add(new Answer(r, i, a));
          break;
        }
      }
    }
    return out;
  }

  /** Each mention's role: accuser or accused, by the accusation and agent cues around it. */
  private static void roles(String s, String lower, List<Mention> raw, List<Placed> mentions, Map<Cue, int[]> at,
      Set<String> accusers, Set<String> accused) {
    for (Placed m : mentions) {
      Boolean accuser = role(lower, mentions, m, at);
      if (accuser == null) {
        continue;
      }
      Set<String> into = accuser ? accusers : accused;
      for (Mention c : Coordination.coordinated(s, raw, m.index())) {
        into.addAll(mentions.get(raw.indexOf(c)).states());
      }
    }
  }

  /** True when the mention accuses, false when it is accused, null when the cues give it no role. */
  private static Boolean role(String lower, List<Placed> mentions, Placed m, Map<Cue, int[]> at) {
    for (int p : at.get(Cue.ACCUSE)) {
      if (p < m.start() && m.start() - p <= ROLE_SPAN && !actorVerb(lower, p) && BY_AGENT.matcher(lower.substring(p, m.start())).find()) {
        return true;
      }
    }
    for (int p : at.get(Cue.ACCUSE)) {
      if (p >= m.end() && p - m.end() <= ROLE_SPAN && noMentionIn(mentions, m.end(), p)
          && !FrameCues.between(at.get(Cue.RESPOND), m.end(), p) && !CLAUSE.matcher(lower.substring(m.end(), p)).find()) {
        boolean actor = actorVerb(lower, p);
        return !(actor || PASSIVE.matcher(lower.substring(m.end(), p)).find());
      }
    }
    for (int p : at.get(Cue.ACCUSE)) {
      if (p < m.start() && m.start() - p <= ROLE_SPAN && noMentionIn(mentions, p, m.start())) {
        return false;
      }
    }
    for (int p : at.get(Cue.AGENT)) {
      if (p >= m.end() && p - m.end() <= 25 || p < m.start() && m.start() - p <= 25) {
        return false;
      }
    }
    return null;
  }

  /** The state that says the sentence: followed by a speech or report verb, or after "according to"; or null. */
  private static String localSpeaker(String lower, List<Placed> mentions, Map<Cue, int[]> at, Set<String> accused) {
    for (Placed m : mentions) {
      for (int p : at.get(Cue.SPEECH)) {
        if (!m.states().isEmpty() && p < m.start() && m.start() - p <= 14 && INVERTED_SPEECH.stream().anyMatch(v -> lower.startsWith(v, p))) {
          return m.states().get(0);
        }
      }
    }
    for (Placed m : mentions) {
      if (m.states().isEmpty() || accused.containsAll(m.states())) {
        continue;
      }
      for (int p : at.get(Cue.SPEECH)) {
        if (p >= m.end() && p - m.end() <= 60 && noMentionIn(mentions, m.end(), p)
            || p < m.start() && m.start() - p <= 25 && lower.startsWith("according to", p)) {
          return m.states().get(0);
        }
      }
      for (int p : at.get(Cue.REPORT)) {
        if (p >= m.end() && p - m.end() <= 20 && noMentionIn(mentions, m.end(), p)) {
          return m.states().get(0);
        }
      }
    }
    return null;
  }

  /** The state right before a response verb ("Taipei denied"), or null. */
  private static String responding(String lower, List<Placed> mentions, Map<Cue, int[]> at) {
    for (int p : at.get(Cue.RESPOND)) {
      if (RESPONSE_WORDS.stream().anyMatch(w -> lower.startsWith(w, p))) {
        continue;
      }
      for (int k = mentions.size() - 1; k >= 0; k--) {
        Placed m = mentions.get(k);
        if (m.end() <= p && p - m.end() <= 50 && !m.states().isEmpty() && noMentionIn(mentions, m.end(), p)
            && !PASSIVE.matcher(lower.substring(m.end(), p)).find()) {
          return m.states().get(0);
        }
      }
    }
    return null;
  }

  private static List<Placed> place(List<Mention> raw, String home) {
    List<Placed> out = new ArrayList<>();
    for (int k = 0; k < raw.size(); k++) {
      Party p = raw.get(k).party();
      String country = p.country() == null && p.kind() != Party.Kind.COMPANY && p.kind() != Party.Kind.PERSON ? home : p.country();
      List<String> states = country == null ? List.of() : PartyLexicon.members(country);
      out.add(new Placed(states, raw.get(k).start(), raw.get(k).end(), k));
    }
    return out;
  }

  private static boolean actorVerb(String lower, int p) {
    for (String v : ACTOR_VERBS) {
      if (lower.startsWith(v, p)) {
        return true;
      }
    }
    return false;
  }

  private static boolean noMentionIn(List<Placed> mentions, int from, int to) {
    for (Placed m : mentions) {
      if (m.start() >= from && m.start() < to && !m.states().isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static boolean has(Map<Cue, int[]> at, Cue c) {
    return at.get(c).length > 0;
  }
}
