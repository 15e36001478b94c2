package io.ascribe.extract.claim;

import io.ascribe.extract.claim.PartyLexicon.Mention;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds public claims about cyber attacks in English text: attributions, denials and
 * counter-accusations, each with claimant, accused, form, date and the sentence that says it.
 *
 * <p>It works sentence by sentence with explicit, documented rules rather than a trained model,
 * because every claim must be quotable and explainable:
 *
 * <ol>
 *   <li><b>Parties</b> come from {@link PartyLexicon} (states, metonyms, agencies, companies) and
 *       from people introduced with a role ("Foreign Ministry spokesperson Lin Jian"), who are then
 *       followed by surname and by "he"/"she". A role without a state ("Foreign Ministry
 *       spokesperson") belongs to the document's <em>home state</em>: the first state named in
 *       the title, else the most named.
 *   <li><b>The speaker</b> of a sentence: reported speech ("…, Lin said", "said Lin", "X stressed
 *       that"), "according to X" (a report's authors when X is "the report"), else a sentence-initial
 *       party.
 *   <li><b>Attribution</b>: "X accused/charged/indicted/sanctioned/blamed Y", "X's accusations that
 *       Y…", "according to X, Y committed/carried out…", a party "charged … for the Z cyberattack",
 *       and "N is actually a (ransomware|criminal) group … 'Name'" (a stateless group).
 *   <li><b>Denial</b>: a speaker of state S with a denial cue ("deny", "reject", "groundless",
 *       "does not engage in", "not sponsored by any state", "slander", "smear") in a sentence about
 *       S, its government or military, or about the accusation.
 *   <li><b>Counter-accusation</b>: a speaker of state S naming another state T together with an
 *       attack or fabrication cue ("T's cyberattacks", "victim of T cyber theft", "T … false
 *       evidence", "frame S").
 * </ol>
 *
 * Claims are kept once per (type, claimant country, accused country, stateless accused), the
 * first sentence that makes them winning. A claim reported second-hand keeps its original
 * claimant ("the US has accused China of …" is the US's attribution).
 */
public final class ClaimExtractor {
  private static final Pattern CYBER = Pattern.compile(
      "(?i)\\bcyber|hack|intrusion|breach|espionage|malware|ransomware|surveillance|spy|spying|"
          + "computer fraud|data theft|theft of|stole|infiltrat|\\bAPT\\b|typhoon|threat actor|attack");
  private static final Pattern SPEECH_VERB = Pattern.compile(
      "said|says|stressed|added|noted|stated|told|urged|insisted|argued|emphasized|emphasised|warned|claimed|"
          + "declared|remarked|asserted|maintained|wrote|stating|saying|urging|adding");
  private static final Pattern ACCUSE = Pattern.compile(
      "\\b(accused|accuses|accusing|blamed|blames|blaming|charged|charges|indicted|indicts|sanctioned|sanctions|"
          + "attributed|attributes|named|identified)\\b");
  private static final Pattern ACCUSATION_NOUN = Pattern.compile(
      "\\b(accusations?|allegations?|claims?|indictment|charges|attribution)\\b");
  private static final Pattern DEED = Pattern.compile(
      "(?i)\\b(committed|carried out|conducted|launched|orchestrated|was behind|were behind|is behind|are behind|"
          + "responsible for|perpetrated|attempted to|supported|sponsored|hacked|breached|stole|targeted)\\b");
  private static final Pattern DENIAL = Pattern.compile(
      "(?i)\\b(den(y|ies|ied|ying|ial)|reject(s|ed|ing)?|dismiss(es|ed)?|refute[sd]?|groundless|baseless|unfounded|"
          + "slander(s|ed|ing|ous)?|smear(s|ed|ing)?|(do|does|did|will) not (engage|conduct|support|sponsor|participate|tolerate)|"
          + "never (engage[sd]?|conducted|supported|sponsored)|not sponsored by any (state|government|country)|"
          + "has nothing to do with|no evidence|without evidence|fabricat\\w*|false evidence|disinformation|so-called)\\b");
  private static final Pattern COUNTER = Pattern.compile(
      "(?i)(largest source of cyber|biggest threat to cyber|victim of|(its|their) (cyber ?attacks|hacking|surveillance|espionage)|"
          + "stop (its|their)? ?(cyber ?attacks|hacking|surveillance|cyber theft)|false evidence|disinformation|"
          + "fram(e|ed|ing) (china|russia|iran|north korea|beijing|moscow)|smear(ing)?|cyber ?attacks against|"
          + "cyber theft|hacking empire|origin-tracing)");
  private static final Pattern STATELESS_GROUP = Pattern.compile(
      "(?i)is (actually |in fact |really )?an? (ransomware |cyber ?criminal |criminal |hacker |hacking |cybercrime )+"
          + "(group|gang|crew|organi[sz]ation)[^.]*?(calls itself|called|named|known as)\\s+(the\\s+)?['\"‘“]?([A-Z][\\w' -]{1,40}?)['\"’”]");
  private static final Pattern TARGET = Pattern.compile(
      "\\b(?:for|in|over|behind) (?:the )?(?:\\d{4} )?([A-Z][\\w&.-]+(?: [A-Z][\\w&.-]+){0,2}) "
          + "(?:cyber ?attack|breach|hack|data breach|intrusion|attack)");
  private static final Pattern ON_DATE = Pattern.compile(
      "\\bon (January|February|March|April|May|June|July|August|September|October|November|December) (\\d{1,2})\\b");
  private static final Pattern PERSON = Pattern.compile(
      "((?:(?:[A-Z][\\w.'-]*|ministry|office|department|affairs|foreign|defen[cs]e)\\s+){0,3}?" + PartyLexicon.ROLE
          + ")\\s+((?:[A-Z][a-z]+)(?:[ -][A-Z][a-z]+){0,2})");
  private static final Pattern ACCORDING_TO = Pattern.compile("(?i)according to (?:the )?([^,]+)");
  private static final Pattern PUBLISHED_REPORT =
      Pattern.compile("(?i)(published|released|issued|compiled) (?:a |an |the )?(?:joint )?report");
  private static final Pattern NAME_SAID =
      Pattern.compile("\\b([A-Z][a-z]+|he|she|He|She)\\s+(?:" + SPEECH_VERB.pattern() + ")\\b");
  /** What follows a party that speaks or accuses: "... (has) said", "'s news agency called". */
  private static final Pattern SUBJECT_VERB = Pattern.compile(
      "(?:['’]s )?(?:[a-z][\\w-]* ){0,3}?(?:has |have |had |also |repeatedly |recently |on \\w+ )*(?:"
          + SPEECH_VERB.pattern() + "|" + ACCUSE.pattern().replace("\\b", "")
          + "|addressed|denied|rejected|dismissed|urges|urged|calls on|called on|called)\\b");
  private static final Pattern BY_CLAIMANT = Pattern.compile("^ (?:made )?(?:by|from) ");
  private static final Pattern SAID_NAME =
      Pattern.compile("(?:,|\"|”)\\s*(?:said|says|added|stressed|noted|told)\\s+([A-Z][a-z]+)");
  private static final Set<String> STATE_GROUPS = Set.of("government", "military", "army", "authorities", "hackers",
      "officers", "members", "intelligence", "officials", "agents", "spies", "soldiers", "nationals", "citizens",
      "operatives", "actors", "group", "groups", "unit", "agency", "services");
  private static final Pattern BACKED = Pattern.compile("(?i)\\b(state-sponsored|state-backed|government-backed|linked to|tied to|"
      + "affiliated with|working for|on behalf of|backed by|sponsored by)\\b");

  private final PartyLexicon lexicon = new PartyLexicon();
  private final Function<String, List<String>> actorNames;

  /**
   * @param actorNames finds the threat actors a sentence names (canonical names), e.g. through the
   *     knowledge base's alias index; may return an empty list
   */
  public ClaimExtractor(Function<String, List<String>> actorNames) {
    this.actorNames = actorNames;
  }

  /**
   * Extracts claims from clean main text.
   *
   * @param title the document title (helps find the home state), or null
   * @param published the publication date, or null
   */
  public List<Claim> extract(String title, String text, LocalDate published) {
    Document doc = new Document(title, published);
    Map<String, Claim> claims = new LinkedHashMap<>();
    for (String sentence : Sentences.split(text)) {
      doc.learnPeople(sentence);
      for (Claim c : sentence(doc, sentence)) {
        String key = c.type() + "|" + c.claimantCountry() + "|" + c.accusedCountry()
            + (c.accusedCountry() == null ? "|" + c.accused() : "");
        claims.putIfAbsent(key, c);
      }
      doc.afterSentence(sentence);
    }
    return respondingAccusations(List.copyOf(claims.values()));
  }

  /**
   * An accusation made by a state that the same document shows accused (or denying) is a
   * response: it becomes a counter-accusation (and merges with one already found).
   */
  private static List<Claim> respondingAccusations(List<Claim> claims) {
    Set<String> accusedStates = new java.util.HashSet<>();
    for (Claim c : claims) {
      if (c.type() == ClaimType.DENIAL || c.type() == ClaimType.ATTRIBUTION) {
        if (c.accusedCountry() != null) {
          accusedStates.add(c.accusedCountry());
        }
      }
    }
    Map<String, Claim> out = new LinkedHashMap<>();
    for (Claim c : claims) {
      Claim k = c;
      if (c.type() == ClaimType.ATTRIBUTION && c.claimantCountry() != null && c.accusedCountry() != null
          && accusedStates.contains(c.claimantCountry())) {
        k = new Claim(ClaimType.COUNTER_ACCUSATION, c.form(), c.claimant(), c.claimantCountry(), c.accused(),
            c.accusedCountry(), c.threatActor(), c.target(), c.date(), c.evidence());
      }
      out.putIfAbsent(k.type() + "|" + k.claimantCountry() + "|" + k.accusedCountry()
          + (k.accusedCountry() == null ? "|" + k.accused() : ""), k);
    }
    return List.copyOf(out.values());
  }

  /**
   * The people (introduced with a role) and states the text names, in order of first mention; used
   * for the entity list of an extracted document.
   */
  public List<Party> parties(String title, String text) {
    Document doc = new Document(title, null);
    Map<String, Party> out = new LinkedHashMap<>();
    for (String sentence : Sentences.split(text)) {
      doc.learnPeople(sentence);
      for (Mention m : lexicon.find(sentence)) {
        if (m.party().kind() == Party.Kind.STATE && m.party().country() != null) {
          out.putIfAbsent("state:" + m.party().country(), m.party());
        }
      }
    }
    for (Party p : doc.people.values()) {
      out.putIfAbsent("person:" + p.name(), p);
    }
    return List.copyOf(out.values());
  }

  /** What is known about the document while reading it. */
  private final class Document {
    final LocalDate published;
    final String homeState;
    final Map<String, Party> people = new HashMap<>();
    Party lastPerson;
    List<Party> reportAuthors = List.of();
    Party lastAccused;

    Document(String title, LocalDate published) {
      this.published = published;
      String home = null;
      if (title != null) {
        for (Mention m : lexicon.find(title)) {
          if (m.party().country() != null) {
            home = m.party().country();
            break;
          }
        }
      }
      this.homeState = home;
    }

    void learnPeople(String sentence) {
      Matcher m = PERSON.matcher(sentence);
      while (m.find()) {
        String role = m.group(1).trim();
        String name = m.group(2).trim();
        String country = null;
        for (Mention r : lexicon.find(role)) {
          country = r.party().country();
        }
        if (country == null) {
          country = homeState != null ? homeState : firstState(sentence);
        }
        Party p = new Party(role + " " + name, country, Party.Kind.PERSON, role);
        people.putIfAbsent(name, p);
        String[] parts = name.split(" ");
        people.putIfAbsent(parts[0], p);
        people.putIfAbsent(parts[parts.length - 1], p);
        lastPerson = people.get(name);
      }
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

    void afterSentence(String sentence) {
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
      }
    }
  }

  /** Generic bodies ("the Foreign Ministry") without a state belong to the document's home state. */
  private static List<Mention> resolveGeneric(List<Mention> mentions, Document doc) {
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      if (m.party().country() == null && m.party().kind() != Party.Kind.PERSON && doc.homeState != null) {
        out.add(new Mention(new Party(m.party().name(), doc.homeState, m.party().kind(), null), m.start(), m.end()));
      } else {
        out.add(m);
      }
    }
    return out;
  }

  private String firstState(String s) {
    for (Mention m : lexicon.find(s)) {
      if (m.party().country() != null) {
        return m.party().country();
      }
    }
    return null;
  }

  private List<Claim> sentence(Document doc, String s) {
    List<Claim> out = new ArrayList<>();
    boolean cyber = CYBER.matcher(s).find();
    List<Mention> mentions = resolveGeneric(lexicon.find(s), doc);
    Party speaker = speaker(doc, s, mentions);
    String date = date(doc, s);
    List<String> actors = actorNames.apply(s);
    String actor = actors.isEmpty() ? null : actors.get(0);

    // attribution by a named party: "X accused/charged Y", "X's accusations that Y ..."
    if (cyber || actor != null) {
      out.addAll(directAttributions(doc, s, mentions, actor, date));
    }
    // "according to X, Y committed ..." and the stateless-group form
    Matcher group = STATELESS_GROUP.matcher(s);
    if (group.find() && speaker != null) {
      Party claimant = speaker;
      Matcher acc = ACCORDING_TO.matcher(s);
      if (acc.find() && acc.group(1).toLowerCase(Locale.ROOT).startsWith("report") && !doc.reportAuthors.isEmpty()) {
        claimant = doc.reportAuthors.get(0);
      }
      ClaimForm form = doc.reportAuthors.contains(claimant) ? ClaimForm.REPORT : formOf(s, claimant);
      out.add(new Claim(ClaimType.ATTRIBUTION, form, names(claimant, doc), claimant.country(),
          group.group(6).trim(), null, actor, null, date, s));
    } else if (speaker != null && cyber && (DEED.matcher(s).find() || BACKED.matcher(s).find()) && out.isEmpty()) {
      Matcher acc = ACCORDING_TO.matcher(s);
      Party accused = accusedAfter(s, mentions, speaker, acc.find() ? acc.end() : 0);
      if (accused == null) {
        accused = doc.lastAccused;
      }
      if (accused != null && !same(accused, speaker)) {
        out.add(new Claim(ClaimType.ATTRIBUTION, formOf(s, speaker), speaker.name(), speaker.country(),
            accused.name(), accused.country(), actor, target(s), date, s));
      }
    }
    if (speaker == null || speaker.country() == null) {
      return out;
    }
    String home = speaker.country();
    // denial: the speaker's state rejects responsibility
    if (DENIAL.matcher(s).find() && (cyber || actor != null || mentionsAccusation(s))
        && (mentionsState(mentions, home) || mentionsAccusation(s) || s.toLowerCase(Locale.ROOT).contains("sponsored"))) {
      out.add(new Claim(ClaimType.DENIAL, responseForm(doc, speaker), speaker.name(), home,
          io.ascribe.geo.Countries.displayName(home), home, actor, null, date, s));
    }
    // counter-accusation: the speaker accuses another state
    if (COUNTER.matcher(s).find()) {
      Party other = otherState(mentions, home);
      if (other != null) {
        out.add(new Claim(ClaimType.COUNTER_ACCUSATION, responseForm(doc, speaker), speaker.name(), home,
            other.name(), other.country(), actor, null, date, s));
      }
    }
    return out;
  }

  private List<Claim> directAttributions(Document doc, String s, List<Mention> mentions, String actor, String date) {
    Matcher noun = ACCUSATION_NOUN.matcher(s);
    while (noun.find()) {
      Matcher by = BY_CLAIMANT.matcher(s.substring(noun.end()));
      if (by.find()) {
        // "the accusations by the United States and Britain were groundless": the accused is the speaker's side
        List<Claim> out = new ArrayList<>();
        String accusedState = doc.homeState;
        for (Mention m : mentions) {
          if (m.start() >= noun.end() && m.party().country() != null && !m.party().country().equals(accusedState)
              && accusedState != null && out.stream().noneMatch(c -> c.claimantCountry().equals(m.party().country()))) {
            out.add(attribution(s, m.party(), new Party(io.ascribe.geo.Countries.displayName(accusedState), accusedState,
                Party.Kind.STATE, null), actor, date));
          }
        }
        if (!out.isEmpty()) {
          return out;
        }
        continue;
      }
      // "U.S. accusations that the Chinese government supported ..." / "the US indictment of Chinese hackers"
      Mention claimant = lastBefore(s, mentions, noun.start(), 2);
      Party accused = accusedAfter(s, mentions, claimant == null ? null : claimant.party(), noun.end());
      if (claimant != null && accused != null && !same(accused, claimant.party())) {
        doc.lastAccused = accused;
        return List.of(attribution(s, claimant.party(), accused, actor, date));
      }
    }
    Matcher verb = ACCUSE.matcher(s);
    while (verb.find()) {
      // everyone named before the verb accuses: "the United States, Britain and Australia attributed ..."
      List<Party> claimants = new ArrayList<>();
      for (Mention m : mentions) {
        if (m.end() > verb.start() || m.party().country() == null) {
          continue;
        }
        int same = -1;
        for (int k = 0; k < claimants.size(); k++) {
          if (claimants.get(k).country().equals(m.party().country())) {
            same = k;
          }
        }
        if (same < 0) {
          claimants.add(m.party());
        } else if (claimants.get(same).kind() == Party.Kind.STATE && m.party().kind() != Party.Kind.STATE) {
          claimants.set(same, m.party()); // "the US Department of Justice" rather than "US"
        }
      }
      if (claimants.isEmpty()) {
        continue;
      }
      int from = verb.end();
      if (verb.group(1).startsWith("attribut")) {
        int to = s.indexOf(" to ", verb.end());
        from = to < 0 ? from : to + 4;
      }
      List<Claim> out = new ArrayList<>();
      for (Party claimant : claimants) {
        Party accused = accusedAfter(s, mentions, claimant, from);
        if (accused != null && !same(accused, claimant)) {
          doc.lastAccused = accused;
          out.add(attribution(s, claimant, accused, actor, date));
        }
      }
      if (!out.isEmpty()) {
        return out;
      }
    }
    return List.of();
  }

  private static Claim attribution(String s, Party claimant, Party accused, String actor, String date) {
    return new Claim(ClaimType.ATTRIBUTION, formOf(s, claimant), claimant.name(), claimant.country(),
        accused.name(), accused.country(), actor, target(s), date, s);
  }

  /** The last party mention ending at most {@code maxWords} words before {@code at}, or null. */
  private static Mention lastBefore(String s, List<Mention> mentions, int at, int maxWords) {
    Mention best = null;
    for (Mention m : mentions) {
      if (m.end() <= at) {
        best = m;
      }
    }
    if (best == null) {
      return null;
    }
    String between = s.substring(best.end(), at).trim();
    int words = between.isEmpty() ? 0 : between.split("\\s+").length;
    return words <= maxWords ? best : null;
  }

  /** The party accused after position {@code from}: a state-qualified group or a party of another state. */
  private Party accusedAfter(String s, List<Mention> mentions, Party claimant, int from) {
    for (Mention m : mentions) {
      if (m.start() < from || m.party().country() == null || m.party().kind() == Party.Kind.COMPANY) {
        continue;
      }
      if (claimant != null && m.party().country().equals(claimant.country())) {
        continue;
      }
      String after = s.substring(m.end(), Math.min(s.length(), m.end() + 40)).toLowerCase(Locale.ROOT);
      String phrase = m.party().name();
      for (String g : STATE_GROUPS) {
        if (after.matches("^(?:'s )?\\s*(?:[a-z-]+ )?" + g + "\\b.*")) {
          phrase = m.party().name() + " " + g;
          break;
        }
      }
      String before = s.substring(Math.max(0, m.start() - 30), m.start()).toLowerCase(Locale.ROOT);
      if (before.matches(".*\\b(?:four|three|two|five|several|\\d+) (?:members|officers|nationals|hackers) of (?:the )?$")) {
        phrase = s.substring(Math.max(0, m.start() - 30), m.end()).replaceAll("^.*?(\\b(?:four|three|two|five|several|\\d+) )", "$1");
      }
      return new Party(phrase, m.party().country(), m.party().kind(), null);
    }
    return null;
  }

  private Party speaker(Document doc, String s, List<Mention> mentions) {
    // "…," Lin said / said Lin / he added
    Matcher after = SAID_NAME.matcher(s);
    if (after.find() && doc.person(after.group(1)) != null) {
      return doc.person(after.group(1));
    }
    Matcher m = NAME_SAID.matcher(s);
    while (m.find()) {
      Party p = doc.person(m.group(1));
      if (p != null) {
        return p;
      }
    }
    for (Map.Entry<String, Party> e : doc.people.entrySet()) {
      if (e.getKey().contains(" ") && s.contains(e.getKey())) {
        return e.getValue();
      }
    }
    // a party followed by a speech or accusation verb
    for (Mention x : mentions) {
      String rest = s.substring(x.end()).trim();
      if (SUBJECT_VERB.matcher(rest).lookingAt()) {
        return x.party();
      }
    }
    Matcher acc = ACCORDING_TO.matcher(s);
    if (acc.find()) {
      String who = acc.group(1);
      if (who.toLowerCase(Locale.ROOT).startsWith("report") && !doc.reportAuthors.isEmpty()) {
        return doc.reportAuthors.get(0);
      }
      for (Mention x : lexicon.find(who)) {
        return x.party();
      }
    }
    return null;
  }

  private static boolean same(Party a, Party b) {
    return a.country() != null && a.country().equals(b.country());
  }

  private static boolean mentionsState(List<Mention> mentions, String country) {
    for (Mention m : mentions) {
      if (country.equals(m.party().country())) {
        return true;
      }
    }
    return false;
  }

  private static boolean mentionsAccusation(String s) {
    return ACCUSATION_NOUN.matcher(s).find() || ACCUSE.matcher(s).find();
  }

  private static Party otherState(List<Mention> mentions, String home) {
    for (Mention m : mentions) {
      if (m.party().country() != null && !m.party().country().equals(home)) {
        return m.party();
      }
    }
    return null;
  }

  /** Denials and counter-accusations are statements, unless they come from a report's authors. */
  private static ClaimForm responseForm(Document doc, Party speaker) {
    return doc.reportAuthors.contains(speaker) ? ClaimForm.REPORT : ClaimForm.STATEMENT;
  }

  private static String names(Party p, Document doc) {
    if (doc.reportAuthors.size() > 1 && doc.reportAuthors.contains(p)) {
      return String.join(" / ", doc.reportAuthors.stream().map(Party::name).toList()) + " report";
    }
    return p.name();
  }

  private static ClaimForm formOf(String s, Party claimant) {
    String l = s.toLowerCase(Locale.ROOT);
    if (l.matches(".*\\b(indict\\w*|charged|charges|booked|prosecut\\w*)\\b.*")) {
      return ClaimForm.INDICTMENT;
    }
    if (l.matches(".*\\b(sanction\\w*|restrictions against)\\b.*")) {
      return ClaimForm.SANCTION;
    }
    if (l.matches(".*\\b(joint )?(advisory|alert)\\b.*")) {
      return ClaimForm.ADVISORY;
    }
    if (l.matches(".*\\b(according to the report|in a report|report (said|says|found|states))\\b.*")) {
      return ClaimForm.REPORT;
    }
    if (claimant.kind() == Party.Kind.PERSON || l.matches(".*\\b(said|stated|statement|told|briefing|urged|stressed)\\b.*")) {
      return ClaimForm.STATEMENT;
    }
    return ClaimForm.OTHER;
  }

  private static String target(String s) {
    Matcher m = TARGET.matcher(s);
    return m.find() ? m.group(1) : null;
  }

  private static String date(Document doc, String s) {
    Matcher m = ON_DATE.matcher(s);
    if (m.find() && doc.published != null) {
      LocalDate d = LocalDate.of(doc.published.getYear(), Month.valueOf(m.group(1).toUpperCase(Locale.ROOT)),
          Integer.parseInt(m.group(2)));
      if (d.isAfter(doc.published)) {
        d = d.minusYears(1);
      }
      return d.toString();
    }
    return doc.published == null ? null : doc.published.toString();
  }
}
