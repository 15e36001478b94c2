package io.ascribe.extract.claim.learn;

import io.ascribe.extract.claim.Claim;
import io.ascribe.extract.claim.AnnotatedText;
import io.ascribe.extract.claim.ClaimScore;
import io.ascribe.extract.claim.ClaimType;
import io.ascribe.extract.claim.Coordination;
import io.ascribe.extract.claim.Party;
import io.ascribe.extract.claim.PartyLexicon;
import io.ascribe.extract.claim.PartyLexicon.Mention;
import io.ascribe.extract.claim.Quotes;
import io.ascribe.extract.claim.ResolvedMention;
import io.ascribe.extract.claim.learn.FrameCues.Cue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Proposes every claim frame a document could hold, with its features, for {@link LinearScorer}
 * to decide on. It casts a wide net on purpose (recall is the generators' job, precision the
 * scorer's):
 *
 * <ul>
 *   <li>the rule reader's claims ({@link io.ascribe.extract.claim.ClaimExtractor}), whose verdict is a feature;
 *   <li>attributions and counter-accusations: ordered pairs of states mentioned in one sentence with
 *       an accusation, agency or counter cue, the claimant also taken from the last speaker of the
 *       sentences before;
 *   <li>denials: a state mentioned in (or speaking just before) a sentence with a denial cue;
 *   <li>an accused with no state: an accusation of a group no state is named for; self-claims;
 *   <li>outlets (their home country) and international bodies (no country) of {@code claimants.tsv}
 *       as claimants of the pairs of their sentence ({@code c_kind_outlet}, {@code c_kind_international});
 *   <li>coalition members: states coordinated in one phrase ("Australia and the UK also ...") in a
 *       sentence that accuses or sides with ({@code join} cues) an accusation of the two sentences
 *       before, each against the states accused there ({@code joins_*} features; {@code joins_only}
 *       when no sentence names both parties);
 *   <li>mentions resolved through earlier ones ({@link ResolvedMention}: "these countries", "several
 *       governments ..., including A and B", "the ministry") as parties of their sentence, with
 *       {@code c_resolved_*} / {@code a_resolved_*} saying how; each member of a coordinated list of
 *       states stands at the whole list's place ({@code *_resolved_list_member}), so all members
 *       share its role and are not paired with each other.
 *   <li>counter-accusations of an accused party accusing its accuser ({@code d_turned}), which the
 *       {@link Discourse} tells whatever the words.
 * </ul>
 *
 * Features are small facts about the two mentions (kind, order, which cues stand next to or
 * between them), the rule reader's verdict, and the document (how many sentences support the
 * frame, whether the claimant is accused elsewhere), and who speaks and who answers whom
 * ({@code d_*}, from {@link DiscourseReader}); each is prefixed by the frame's type, so one
 * linear model holds three. Facts are combined over the supporting sentences by their maximum.
 * Which cue classes a sentence holds, as features of their own, added nothing ({@code bench claims
 * --ablate}): the cues count where they stand.
 */
public final class FrameGenerator {
  /** Words of a non-state group: an accused with no state may be meant. */
  private static final Pattern GROUP_WORDS = Pattern.compile(
      "\\b(?:group|gang|crew|collective|ransomware|criminal|cybercriminal|hacktivist|syndicate|hackers?)\\b");
  private static final Set<String> OFTEN_ACCUSED = Set.of("CN", "RU", "KP", "IR");
  /** How many sentences back a speaker may still be the claimant of a sentence. */
  private static final int CONTEXT = 2;

  private final FrameCues cues;

  public FrameGenerator(FrameCues cues) {
    this.cues = cues;
  }

  /**
   * A mention resolved to its state (a generic body to the home state); {@code context} marks a
   * speaker of the sentences before, with no position in this one ({@code start} -1).
   */
  private record StateMention(String country, Party.Kind kind, int start, int end, boolean generic, boolean context,
      String name, int coalition, String resolved) {
    StateMention(String country, Party.Kind kind, int start, int end, boolean generic, boolean context, String name) {
      this(country, kind, start, end, generic, context, name, 1, null);
    }
  }

  /** The frames of an annotated text and the rule reader's claims about it, one per distinct key. */
  public List<Frame> frames(AnnotatedText text, List<Claim> ruleClaims) {
    List<Map<Cue, int[]>> cueMaps = new ArrayList<>(text.sentences().size());
    for (String s : text.sentences()) {
      cueMaps.add(cues.find(s.toLowerCase(Locale.ROOT)));
    }
    Pass pass = new Pass(text, cueMaps, DiscourseReader.read(text, cueMaps));
    for (int i = 0; i < text.sentences().size(); i++) {
      pass.sentence(i);
    }
    pass.ruleClaims(ruleClaims);
    return pass.frames();
  }

  /** One document's frames while its sentences are read, and what it learns about its states on the way. */
  private final class Pass {
    private final AnnotatedText text;
    private final List<Map<Cue, int[]>> cueMaps;
    private final Discourse discourse;
    private final Map<String, Builder> frames = new LinkedHashMap<>();
    private final Set<String> accusedAnywhere = new HashSet<>();
    private final Set<String> denyingAnywhere = new HashSet<>();
    /** "claimant>accused" pairs of the accusations seen. */
    private final Set<String> accusations = new HashSet<>();
    private final Map<String, Integer> accusedCount = new HashMap<>();
    private final Map<String, Integer> speakerCount = new HashMap<>();
    private final Set<String> inTitle = new HashSet<>();
    private final Set<String> ruleKeys = new HashSet<>();
    private final Set<String> rulePairs = new HashSet<>();
    private final Set<String> ruleClaimants = new HashSet<>();
    /** The states accused in each sentence read so far (by an accusation cue between or an agent cue next to them). */
    private final Map<Integer, Set<String>> accusedIn = new HashMap<>();
    private List<StateMention> lastSpeakers = List.of();
    private int lastSpeakerAt = -100;

    Pass(AnnotatedText text, List<Map<Cue, int[]>> cueMaps, Discourse discourse) {
      this.text = text;
      this.cueMaps = cueMaps;
      this.discourse = discourse;
    }

    /** Proposes the frames of sentence {@code i}. */
    void sentence(int i) {
      String s = text.sentences().get(i);
      String lower = s.toLowerCase(Locale.ROOT);
      Map<Cue, int[]> at = cueMaps.get(i);
      List<StateMention> parties = resolve(s, text.mentions().get(i), text.homeState());
      parties.addAll(resolved(text.resolved().get(i)));
      List<StateMention> nonState = nonState(text.nonStateMentions().get(i));
      List<StateMention> speakers = new ArrayList<>();
      for (StateMention p : parties) {
        if (near(at.get(Cue.SPEECH), p.end(), 80) || near(at.get(Cue.ACCUSE), p.end(), 60)) {
          speakers.add(p);
        }
      }
      for (StateMention p : nonState) {
        // "Fox News reported", "a NATO statement said", "according to Kommersant"
        if (near(at.get(Cue.SPEECH), p.end(), 40) || near(at.get(Cue.REPORT), p.end(), 12) || before(at.get(Cue.SPEECH), p.start(), 25)) {
          speakers.add(p);
        }
      }
      for (StateMention p : speakers) {
        speakerCount.merge(p.country(), 1, Integer::sum);
      }
      if (i == 0) {
        parties.forEach(p -> inTitle.add(p.country()));
      }
      List<StateMention> claimants = new ArrayList<>(parties);
      claimants.addAll(nonState);
      if (i - lastSpeakerAt <= CONTEXT) {
        for (StateMention p : lastSpeakers) {
          claimants.add(new StateMention(p.country(), p.kind(), -1, -1, p.generic(), true, p.name()));
        }
      }
      Sentence here = new Sentence(i, s, lower, at, parties, speakers);
      for (StateMention c : claimants) {
        for (StateMention a : parties) {
          if (a.start() != c.start() || c.context()) { // not the same mention
            pair(here, c, a);
          }
        }
        if (!nonState.contains(c)) {
          denial(here, c);
          stateless(here, c);
        }
      }
      joinsEarlier(here);
      if (here.accusing() && claimants.stream().noneMatch(c -> c.context() || speakers.contains(c))) {
        StateMention nobody = new StateMention(null, Party.Kind.GROUP, -1, -1, false, false, null);
        for (StateMention a : parties) {
          add(frames, ClaimType.ATTRIBUTION, nobody, a.country(), a.name(), i, pairFacts(at, nobody, a, lower, speakers));
        }
      }
      if (has(at, Cue.SELFCLAIM)) {
        add(frames, ClaimType.ATTRIBUTION, new StateMention(null, Party.Kind.GROUP, -1, -1, false, false, null), null, null, i,
            Map.of("self_claim", 1.0));
      }
      if (!speakers.isEmpty()) {
        lastSpeakers = speakers;
        lastSpeakerAt = i;
      }
    }

    /** An attribution and a counter-accusation of claimant {@code c} against {@code a}. */
    private void pair(Sentence here, StateMention c, StateMention a) {
      Map<String, Double> pair = pairFacts(here.at(), c, a, here.lower(), here.speakers());
      if (a.country().equals(c.country())) {
        pair.put("same_country", 1.0);
      }
      if (here.parties().stream().map(StateMention::country).distinct().count() >= 4) {
        pair.put("many_states", 1.0);
      }
      if (c.start() >= 0) {
        int gap = c.start() < a.start() ? a.start() - c.end() : c.start() - a.end();
        pair.put(gap < 60 ? "pair_near" : gap > 150 ? "pair_far" : "pair_mid", 1.0);
        int lo = Math.min(c.end(), a.end());
        int hi = Math.max(c.start(), a.start());
        if (here.parties().stream().anyMatch(p -> p.start() >= lo && p.end() <= hi && !p.country().equals(a.country())
            && !p.country().equals(c.country()))) {
          pair.put("state_between", 1.0);
        }
      }
      if (Quotes.inside(here.text(), a.start())) {
        pair.put("a_in_quote", 1.0);
      }
      discourseFacts(pair, here.index(), c.country(), a.country());
      if (here.accusing()) {
        add(frames, ClaimType.ATTRIBUTION, c, a.country(), a.name(), here.index(), pair);
        if (pair.containsKey("a_agent") || pair.containsKey("a_accuse_between")) {
          accusedAnywhere.add(a.country());
          accusedCount.merge(a.country(), 1, Integer::sum);
          accusations.add(c.country() + ">" + a.country());
          accusedIn.computeIfAbsent(here.index(), k -> new HashSet<>()).add(a.country());
        }
      }
      if (!pair.containsKey("same_country") && (has(here.at(), Cue.COUNTER) || here.accusing() && has(here.at(), Cue.DENY))) {
        add(frames, ClaimType.COUNTER_ACCUSATION, c, a.country(), a.name(), here.index(), pair);
      } else if (!pair.containsKey("same_country") && here.accusing() && c.country() != null
          && discourse.answers(c.country(), a.country())) {
        // an accused party accusing its accuser answers it: a counter-accusation, whatever the words
        Map<String, Double> turned = new LinkedHashMap<>(pair);
        turned.put("d_turned", 1.0);
        add(frames, ClaimType.COUNTER_ACCUSATION, c, a.country(), a.name(), here.index(), turned);
      }
    }

    /**
     * Coalition members siding with an accusation of the sentences before ("Australia and the UK also
     * issued sanctions against him", "in line with the positions of the US, the EU and the UK"): an
     * attribution from each state named here to each state accused there and not named here, when
     * this sentence accuses or sides ({@code join} cues) with no accused state of its own.
     */
    private void joinsEarlier(Sentence here) {
      if (!here.accusing() && !has(here.at(), Cue.JOIN)) {
        return;
      }
      Set<String> named = new HashSet<>();
      here.parties().forEach(p -> named.add(p.country()));
      Set<String> earlier = new java.util.TreeSet<>();
      for (int j = Math.max(0, here.index() - CONTEXT); j < here.index(); j++) {
        earlier.addAll(accusedIn.getOrDefault(j, Set.of()));
      }
      earlier.removeAll(named);
      if (earlier.isEmpty() || accusedIn.containsKey(here.index())) {
        return;
      }
      for (StateMention c : here.parties()) {
        if (c.coalition() < 2) {
          continue;
        }
        for (String a : earlier) {
          Map<String, Double> f = new LinkedHashMap<>();
          f.put("joins_earlier", 1.0);
          put(f, "joins_cue", has(here.at(), Cue.JOIN));
          put(f, "joins_accusing", here.accusing());
          put(f, "c_speaks", here.speakers().contains(c));
          f.put("c_kind_" + c.kind().name().toLowerCase(Locale.ROOT), 1.0);
          add(frames, ClaimType.ATTRIBUTION, c, a, null, here.index(), f);
        }
      }
    }

    /**
     * Who speaks and who answers in sentence {@code i}, against the frame's claimant {@code c} and
     * accused {@code a} ({@link Discourse}).
     */
    private void discourseFacts(Map<String, Double> f, int i, String c, String a) {
      String speaker = discourse.speaker(i);
      String responder = discourse.responder(i);
      put(f, "d_speaker_c", c != null && c.equals(speaker));
      put(f, "d_speaker_a", a != null && a.equals(speaker));
      put(f, "d_speaker_other", speaker != null && !speaker.equals(c) && !speaker.equals(a));
      put(f, "d_responder_c", c != null && c.equals(responder));
      put(f, "d_responder_a", a != null && a.equals(responder));
    }

    /** A denial by {@code c}'s state, when the sentence has a denial cue. */
    private void denial(Sentence here, StateMention c) {
      if (!has(here.at(), Cue.DENY)) {
        return;
      }
      Map<String, Double> self = new LinkedHashMap<>();
      self.put("c_speaks", here.speakers().contains(c) ? 1.0 : 0.0);
      self.put("c_context", c.context() ? 1.0 : 0.0);
      self.put("deny_after_c", c.start() >= 0 && near(here.at().get(Cue.DENY), c.end(), 120) ? 1.0 : 0.0);
      if (c.resolved() != null) {
        self.put("c_resolved_" + c.resolved(), 1.0);
      }
      put(self, "d_speaker_c", c.country() != null && c.country().equals(discourse.speaker(here.index())));
      put(self, "d_responder_c", c.country() != null && c.country().equals(discourse.responder(here.index())));
      add(frames, ClaimType.DENIAL, c, c.country(), c.name(), here.index(), self);
      if (here.speakers().contains(c) || c.context()) {
        denyingAnywhere.add(c.country());
      }
    }

    /** An attribution by speaker {@code c} to someone with no state: a group, or no other state named. */
    private void stateless(Sentence here, StateMention c) {
      boolean group = GROUP_WORDS.matcher(here.lower()).find();
      boolean onlyOwn = here.parties().stream().allMatch(p -> p.country().equals(c.country()));
      if (!here.accusing() || !(group || onlyOwn) || !(c.context() || here.speakers().contains(c))) {
        return;
      }
      Map<String, Double> stateless = new LinkedHashMap<>();
      stateless.put("c_speaks", here.speakers().contains(c) ? 1.0 : 0.0);
      stateless.put("c_context", c.context() ? 1.0 : 0.0);
      put(stateless, "a_group_words", group);
      put(stateless, "a_null_other_state", !onlyOwn);
      add(frames, ClaimType.ATTRIBUTION, c, null, null, here.index(), stateless);
    }

    /** The rule reader's claims: frames of their own where no sentence proposed them, and its verdict on every frame. */
    void ruleClaims(List<Claim> claims) {
      for (Claim c : claims) {
        ruleKeys.add(ClaimScore.key(c));
        rulePairs.add(c.claimantCountry() + ">" + c.accusedCountry());
        ruleClaimants.add(c.claimantCountry());
        Builder b = frames.computeIfAbsent(ClaimScore.key(c),
            k -> new Builder(c.type(), c.claimantCountry(), c.accusedCountry(), c.claimant(), null, c.accused(),
                sentenceOf(text.sentences(), c.evidence())));
        b.max("rule_form_" + c.form().name().toLowerCase(Locale.ROOT), 1.0);
        if (c.threatActor() != null) {
          b.max("rule_names_actor", 1.0);
        }
        if (c.accusedCountry() == null && c.accused() != null) {
          b.max("rule_names_stateless_group", 1.0);
        }
      }
    }

    /** Every frame with its features: its sentences' facts and the document's, prefixed by its type. */
    List<Frame> frames() {
      List<Frame> out = new ArrayList<>();
      Set<String> answering = discourse.answering();
      for (Builder b : frames.values()) {
        out.add(new Frame(b.type, b.claimant, b.accused, features(b, answering), b.claimantName, b.claimantKind, b.accusedName,
            b.sentence));
      }
      return out;
    }

    private Map<String, Double> features(Builder b, Set<String> answering) {
      String t = b.type.id() + ":";
      Map<String, Double> f = new LinkedHashMap<>();
      f.put(t + "bias", 1.0);
      b.facts.forEach((k, v) -> f.put(t + k, v));
      f.put(t + "sentences", Math.log1p(b.sentences));
      put(f, t + "rule", ruleKeys.contains(b.key()));
      put(f, t + "rule_pair", !ruleKeys.contains(b.key()) && rulePairs.contains(b.claimant + ">" + b.accused));
      put(f, t + "rule_claimant", ruleClaimants.contains(b.claimant));
      put(f, t + "a_often_accused", b.accused != null && OFTEN_ACCUSED.contains(b.accused));
      put(f, t + "c_often_accused", b.claimant != null && OFTEN_ACCUSED.contains(b.claimant));
      put(f, t + "c_accused_elsewhere", accusedAnywhere.contains(b.claimant));
      put(f, t + "c_denies_elsewhere", denyingAnywhere.contains(b.claimant));
      put(f, t + "a_accused_elsewhere", accusedAnywhere.contains(b.accused));
      put(f, t + "c_home", b.claimant != null && b.claimant.equals(text.homeState()));
      put(f, t + "c_in_title", inTitle.contains(b.claimant));
      put(f, t + "a_in_title", inTitle.contains(b.accused));
      f.put(t + "a_accused_count", Math.log1p(accusedCount.getOrDefault(b.accused, 0)));
      f.put(t + "c_speaker_count", Math.log1p(speakerCount.getOrDefault(b.claimant, 0)));
      put(f, t + "c_null", b.claimant == null);
      put(f, t + "a_accuses_c", accusations.contains(b.accused + ">" + b.claimant));
      put(f, t + "c_accuses_a", accusations.contains(b.claimant + ">" + b.accused));
      put(f, t + "a_null", b.accused == null);
      if (b.claimant != null && b.accused != null && !b.claimant.equals(b.accused)) {
        put(f, t + "d_accuses", discourse.accuses(b.claimant, b.accused));
        put(f, t + "d_reversed", discourse.accuses(b.accused, b.claimant) && !discourse.accuses(b.claimant, b.accused));
        put(f, t + "d_c_answers_a", discourse.answers(b.claimant, b.accused));
        put(f, t + "d_a_answers_c", discourse.answers(b.accused, b.claimant));
        put(f, t + "d_c_answering", answering.contains(b.claimant));
        put(f, t + "d_a_answering", answering.contains(b.accused));
      } else if (b.claimant != null && b.claimant.equals(b.accused)) {
        put(f, t + "d_c_answering", answering.contains(b.claimant));
        put(f, t + "d_c_accused", discourse.accused(b.claimant));
        put(f, t + "d_c_accuser_only", discourse.accuser(b.claimant) && !discourse.accused(b.claimant));
      }
      // proposed only by a coalition member joining an earlier accusation: no sentence names both parties
      put(f, t + "joins_only", b.facts.containsKey("joins_earlier") && !b.facts.containsKey("c_before_a")
          && !b.facts.containsKey("c_after_a") && !b.facts.containsKey("c_context") && !ruleKeys.contains(b.key()));
      return f;
    }
  }

  /** One sentence as the pass reads it: its cues, its states and which of them speak. */
  private record Sentence(int index, String text, String lower, Map<Cue, int[]> at, List<StateMention> parties,
      List<StateMention> speakers) {
    boolean accusing() {
      return has(at, Cue.ACCUSE) || has(at, Cue.AGENT);
    }
  }

  private static void put(Map<String, Double> f, String name, boolean on) {
    if (on) {
      f.put(name, 1.0);
    }
  }

  private static int sentenceOf(List<String> sentences, String evidence) {
    for (int i = 0; i < sentences.size(); i++) {
      if (sentences.get(i).equals(evidence) || evidence != null && evidence.contains(sentences.get(i))) {
        return i;
      }
    }
    return 0;
  }

  private Map<String, Double> pairFacts(Map<Cue, int[]> at, StateMention c, StateMention a, String lower, List<StateMention> speakers) {
    Map<String, Double> f = new LinkedHashMap<>();
    f.put("c_speaks", speakers.contains(c) ? 1.0 : 0.0);
    f.put("c_context", c.context() ? 1.0 : 0.0);
    f.put("c_generic", c.generic() ? 1.0 : 0.0);
    f.put("c_kind_" + c.kind().name().toLowerCase(Locale.ROOT), 1.0);
    f.put("a_kind_" + a.kind().name().toLowerCase(Locale.ROOT), 1.0);
    if (c.resolved() != null) {
      f.put("c_resolved_" + c.resolved(), 1.0);
    }
    if (a.resolved() != null) {
      f.put("a_resolved_" + a.resolved(), 1.0);
    }
    if (c.start() >= 0) {
      f.put(c.start() < a.start() ? "c_before_a" : "c_after_a", 1.0);
      int from = Math.min(c.end(), a.end());
      int to = Math.max(c.start(), a.start());
      if (FrameCues.between(at.get(Cue.ACCUSE), from, to)) {
        f.put("a_accuse_between", 1.0);
      }
      if (FrameCues.between(at.get(Cue.COUNTER), from, to)) {
        f.put("a_counter_between", 1.0);
      }
      if (FrameCues.between(at.get(Cue.DENY), from, to)) {
        f.put("a_deny_between", 1.0);
      }
    }
    if (near(at.get(Cue.AGENT), a.end(), 25) || before(at.get(Cue.AGENT), a.start(), 25)) {
      f.put("a_agent", 1.0);
    }
    if (before(at.get(Cue.VICTIM), a.start(), 20)) {
      f.put("a_victim", 1.0);
    }
    if (before(at.get(Cue.LOCATION), a.start(), 15)) {
      f.put("a_location", 1.0);
    }
    if (before(at.get(Cue.ACCUSE), a.start(), 30)) {
      f.put("a_after_accuse", 1.0);
    }
    if (near(at.get(Cue.COUNTER), a.end(), 40) || before(at.get(Cue.COUNTER), a.start(), 40)) {
      f.put("a_counter", 1.0);
    }
    if (speakers.contains(a)) {
      f.put("a_speaks", 1.0);
    }
    if (a.end() < lower.length() && lower.startsWith("'s", a.end())) {
      f.put("a_possessive", 1.0);
    }
    return f;
  }

  private static boolean has(Map<Cue, int[]> at, Cue c) {
    return at.get(c).length > 0;
  }

  /** Whether a cue starts within {@code span} characters after {@code from}. */
  private static boolean near(int[] positions, int from, int span) {
    for (int p : positions) {
      if (p >= from && p - from <= span) {
        return true;
      }
    }
    return false;
  }

  /** Whether a cue starts within {@code span} characters before {@code to}. */
  private static boolean before(int[] positions, int to, int span) {
    for (int p : positions) {
      if (p < to && to - p <= span) {
        return true;
      }
    }
    return false;
  }

  /** Outlets (their home country) and international bodies (no country), as claimants only. */
  private static List<StateMention> nonState(List<Mention> mentions) {
    List<StateMention> out = new ArrayList<>();
    for (Mention m : mentions) {
      out.add(new StateMention(m.party().country(), m.party().kind(), m.start(), m.end(), false, false, m.party().name()));
    }
    return out;
  }

  /** How many states mention {@code k} is coordinated with, itself included ("the US, the EU and the UK": 3). */
  private static int coalition(String sentence, List<Mention> mentions, int k) {
    if (mentions.get(mentions.size() - 1).end() > sentence.length()) {
      return 1; // positions of the sentence read without a transcript marker
    }
    return (int) Coordination.coordinated(sentence, mentions, k).stream().map(m -> m.party().country()).distinct().count();
  }

  private static List<StateMention> resolve(String sentence, List<Mention> mentions, String home) {
    List<StateMention> out = new ArrayList<>();
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      Party p = m.party();
      boolean generic = p.country() == null;
      String country = generic && p.kind() != Party.Kind.COMPANY && p.kind() != Party.Kind.PERSON ? home : p.country();
      if (country == null) {
        continue;
      }
      List<String> members = PartyLexicon.members(country);
      int coalition = members.size() > 1 ? members.size() : coalition(sentence, mentions, k);
      int start = m.start();
      int end = m.end();
      String listed = null;
      if (members.size() == 1 && coalition > 1) {
        // a member of "the US, Britain and Australia" stands where the whole list stands: one role for all
        List<Mention> list = Coordination.coordinated(sentence, mentions, k);
        start = list.get(0).start();
        end = list.get(list.size() - 1).end();
        listed = "list_member";
      }
      for (String member : members) {
        out.add(new StateMention(member, p.kind(), start, end, generic, false, p.name(), coalition, listed));
      }
    }
    return out;
  }

  /** Mentions made through earlier ones: each member of a list "these countries" refers to, the body "the ministry" does. */
  private static List<StateMention> resolved(List<ResolvedMention> mentions) {
    List<StateMention> out = new ArrayList<>();
    for (ResolvedMention r : mentions) {
      Mention m = r.mention();
      int members = (int) mentions.stream().filter(x -> x.mention().start() == m.start()).count();
      out.add(new StateMention(m.party().country(), m.party().kind(), m.start(), m.end(), false, false, m.party().name(),
          members, r.how().name().toLowerCase(Locale.ROOT)));
    }
    return out;
  }

  private static void add(Map<String, Builder> frames, ClaimType type, StateMention c, String accused, String accusedName,
      int sentence, Map<String, Double> pairFacts) {
    String key = ClaimScore.key(type.id(), c.country(), accused);
    Builder b = frames.computeIfAbsent(key, k -> new Builder(type, c.country(), accused, c.name(), c.kind(), accusedName, sentence));
    b.sentences++;
    b.max("generated", 1.0);
    pairFacts.forEach(b::max);
  }

  /** A frame while its supporting sentences are read. */
  private static final class Builder {
    final ClaimType type;
    final String claimant;
    final String accused;
    final String claimantName;
    final Party.Kind claimantKind;
    final String accusedName;
    final int sentence;
    final Map<String, Double> facts = new LinkedHashMap<>();
    int sentences;

    Builder(ClaimType type, String claimant, String accused, String claimantName, Party.Kind claimantKind,
        String accusedName, int sentence) {
      this.type = type;
      this.claimant = claimant;
      this.accused = accused;
      this.claimantName = claimantName;
      this.claimantKind = claimantKind;
      this.accusedName = accusedName;
      this.sentence = sentence;
    }

    void max(String name, double value) {
      if (value != 0) {
        facts.merge(name, value, Math::max);
      }
    }

    String key() {
      return ClaimScore.key(type.id(), claimant, accused);
    }
  }
}
