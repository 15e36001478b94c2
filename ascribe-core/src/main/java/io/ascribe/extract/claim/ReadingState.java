package io.ascribe.extract.claim;

import static io.ascribe.extract.claim.ClaimExtractor.*;

import io.ascribe.extract.claim.PartyLexicon.Mention;
import io.ascribe.geo.Countries;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * What the rule reader ({@link ClaimExtractor}) knows about a document while it reads it sentence by
 * sentence: the home state, the last speakers, people and roles heard, government bodies named,
 * joint products, quotations, transcripts and live blogs. One per reading; not thread-safe.
 */
final class ReadingState {
  private final PartyLexicon lexicon;
  final LocalDate published;
  final String homeState;
  final Map<String, Party> people = new HashMap<>();
  final Set<String> accusedStates = new HashSet<>();
  /** States that have made an attribution in the document so far. */
  final Set<String> accusers = new HashSet<>();
  Party lastPerson;
  List<Party> reportAuthors = List.of();
  Party lastAccused;
  List<Party> lastSpeakers = List.of();
  Party lastCompany;
  /** Government bodies named with their state so far, latest first ("the Russian embassy in Paris"). */
  final Deque<Party> bodies = new ArrayDeque<>();
  /** In a live blog, the first state the current entry names ("Norway's security police chief ..."). */
  Party entryHome;
  /** States whose speakers named a group but declined to name a country ("not in our interest to name a country"). */
  final Set<String> declining = new HashSet<>();
  /** The co-authors of a joint statement or advisory the document announces, and where it first does. */
  final List<Party> jointAuthors = new ArrayList<>();
  int jointAt = -1;
  /** The index of the sentence being read. */
  int index;
  /** Generic bodies given a state by the reading ("the police" in a Tehran story): speakers, never accused. */
  final Set<Mention> inferred = new HashSet<>();
  /** A state that opened a sentence by responding ("Beijing reacted swiftly."), and that sentence's index. */
  Party responder;
  int responderAt = -2;
  /** Whether the story has called someone a criminal group so far: its nationals are that group's, not a state's. */
  boolean criminal;
  /** The last sentence of a quotation whose speaker was carried over from the sentence before it. */
  int quoteEnd = -1;
  /** The index of the last sentence whose speaker was found. */
  int lastSpokeAt = -2;
  /** Whose speaker of a role spoke last: "spokes" -> Iran after "Iran's Foreign Ministry spokesman said". */
  final Map<String, Party> roleSpeakers = new HashMap<>();
  /** The document's sentences, their party mentions, and where a quotation opened in each closes. */
  final List<String> lines;
  final List<List<Mention>> mentions;
  final List<Integer> quoteCloses;
  /** The one security company the whole text names, if it names exactly one. */
  final Party soleCompany;
  /** The state media outlet whose dateline the text carries, or null. */
  final Party outlet;
  /** Whether an earlier sentence (or the title) was about cyber activity. */
  boolean cyber;
  /** In a press-conference transcript: whether the current sentence is part of a question, of an answer. */
  boolean inQuestion;
  boolean inAnswer;
  final Set<String> askers = new HashSet<>();
  final Set<String> answerers = new HashSet<>();
  /** The state a transcript's answers speak for (asked "What is China's response?"), else the home state. */
  Party answerer;

  ReadingState(AnnotatedText text, PartyLexicon lexicon) {
    this.lexicon = lexicon;
    this.published = text.published();
    this.homeState = text.homeState();
    this.cyber = text.title() != null && Cues.cyber(Cues.lower(text.title()));
    this.lines = text.sentences();
    this.mentions = text.mentions();
    this.quoteCloses = text.quoteCloses();
    this.soleCompany = text.soleCompany();
    this.outlet = text.outlet();
    readLead(lines);
  }

  /** Notes a story whose lead is about cyber activity even where its first sentence has no cyber word. */
  void readLead(List<String> lines) {
    for (int i = 0; i < Math.min(LEAD_SENTENCES, lines.size()) && !cyber; i++) {
      cyber = Cues.cyber(Cues.lower(lines.get(i)));
    }
  }



  /** Remembers whose spokesperson, minister or embassy spoke: "Iran's Foreign Ministry spokesman rejected ...". */
  void noteRoles(String s, List<Mention> spans) {
    for (Mention x : spans) {
      Matcher role = SPEAKER_ROLE.matcher(s.substring(x.end(), Math.min(s.length(), x.end() + 50)));
      Matcher own = SPEAKER_ROLE.matcher(" " + x.party().name());
      if (x.party().country() != null && (role.lookingAt() || own.find())) {
        // "Iran's Foreign Ministry spokesman", or a body named with its role ("China's embassy in Washington")
        roleSpeakers.put(roleKey(role.lookingAt() ? role.group(1) : own.group(1)), x.party());
      }
    }
  }

  /** The party whose speaker of this role ("spokesman", "embassy") spoke last, or null. */
  Party speakerWithRole(String role) {
    return roleSpeakers.get(roleKey(role));
  }

  private static String roleKey(String role) {
    String r = role.toLowerCase(Locale.ROOT);
    return r.startsWith("spokes") ? "spokes" : r;
  }

  /** The home state as a party, or null. */
  Party home() {
    return homeState == null ? null
        : new Party(Countries.displayName(homeState), homeState, Party.Kind.STATE, null);
  }

  /**
   * Follows a press-conference transcript ("Q: ... A: ..."): a question may name the state whose
   * response is asked for; an answer and the sentences after it, up to the next question, speak
   * for that state. Returns the sentence without its "A:" marker.
   */
  String transcript(String line) {
    String rest = Transcript.stripMarkers(line);
    if (!rest.equals(line)) {
      Matcher stamp = Transcript.TIME_STAMP.matcher(line);
      boolean newEntry = stamp.find();
      String sentence = newEntry ? line.substring(stamp.end()) : line;
      if (newEntry) {
        // a new live-blog entry: who spoke in the previous one does not carry over
        lastSpeakers = List.of();
        lastPerson = null;
        entryHome = null;
      }
      Matcher label = Transcript.LABEL.matcher(sentence);
      if (Transcript.QUESTION.matcher(sentence).find()) {
        inQuestion = true;
        inAnswer = false;
      } else if (Transcript.ANSWER.matcher(sentence).find()) {
        inQuestion = false;
        inAnswer = true;
      } else if (label.find()) {
        // an interview: a label that first comes with a question asks; any other answers
        String who = label.group(1);
        if (!askers.contains(who) && !answerers.contains(who)) {
          (sentence.contains("?") ? askers : answerers).add(who);
        }
        inQuestion = askers.contains(who);
        inAnswer = !inQuestion;
      }
    }
    if (inQuestion) {
      noteAskedState(rest);
    }
    return rest;
  }

  /** Remembers the state a question asks about ("What is China's response?") as the answerer. */
  private void noteAskedState(String question) {
    Matcher asked = ASKED_STATE.matcher(question);
    while (asked.find()) {
      for (Mention m : lexicon.find(asked.group(1) != null ? asked.group(1) : asked.group(2))) {
        if (m.party().country() != null) {
          answerer = new Party(m.party().name(), m.party().country(), Party.Kind.STATE, null);
        }
      }
    }
  }

  /** Who speaks in an answer of a transcript, or null outside answers. */
  Party answering() {
    return !inAnswer ? null : answerer != null ? answerer : home();
  }

  /**
   * Learns the people a sentence introduces with their roles, before the name ("Foreign Ministry spokesperson
   * Lin Jian") or after it ("Maria Zakharova, the Russian foreign ministry spokeswoman,"). The full patterns are
   * slow to try at every position: they are tried only around a role word.
   */
  void learnPeople(String sentence) {
    List<int[]> roles = new ArrayList<>();
    for (Matcher hit = ROLE_WORD.matcher(Cues.lower(sentence)); hit.find(); ) {
      roles.add(new int[] {hit.start(), hit.end()});
    }
    if (!roles.isEmpty()) {
      learnPeopleAfterRoles(sentence, roles);
      learnPeopleBeforeRoles(sentence, roles);
    }
  }

  /** "Maria Zakharova, the Russian foreign ministry spokeswoman, said". */
  private void learnPeopleBeforeRoles(String sentence, List<int[]> roles) {
    if (sentence.indexOf(',') < 0) {
      return;
    }
    Matcher m = APPOSITIVE_PERSON.matcher(sentence).useTransparentBounds(true);
    int done = 0;
    for (int[] hit : roles) {
      if (hit[1] <= done) {
        continue;
      }
      m.region(Math.max(done, hit[0] - 100), hit[1]);
      if (!m.find()) {
        continue;
      }
      done = m.end();
      String name = m.group(1);
      if (people.containsKey(name) || NOT_A_NAME.matcher(name).lookingAt() || notAPerson(sentence, m.end(1), name)) {
        continue;
      }
      String role = m.group(2);
      String country = null;
      for (Mention r : lexicon.find(role)) {
        country = r.party().country() != null ? r.party().country() : country;
      }
      if (country == null) {
        String own = speakingState(sentence);
        country = own != null ? own : homeState;
      }
      remember(name, new Party(name + ", " + role, country, Party.Kind.PERSON, role));
    }
  }

  /** "Foreign Ministry spokesperson Lin Jian". */
  private void learnPeopleAfterRoles(String sentence, List<int[]> roles) {
    int done = 0;
    Matcher m = PERSON.matcher(sentence);
    for (int[] hit : roles) {
      if (hit[0] < done) {
        continue;
      }
      m.region(Math.max(done, hit[0] - 80), sentence.length());
      if (!m.find()) {
        break;
      }
      done = m.end();
      String role = m.group(1).trim();
      String name = m.group(2).trim();
      // "Deputy Minister Tomasz Wierzbicki" read as role "Deputy": drop the title words from the name;
      // "Deputy Prime Minister", "the General Assembly", "the General Staff" are nobody
      Matcher title = NOT_A_NAME.matcher(name);
      while (title.lookingAt()) {
        role = role + " " + name.substring(0, title.end()).strip();
        name = name.substring(title.end()).strip();
        title = NOT_A_NAME.matcher(name);
      }
      if (name.isEmpty() || notAPerson(sentence, m.end(2), name)) {
        continue;
      }
      String country = null;
      for (Mention r : lexicon.find(role)) {
        country = r.party().country();
      }
      if (country == null) {
        // "Poland's digital affairs minister Janusz Cieszynski"
        Matcher owner = POSSESSOR.matcher(sentence.substring(Math.max(0, m.start() - 40), m.start()));
        if (owner.find()) {
          for (Mention r : lexicon.find(owner.group(1))) {
            country = r.party().country();
          }
        }
      }
      for (String word : role.split(" ")) {
        Party owner = country == null ? speakerWithRole(word) : null;
        country = owner != null ? owner.country() : country; // "embassy spokesperson Liu Pengyu" after the embassy spoke
      }
      if (country == null && role.toLowerCase(Locale.ROOT).startsWith("spokes") && !lastSpeakers.isEmpty()) {
        // "China's foreign ministry rejected the reports. '...,' spokesperson Lin Jian said": that body's spokesperson
        country = lastSpeakers.get(0).country();
      }
      if (country == null && responder != null && responderAt >= index - 2) {
        country = responder.country(); // "Beijing reacted swiftly. ... Foreign Ministry spokesman Geng Shuang said"
      }
      if (country == null) {
        // the state the person's own sentence stands for ("'The Czech Republic strongly condemns ...,' Foreign
        // Minister Jan Lipavsky wrote"), else the story's home state
        String own = speakingState(sentence);
        country = own != null ? own : homeState != null ? homeState : firstState(sentence);
      }
      remember(name, new Party(role + " " + name, country, Party.Kind.PERSON, role));
    }
  }

  /** Files a person under the full name, the first and the last name, and makes them the last person named. */
  private void remember(String name, Party person) {
    people.putIfAbsent(name, person);
    String[] parts = name.split(" ");
    people.putIfAbsent(parts[0], person);
    people.putIfAbsent(parts[parts.length - 1], person);
    lastPerson = people.get(name);
  }

  /**
   * Whether capitalised words after a role are an organisation or a place, not a person: "the
   * official Korean Central News Agency" (the words run on, or name a state).
   */
  private boolean notAPerson(String sentence, int end, String name) {
    boolean runsOn = name.split("[ -]").length >= 3 && end + 1 < sentence.length() && sentence.charAt(end) == ' '
        && Character.isUpperCase(sentence.charAt(end + 1));
    return runsOn || lexicon.find(name).stream().anyMatch(x -> x.party().country() != null);
  }

  Party person(String token) {
    if (token == null) {
      return null;
    }
    String t = token.trim();
    if (t.equalsIgnoreCase("he") || t.equalsIgnoreCase("she")) {
      return lastPerson;
    }
    return people.get(t);
  }

  void afterSentence(String sentence, List<Mention> found) {
    if (!found.isEmpty() && found.get(0).party().country() != null && found.get(0).party().kind() != Party.Kind.COMPANY
        && RESPONDS.matcher(sentence.substring(found.get(0).end())).lookingAt()
        && OPENING_SUBJECT.matcher(sentence.substring(0, found.get(0).start())).matches()) {
      responder = found.get(0).party();
      responderAt = index;
    }
    List<Mention> products = productAuthors(sentence, found);
    if (!products.isEmpty()) {
      reportAuthors = products.stream().map(Mention::party).toList();
    }
    if (sentence.toLowerCase(Locale.ROOT).contains("report")) {
      List<Party> authors = new ArrayList<>();
      Matcher m = PUBLISHED_REPORT.matcher(sentence);
      if (m.find()) {
        for (Mention x : lexicon.find(sentence.substring(0, m.start()))) {
          if (x.party().kind() != Party.Kind.STATE) {
            authors.add(x.party());
          }
        }
        if (authors.isEmpty()) {
          lexicon.find(sentence.substring(0, m.start())).stream().findFirst().ifPresent(x -> authors.add(x.party()));
        }
        if (!authors.isEmpty()) {
          reportAuthors = authors;
        }
      }
      Matcher by = REPORT_BY.matcher(sentence);
      if (by.find()) {
        List<Party> named = new ArrayList<>();
        for (Mention x : lexicon.find(sentence.substring(by.end()))) {
          if (x.party().country() != null && named.stream().noneMatch(p -> p.name().equals(x.party().name()))) {
            named.add(x.party());
          }
        }
        List<Party> bodies = named.stream().filter(p -> p.kind() != Party.Kind.STATE).toList();
        if (!named.isEmpty()) {
          reportAuthors = bodies.isEmpty() ? named : bodies;
        }
      }
    }
  }

  /** The state a sentence opens with as its subject, not accused: "The Czech Republic strongly condemns ...". */
  private String speakingState(String s) {
    List<Mention> found = lexicon.find(s);
    if (found.isEmpty()) {
      return null;
    }
    Mention first = found.get(0);
    boolean opens = OPENING_SUBJECT.matcher(s.substring(0, first.start())).matches();
    return opens && first.party().kind() == Party.Kind.STATE && !AccusedPosition.accused(s, first)
        && !AccusedPosition.hostileGroup(s, first) ? first.party().country() : null;
  }

  /** The first state the sentence names, or null. */
  private String firstState(String s) {
    for (Mention m : lexicon.find(s)) {
      if (m.party().country() != null) {
        return m.party().country();
      }
    }
    return null;
  }
}
