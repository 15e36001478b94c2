package io.ascribe.extract.claim;

import java.util.regex.Pattern;

/**
 * The word patterns the claim rules look for, compiled once: cyber activity, speech, accusation,
 * denial and counter-accusation cues. Patterns marked "lower-case" are matched against {@link
 * #lower(String)} of the sentence: case-sensitive matching of lower-case text is several times
 * faster than {@code (?i)}.
 */
final class Cues {
  /**
   * Cyber activity (the claim must be about it), as literal words on lower-case text; a leading
   * space-free word marked {@code true} must start a word. Plain {@code indexOf} scans are much
   * faster than one regex alternation tried at every position.
   */
  private static final String[] CYBER_WORDS = {"cyber", "hack", "intrusion", "breach", "espionage", "malware",
    "ransomware", "surveillance", "spying", "spies", "computer fraud", "data theft", "theft of", "stole", "infiltrat",
    "typhoon", "threat actor", "attack", "broke into", "break into", "breaking into", "broken into", "network",
    "email account", "phishing", "password", "server", "computer", "zero-day", "botnet", "trojan", "digital assets",
    "crypto", "malicious", "infect", "exploit", "ddos", "denial-of-service", "wiper", "backdoor", "implant",
    "credential", "ransom", "defac"};
  private static final String[] CYBER_WORD_STARTS = {"spy", "apt"};

  /** Whether lower-case text {@code lower} is about cyber activity. */
  static boolean cyber(String lower) {
    for (String w : CYBER_WORDS) {
      if (lower.contains(w)) {
        return true;
      }
    }
    for (String w : CYBER_WORD_STARTS) {
      for (int i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + 1)) {
        int end = i + w.length();
        boolean wordStart = i == 0 || !Character.isLetterOrDigit(lower.charAt(i - 1));
        // "apt" must be APT or APT28, not "aptly"; "spy" may start "spyware"
        boolean wordEnd = w.equals("spy") || end == lower.length() || !Character.isLetter(lower.charAt(end));
        if (wordStart && wordEnd) {
          return true;
        }
      }
    }
    return false;
  }

  /** Verbs of speech. */
  static final String SPEECH_VERBS = "said|says|stressed|added|noted|stated|told|urged|insisted|argued|emphasized|"
      + "emphasised|warned|claimed|declared|remarked|asserted|maintained|wrote|stating|saying|urging|adding|"
      + "responded|replied|described|called|calls|announced|confirmed|assessed|concluded|reported|alleged|condemned|"
      + "condemns|condemn|published|released|issued|unsealed|imposed|identified|named|recalled|summoned|dismissed|"
      + "denied|rejected|rejects|denies|dismisses|denounced|hit back|hits back|revealed|uncovered|exposed|disclosed|"
      + "assess|assesses|alleges|determined|found|established(?= that)|designated|designates|posted|brushed|clamored|clamoured|trumpeted|touted|say|cooked up|concocted|peddled|babbled";
  /** Accusation verbs: "X accused Y". */
  static final Pattern ACCUSE = Pattern.compile(
      "\\b(accused|accuses|accusing|accuse|blamed|blames|blaming|blame|charged|charges|charging|indicted|indicts|"
          + "sanctioned|sanctions|attributed|attributes|attributing|named|identified|designated|designates|pinned|pins|naming|names|"
          + "denounced|denounces|denouncing|linked|links|pointed (?:the finger )?(?:to|at)|points (?:the finger )?(?:to|at))\\b");
  /** "sanctions" as a noun that accuses nobody: "helping the state evade sanctions" (lower-case, before the word). */
  static final Pattern SANCTIONS_NOUN = Pattern.compile(
      "\\b(?:evade|evading|evaded|avoid|lift|lifted|under|of|violate|violating|breach|breaching|circumvent)\\s+$");
  /** Accusation nouns: "X's accusations that Y ...". */
  static final Pattern ACCUSATION_NOUN = Pattern.compile(
      "\\b(accusations?|allegations?|claims?|indictment|charges|attribution)\\b");
  /** A party did something. */
  static final Pattern DEED = Pattern.compile(
      "\\b(committed|carried out|conducted|launched|orchestrated|was behind|were behind|is behind|are behind|"
          + "responsible for|perpetrated|attempted to|supported|sponsored|hacked|breached|stole|targeted)\\b");
  /** Rejection of responsibility. */
  static final Pattern DENIAL = Pattern.compile(
      "\\b(den(y|ies|ied|ying|ial(?!-of-service| of service))|reject(s|ed|ing)?|dismiss(es|ed)?|refute[sd]?|groundless|baseless|unfounded|"
          + "unsubstantiated|absurd|denounc\\w*(?=\\s+(?:(?:on|in) \\w+ )?as\\b| (?:the |these |those |such |this |that |"
          + "what (?:it|he|she|they) called )?(?:[\\w'’-]+ ){0,3}?(?:accusations?|allegations?|claims?|charges?|reports?|"
          + "statements?|remarks|attribution|indictments?|sanctions|measures|move|decision|smear))|"
          + "slander(s|ed|ing|ous)?|smear(s|ed|ing)?|(do|does|did|will) not (engage|conduct|support|sponsor|participate|"
          + "tolerate|interfere|target|attack|hack|carry out)(?! in (?:naming|public attribution|speculation|finger-pointing))|never (engage[sd]?|conducted|supported|sponsored)|not sponsored by any (state|government|"
          + "country)|(has|had|have) [\"“]?nothing to do[\"”]? with|neither (?:the )?\\w+ nor|no (?:intention|intent|motive)|"
          + "no evidence|without evidence|fabrication|fabricating|fabricated (?:evidence|accusations?|claims?|allegations?|"
          + "stor(?:y|ies)|narratives?|charges)|false evidence|disinformation(?! (?:campaigns?|operations?|networks?|efforts?|activit\\w+|and))|spy mania|"
          + "russophob\\w*|politically motivated|never (?:had|has|have) anything to do with|"
          + "(?:do|does|did) not have anything to do with|(?:doesn't|don't|didn't) (?:engage|conduct|support|sponsor)|"
          + "never (?:encourage[sd]?|condone[sd]?|participate[sd]?|carr(?:y|ies|ied) out)|firmly oppose[sd]?|"
          + "categorical(?:ly)?|preposterous|nonsense|brush(?:es|ed)? (?:\\w+ ){0,2}aside|brushed off|staunch opponent|"
          + "opposes? all forms|never (?:attacked|hacked|launched|targeted))\\b");
  /** A responding state accuses back. */
  static final Pattern COUNTER = Pattern.compile(
      "(largest source of cyber|biggest (?:threat to (?:global )?cyber|hack(?:ing|er) empire)|hacker empire|victims? of|"
          + "(its|their) (cyber ?attacks|hacking|surveillance|espionage)|"
          + "stop (its|their)? ?(cyber ?attacks|hacking|surveillance|cyber theft)|false evidence|disinformation(?! (?:campaigns?|operations?|networks?|efforts?|activit\\w+|and))|"
          + "fram(e|ed|ing) (china|russia|iran|north korea|beijing|moscow)|cyber ?attacks against|"
          + "cyber theft|hacking empire|origin-tracing|real cyber ?criminal|(invented|fabricated) the evidence|"
          + "empire of hacking|largest cyber ?criminal|(?:its|their) own (?:malicious )?cyber|"
          + "fabricat\\w* (?:so-called )?evidence|shift(?:ing)? the blame|pin(?:ning)? the blame|"
          + "(?:has|have|had) (?:long )?(?:conducted|launched|carried out) (?:large-scale |systematic )*cyber ?attacks|"
          + "(?:has|have|had) (?:long |for years )?been (?:conducting|carrying out|launching|engaging in) (?:[\\w,-]+ ){0,6}?cyber|"
          + "cyber ?attacks launched by|(?:biggest|largest|main) source of cyber|cyber ?terrorism|who is really|"
          + "really (?:conducting|behind)|everyone knows that|real culprit|real chieftains?|"
          + "\\bit (?:is|was) (?:the |none other than (?:the )?)?[a-z .'-]{2,40}? (?:that|which|who)\\b)");
  /** "A victim of X": the accused follows the cue. */
  static final Pattern VICTIM_OF = Pattern.compile("victims? of");
  /** A criminal group with no state. */
  static final Pattern CRIMINAL = Pattern.compile(
      "\\b(cyber ?criminal|criminal (?:group|gang|crew|organi[sz]ation|enterprise)|financially motivated|"
          + "ransomware (?:gangs?|groups?|crews?|operations?|operators?|syndicates?|cartels?)|extortion (?:gangs?|groups?|crews?)|"
          + "criminal syndicates?|crime syndicates?|syndicates?|cybercrime (?:groups?|gangs?|rings?))\\b");
  /** State backing of a group. */
  static final Pattern BACKED = Pattern.compile("\\b(state-sponsored|state-backed|government-backed|linked to|tied to|"
      + "affiliated with|working for|on behalf of|backed by(?! (?:any |solid |hard |credible )?(?:evidence|facts|proof|data))|"
      + "sponsored by|steered by|controlled by)\\b");
  /** Claim forms. */
  static final Pattern INDICTMENT = Pattern.compile("\\b(indict\\w*|charged|charges|charging|booked|prosecut\\w*|"
      + "grand jury|unsealed)\\b");
  static final Pattern SANCTION = Pattern.compile("\\b(sanction\\w*|restrictions against)\\b");
  static final Pattern ADVISORY = Pattern.compile("\\b(advisory|alert|warned|warning)\\b");
  static final Pattern REPORT = Pattern.compile("\\b(according to the report|(?:in|its|a|annual) (?:\\w+ )?report|"
      + "report (said|says|found|states)|blog post|research)\\b");
  static final Pattern STATEMENT = Pattern.compile("\\b(said|stated|statement|told|briefing|urged|stressed)\\b");

  private Cues() {}

  /** Lower-case, one char for one char (so positions still match the sentence). */
  static String lower(String s) {
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) {
      c[i] = Character.toLowerCase(c[i]);
    }
    return new String(c);
  }
}
