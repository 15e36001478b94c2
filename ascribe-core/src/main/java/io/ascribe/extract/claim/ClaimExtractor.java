package io.ascribe.extract.claim;

import io.ascribe.extract.claim.PartyLexicon.Mention;
import io.ascribe.geo.Countries;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
 * <p>It is the rule stage of {@link io.ascribe.extract.claim.learn.ClaimReader}: it reads a text
 * {@link TextAnnotator} has annotated (sentences, party mentions, home state, quotations), keeps
 * what it learns while reading in a {@link ReadingState}, and proposes claims that the learned
 * scorer then weighs with the other frames.
 *
 * <p>It works sentence by sentence with explicit, documented rules rather than a trained model,
 * because every claim must be quotable and explainable:
 *
 * <ol>
 *   <li><b>Parties</b> come from {@link PartyLexicon} (states, metonyms, agencies, companies by
 *       headquarters country) and from people introduced with a role ("Foreign Ministry
 *       spokesperson Lin Jian", "Poland's digital affairs minister ..."), who are then followed by
 *       surname and by "he"/"she". A generic body ("the Foreign Ministry", "police") belongs to the
 *       last speaker of that kind, else to the document's <em>home state</em>: the title's first
 *       state that is not an accused group.
 *   <li><b>The speakers</b> of a sentence: the words after a closing quote ("...," the agency
 *       said), a known person, the agent of a passive attribution ("was attributed to X by Y"),
 *       coordinated parties before a speech or accusation verb ("the United States, Britain and
 *       Australia published"), "according to X", or an anaphor ("the company said") resolved to
 *       the last speaker. <b>A joint advisory or statement yields one claim per participating
 *       country</b>.
 *   <li><b>Attribution</b>: "X accused/charged/indicted/sanctioned/blamed Y", "X's accusations that
 *       Y...", or a speaker with a party in an accused position ({@link AccusedPosition}: "Chinese
 *       state-sponsored hackers", "linked to Iran", "Russia is targeting..."; never a victim); a
 *       criminal group with no state named gives a claim with no accused country; "condemned the
 *       campaign" reuses the last accused; "N is actually a ransomware group ... 'Name'".
 *   <li><b>Denial</b>: a speaker of state S with a denial cue ({@link Cues#DENIAL}) in a sentence
 *       that mentions an accusation, or when S was accused earlier in the document.
 *   <li><b>Counter-accusation</b>: a state that denies or was accused accuses another state, either
 *       through the attribution rules (a response, by sentence order) or a counter cue ("victim of
 *       US cyber theft", "T's cyberattacks", "false evidence").
 * </ol>
 *
 * Claims are kept once per (type, claimant country, accused country, stateless accused), the
 * first sentence that makes them winning. A claim reported second-hand keeps its original
 * claimant ("the US has accused China of ..." is the US's attribution).
 */
public final class ClaimExtractor {
  private static final Pattern STATELESS_GROUP = Pattern.compile(
      "is (actually |in fact |really )?an? (ransomware |cyber ?criminal |criminal |hacker |hacking |cybercrime )+"
          + "(group|gang|crew|organi[sz]ation)[^.]*?(calls itself|called|named|known as)\\s+(the\\s+)?['\"‘“]?([a-z][\\w' -]{1,40}?)['\"’”]");
  private static final Pattern TARGET = Pattern.compile(
      "\\b(?:for|in|over|behind) (?:the )?(?:\\d{4} )?([A-Z][\\w&.-]+(?: [A-Z][\\w&.-]+){0,2}) "
          + "(?:cyber ?attack|breach|hack|data breach|intrusion|attack)");
  private static final Pattern ON_DATE = Pattern.compile(
      "\\bon (January|February|March|April|May|June|July|August|September|October|November|December) (\\d{1,2})\\b");
  static final Pattern PERSON = Pattern.compile(
      "((?:(?:[A-Z][\\w.'-]*|ministry|office|department|affairs|foreign|defen[cs]e|policy|security|intelligence|cyber|"
          + "police)\\s+){0,3}?" + PartyLexicon.ROLE + ")\\s*,?\\s+((?:[A-Z][a-zà-ÿ]+)(?:[ -][A-Z][a-zà-ÿ]+){0,2})");
  /** A person named before the role, as an appositive: "Maria Zakharova, the Russian foreign ministry spokeswoman,". */
  static final Pattern APPOSITIVE_PERSON = Pattern.compile(
      "\\b([A-Z][a-zà-ÿ'-]+(?: [A-Z][a-zà-ÿ'-]+){1,2}), (?:the |a |an |its |their )?((?:[\\w'’.-]+ ){0,6}?"
          + PartyLexicon.ROLE + ")(?=,| who\\b| said\\b| told\\b)");
  /** A role word followed by a capitalised word, on lower-case text: where {@link #PERSON} may match. */
  static final Pattern ROLE_WORD = Pattern.compile(PartyLexicon.ROLE.replace("(?i:", "(?:") + ",?\\s+\\S");
  /** The state owning a role written after it: "Poland's digital affairs minister". */
  static final Pattern POSSESSOR = Pattern.compile("(\\S+(?: \\S+)?)['’]s (?:[a-z-]+ ){0,3}$");
  private static final Pattern ACCORDING_TO = Pattern.compile("[Aa]ccording to (?:the )?([^,]+)");
  static final Pattern PUBLISHED_REPORT =
      Pattern.compile("(?i)(published|released|issued|compiled) (?:a |an |the )?(?:joint )?report");
  private static final Pattern NAME_SAID =
      Pattern.compile("\\b([A-Z][a-z]+|he|she|He|She)\\s+(?:also\\s+)?(?:" + Cues.SPEECH_VERBS + "|"
          + Cues.ACCUSE.pattern().replace("\\b", "") + ")\\b");
  /** What may stand between a party and its verb: "'s foreign ministry on Tuesday", ", led by X,". */
  private static final String GAP = "(?:['’]s)?\\)?[\\s,]*(?:(?:(?!(?:it|he|she|they|we|who|which|what)\\b)[a-z][\\w-]*|[A-Z][\\w&.-]*|\\d+|\\([^()]{0,60}\\)|"
      + "[\"“][^\"”]{0,40}[\"”]|(?:he|she|they|it) (?:said|says|added|noted)|"
      + "(?:responding|speaking|reacting|replying|commenting|writing|asked) [^,]{0,40}|for the first time)[\\s,]+){0,7}?";
  /** A party followed by a speech or accusation verb: "... (has) said", "'s news agency called". */
  private static final Pattern SUBJECT_VERB = Pattern.compile(
      GAP + "[\"“]?(?:" + Cues.SPEECH_VERBS + "|" + Cues.ACCUSE.pattern().replace("\\b", "") + "|addressed|urges|calls on|"
          + "called on|warning|accusing|blamed|attributed|condemned|made public|formally attributed|has never|have never|"
          + "had never|never|firmly opposes|firmly opposed|categorically)\\b");
  private static final Pattern BY_CLAIMANT = Pattern.compile("^ (?:made )?(?:by|from) ");
  private static final Pattern SAID_NAME =
      Pattern.compile("(?:,|\"|”)\\s*(?:said|says|added|stressed|noted|told)\\s+([A-Z][a-z]+)");
  /** What may stand before a pronoun speaker: nothing, or a quotation ('"...," he said'). */
  private static final Pattern PRONOUN_OPENS = Pattern.compile("\\s*|.*[,.?!…][\"”]\\s*|[^\"“]*,\\s*");
  /** The words after a closing quote that say who spoke: "...," the spokesperson said. */
  private static final Pattern QUOTE_TAIL = Pattern.compile("[,.?!…][\"”]\\s*([^\"”“]{0,160})$");
  private static final Pattern TAIL_SPEECH = Pattern.compile("\\b(?:" + Cues.SPEECH_VERBS + ")\\b");
  /** Where the tail's own clause ends: '..." the embassy said, recalling statements by ...'. */
  private static final Pattern TAIL_PARTICIPLE = Pattern.compile(",\\s+[a-z]+ing\\b");
  /** A speaker named by a common noun, resolved to the last speaker: "the company said", "officials said". */
  private static final Pattern ANAPHOR = Pattern.compile(
      "^(?:\\p{Lu}[\\p{Lu}'. ]+\\s+[-–—]+\\s+)?(?:[\"“][^\"”]*[\"”]\\s*)?(?:[^,\"“]{0,40}, )?(?:the |The |a |A |an |An |its |Its )?"
          + "(?:(?:[a-z-]+ ){0,2})?(?:of (?:the |its )?)?(company|firm|agency|agencies|bureau|ministry|service|directorate|department|"
          + "government|council|police|investigators|officials|researchers|authorities|embassy|mission|spokes\\w+|"
          + "minister|report|advisory|document|office|centre|center|analysts|prosecutors|statement|Officials|Investigators|"
          + "Researchers|Police|Prosecutors)\\b(?:,[^,\"“]{1,120},)?(?:[^,.\"]{0,40}?)\\b(?:" + Cues.SPEECH_VERBS
          + "|attributed|tracks|links)\\b");
  /** A pronoun speaker, resolved to the last speaker: "It says the group ...", "It blamed ...", "..., she added". */
  private static final Pattern PRONOUN_SPEAKER = Pattern.compile(
      "^(?:[A-Z][^,\"“]{0,60}, )?(?:It|it|They|they|He|he|She|she)\\s+(?:also\\s+|then\\s+|later\\s+|went on to\\s+|further\\s+)?(?:"
          + Cues.SPEECH_VERBS + "|"
          + Cues.ACCUSE.pattern().replace("\\b", "") + ")\\b");
  /** After a quote, ", saying Berlin had ..." continues the speaker's words: what follows is content, not a speaker. */
  private static final Pattern CONTENT_PARTICIPLE = Pattern.compile(
      "^[\\s,]*(?:saying|adding|stating|noting|urging|calling|describing|insisting|arguing|claiming|citing|pointing|"
          + "referring|quoting)\\b");
  /** A sentence set in a place first: "In Tehran, a foreign ministry spokesman said ...". */
  private static final Pattern IN_PLACE = Pattern.compile("^(?:In|From|At)\\s+(?:the\\s+)?$");
  /**
   * A party after a preposition is not a subject: "organisations in Ukraine, the services said", "Moscow's
   * mission to the EU dismissed"; but "the government in Berlin", "a spokesman for the embassy" speak.
   */
  private static final Pattern PREPOSITION_BEFORE = Pattern.compile(
      "(?:(?<!(?i:government|embassy|ministry|authorities|officials|police|prosecutors|court|mission|consulate|"
          + "spokesperson|spokesman|spokeswoman|minister|head|chief|director|secretary|president|leader|office|department|"
          + "council|agencies|agency|investigators|diplomats|representatives|experts|researchers|officers|bank|"
          + "parliament) )"
          + "\\b(?:in|at|for|of|from)|\\b(?:on|On|to|against|into|across|throughout|outside|inside|within|about|"
          + "over|regarding|concerning|following|after|(?<!(?:along|together|jointly|joined) )(?:with|by)))\\s+(?:the\\s+)?$");
  /** What a criminal group did, as an official tells it: "had compromised more than 1,000 organizations". */
  private static final Pattern CRIMINAL_DEED = Pattern.compile("\\b(?:(?:was|were|is|are) behind|responsible for|carried out|"
      + "compromised|hacked|breached|stole|encrypted|extorted)\\b");
  /** The group already accused, as the subject of what a speaker tells: "said the group had pre-positioned itself". */
  private static final Pattern THE_GROUP_DID = Pattern.compile("\\b(?:that )?the (?:group|hackers|actor|attackers|intruders)"
      + "(?:['’]s)? (?:had|has|have|was|were|is|are|used|uses|targeted|gained|stole|broke|compromised|exploited|deployed)\\b");
  /** A conjunction that opens a clause before its subject: "after the FBI said". */
  private static final Pattern CONJUNCTION_BEFORE = Pattern.compile("\\b(?:after|before|since|until|when|as|because)\\s+(?:the\\s+)?$");
  private static final Pattern GOVERNMENT_ANAPHOR = Pattern.compile(
      "^(?:agency|agencies|bureau|ministry|directorate|department|government|council|police|officials|authorities|"
          + "minister|office|prosecutors|Officials|Police|Prosecutors)$");
  private static final Pattern COMPANY_ANAPHOR = Pattern.compile("^(?:company|firm|researchers|Researchers|analysts)$");
  /** Passive attribution with its claimant: "was attributed to Russia's GRU by Ukraine's security service". */
  private static final Pattern PASSIVE_BY = Pattern.compile(
      "\\b(?:(?:attributed|blamed|pinned|charged|indicted|sanctioned|accused|named|condemned|linked|tied)\\b"
          + "(?:(?!\\b(?:which|that|who)\\b)[^.]){0,120}?\\bby|(?:charged|indicted|convicted|prosecuted) in|(?:charges|indictments?|a case|cases|lawsuits?) (?:\\w+ )?"
          + "(?:filed|brought|unsealed|lodged) in) (?:the )?$");
  private static final Pattern CONDEMNED = Pattern.compile("\\b(?:condemned|condemns|condemn)\\b");
  /** Several agencies author one product: "together with partner agencies in ...", "co-authored by". */
  private static final Pattern COAUTHORS = Pattern.compile(
      "\\b(?:together with|co-?authored|co-?sealed|co-?signed|jointly|partner agencies|in partnership with|"
          + "in coordination with|in conjunction with|joined by|along with|(?:released|published|issued) with|"
          + "join(?:ed|s)? (?:their|its) (?:counterparts|partners|allies)|in a joint (?:[a-z-]+ ){0,2}(?:advisory|alert)|"
          + "with (?:its |their )?(?:international |foreign |allied )?partners|joint (?:[a-z-]+ ){0,2}"
          + "(?:advisory|statement|report|alert|declaration) with)\\b");
  private static final Pattern AT_PLACE = Pattern.compile("\\bat\\s+(?:the\\s+)?$");
  private static final Pattern JOINT_PRODUCT = Pattern.compile(
      "\\b(?:advisory|statement|report|guidance|alert|declaration|attribution)\\b");
  /** An accusation with its object: "accused Tehran of training ...", "charges of ...". */
  private static final Pattern ACCUSED_OF = Pattern.compile("\\b(?:accus\\w*|blam\\w*|charg\\w*)\\b"
      + "(?:\\s+(?!(?:within|in|for|after|before|over|during|on|at)\\b)[\\w'’.-]+){1,6}? of [\"“]?\\w+");
  private static final Pattern PRONOUN_OBJECT = Pattern.compile(
      "\\s+(?:(?:[\\w-]+ ){0,2}of )?(?:it|its|them|their|the group|the unit)\\b");
  private static final Pattern TITLED = Pattern.compile("\\b(?:titled|entitled|headlined|headed)\\s*$");
  /** How many sentences after a joint product's announcement its lead author's attributions may stand. */
  private static final int JOINT_WINDOW = 4;
  /** A speaker closing a sentence without quotation marks: "..., U.S. officials said Tuesday." */
  private static final Pattern TRAILING_SPEAKER = Pattern.compile(
      ",\\s+((?:the\\s+)?[^,\"”–—]{2,90}?)\\s+(?:said|says|say|told reporters|added|reported)(?:\\s+(?:on\\s+)?[A-Za-z]+){0,2}(?:\\.$|,\\s)");
  /** A speaker named by role only: "a foreign ministry spokesperson told", "the ambassador said". */
  private static final Pattern UNNAMED_SPEAKER = Pattern.compile(
      "\\b(?:[Aa]|[Aa]n|[Tt]he|[Ii]ts)\\s+(?:[\\w-]+\\s+){0,3}?(?:spokes(?:man|woman|person)|minister|ambassador|envoy|"
          + "diplomat|official)\\s+(?:" + Cues.SPEECH_VERBS + ")\\b");
  /** A semicolon between clauses, and how many words each must have to be read on its own. */
  private static final Pattern CLAUSE_BREAK = Pattern.compile(";\\s+|,\\s+(?=while\\s|whereas\\s)|,\\s+and\\s+(?=the\\s+[A-Z]|[A-Z])");
  private static final int MIN_CLAUSE_WORDS = 5;
  /** A government body the lexicon does not know by name: "the Department of Information and ...". */
  private static final Pattern OFFICIAL_BODY = Pattern.compile("^(?:the\\s+)?(?:[A-Z][\\w'-]*\\s+){0,3}(?:Department|Ministry|"
      + "Agency|Authority|Directorate|Bureau|Commission|Centre|Center|Service|Police|Office)\\b");
  /** Between a party and what it endorses: " government said it ", " also said they ". */
  private static final Pattern SAID_IT = Pattern.compile(
      "(?:['’]s)?(?:\\s+(?:government|authorities|ministry|officials))?\\s+(?:also\\s+)?(?:(?:said|says|added)\\s+(?:it|they)|"
          + "issued (?:a |an |their own |its own |separate )?(?:statements?|notes?)|(?:publicly |quickly )?(?:said|announced) "
          + "(?:it was|they were))\\s+");
  /** What a denial disowns, without an accusation named: "denied involvement", "any role in" (lower-case). */
  private static final Pattern DISOWNED = Pattern.compile("\\b(?:den(?:y|ies|ied|ying)|reject\\w*|disclaim\\w*)\\b"
      + "[^.]{0,40}?\\b(?:involvement|responsibility|role in|any part)\\b|\\bnothing to do\\b");
  /** A denial that disowns a deed in so many words ("does not target"); see also {@link #DISOWNED}. */
  private static final Pattern DISOWNED_DEED = Pattern.compile("\\b(?:(?:do|does|did|will) not|never) (?:\\w+ )?(?:target|"
      + "attack|hack|carr|conduct|engage|launch|sponsor|support|encourage|tolerate)\\w*");
  /** What may open a sentence before its subject: a quotation mark, "The". */
  static final Pattern OPENING_SUBJECT = Pattern.compile("[\"“]?\\s*(?:The\\s+|the\\s+|In\\s+)?");
  /** A possessive the lexicon did not read as a party, right before a generic body: "the North's". */
  private static final Pattern UNKNOWN_POSSESSOR = Pattern.compile("\\b[A-Z][\\w.-]*['’]s\\s+$");
  /** A state that opens a sentence by responding: "Beijing reacted swiftly.", "Moscow hit back on Tuesday." */
  static final Pattern RESPONDS = Pattern.compile(
      "(?:['’]s (?:government|response|reaction|foreign ministry))?\\s+(?:\\w+ly\\s+)?(?:reacted|responded|hit back|fired back|"
          + "retorted|struck back|pushed back|was quick to|wasted no time|answered|replied|rejected|denied|dismissed)\\b");
  /** An editor's correction note: "An earlier version of this article said ...", "Correction: ...". */
  private static final Pattern CORRECTION = Pattern.compile(
      "(?:(?:An|A|The) (?:earlier|previous) version of this (?:article|story|report)|Correction:|Clarification:)");
  /** Endorsing an attribution already made: "backed the finding", "supported Albania's conclusion". */
  private static final Pattern ENDORSES = Pattern.compile(
      "\\b(?:backed|backs|backing|endorsed|endorses|endorsing|supported|supports|supporting|echoed|echoes|echoing|joined|joins|"
          + "seconded|concurred with|"
          + "agreed with|shared|associated (?:itself|themselves) with) (?:the |this |that |its |their |these |"
          + "[A-Z][\\w.-]*(?: [A-Z][\\w.-]*)?['’]s )?(?:[\\w-]+ ){0,3}?(?:findings?|attributions?|assessments?|conclusions?|"
          + "accusations?|determination|position)\\b|\\b(?:joined in|followed suit|did the same|did likewise)\\b"
          + "|\\b(?:issued|made|published) similar (?:statements?|accusations?|declarations?|attributions?)\\b"
          + "|\\bfollowed(?:\\s+(?:within|days|weeks|hours|shortly|soon|later)\\b[^.;]*)?[.;]?$");
  /** An article or determiner before a generic body that makes it not one already named: "a ministry", "its". */
  private static final Pattern INDEFINITE_BEFORE = Pattern.compile(
      "(?i)\\b(?:a|an|another|any|every|each|one|some|its|their|his|her|our|your|[a-z]+['’]s)\\s+(?:[a-z-]+\\s+)?$");
  /** A state named as the court or venue of a case, not its defendant: "charges filed in the United States". */
  private static final Pattern VENUE_BEFORE = Pattern.compile(
      "\\b(?:filed|brought|unsealed|lodged|heard|tried|convicted|sentenced|prosecuted|extradited to|court in)\\s+(?:in\\s+)?(?:the\\s+)?$");
  /** A sentence that is all quotation, with nobody named as saying it. */
  private static final Pattern BARE_QUOTE = Pattern.compile("^[\"“][^\"“”]+[\"”]$");
  private static final Pattern OPENING_QUOTE = Pattern.compile("[\"“]");
  /** The role of a speaker named after its state: "'s Foreign Ministry spokesman", " embassy". */
  static final Pattern SPEAKER_ROLE = Pattern.compile(
      "(?:['’]s)?(?:\\s+[\\w-]+){0,3}?\\s+(spokes(?:man|woman|person)|minister|ambassador|embassy|ministry|mission)\\b");
  /** A deed whose author is still unknown: "too early to say who is behind it" (lower-case). */
  private static final Pattern OPEN_QUESTION = Pattern.compile(
      "\\b(?:who|whoever|whom|which (?:group|country|state|actor))\\b[^.]{0,20}?\\b(?:behind|responsible|carried out|launched)\\b");
  /** What may stand between a subject and its denial cue: "has", "categorically", "has always". */
  private static final Pattern OWN_VERB_GAP = Pattern.compile("(?:['’]s)?(?:\\s+(?:has|have|had|is|was|always|also|"
      + "again|firmly|flatly|strongly|categorically|repeatedly|long|vehemently|swiftly|quickly))*\\s+");
  /** How many first sentences make a story's lead: a cyber word there sets the topic for all of them. */
  static final int LEAD_SENTENCES = 3;
  private static final Pattern PASSIVE_AUX = Pattern.compile("\\b(?:been|be|being|is|are|was|were)\\s+$");
  /** Words that pin a group no source ties to a state on someone: arrests, charges, membership. */
  private static final Pattern STATELESS_CHARGE = Pattern.compile(
      "\\b(?:arrest\\w*|charg\\w*|indict\\w*|members? of|behind|responsible for|attribut\\w*|linked to)\\b");
  /** A speaker declining to name the state behind a group it names. */
  private static final Pattern DECLINES_TO_NAME = Pattern.compile(
      "\\b(?:declin\\w* to (?:name|say|identify|attribute|speculate)|(?:did|does|do|would|will) not (?:name|identify|attribute)|"
          + "without naming|not (?:in our (?:national )?interest|prepared|ready) to (?:name|attribute)|stopped short of naming)\\b");
  /** A sentence that only supposes: "If Rome names a culprit ...". */
  private static final Pattern HYPOTHETICAL = Pattern.compile("(?:[\"“])?(?:If|Unless|Should|Were|Had|Suppose|Imagine)\\b");
  /** Words that follow a role word without being a person's name. */
  static final Pattern NOT_A_NAME = Pattern.compile(PartyLexicon.ROLE.replace("(?i:", "(?:")
      + "\\b|(?:Assembly|Council|Committee|Office|Ministry|Department|Agency|Service|Bureau|Staff|Intelligence|"
      + "Security|Affairs|Command|Forces|Force|Directorate|Government|Court|Prosecutor|Police|Minister|Secretary|Prime|"
      + "Deputy|Foreign|Defence|Defense|Interior|Home|State)\\b");
  /** A state named only as someone's nationality: "a Russian national", "Chinese citizens". */
  private static final Pattern NATIONALITY = Pattern.compile("^\\s+(?:national|nationals|citizen|citizens|resident|residents)\\b");
  /** The report's authors after a passive: "The report was jointly issued by ...". */
  static final Pattern REPORT_BY = Pattern.compile(
      "(?i)report (?:was|were|has been|had been) (?:\\w+ )?(?:issued|published|released|compiled|written|produced) by");
  /**
   * A product as the subject with its authors in an appositive: "The National Cyber Threat Assessment, released
   * last week by the Canadian Centre for Cyber Security, says ...". Group 1 holds the authors.
   */
  private static final Pattern PRODUCT_BY = Pattern.compile(
      "^[\"“]?(?:The|A|An|Its|This|Their|That)\\s+[^,]{0,80}?(?i:report|assessment|advisory|analysis|study|review|paper|"
          + "bulletin|alert|statement|document|findings)[^,]{0,30},\\s+(?:jointly\\s+)?(?:released|published|issued|"
          + "compiled|produced|written|drawn up|prepared)\\s+(?:[\\w-]+\\s+){0,3}?by\\s+([^,]{2,120}),\\s+(?:"
          + Cues.SPEECH_VERBS + "|finds|warns|concludes|states|notes|adds|claims|alleges)\\b");
  /** "X is in fact an international ransomware group", the group's name not given. */
  private static final Pattern STATELESS_PLAIN = Pattern.compile(
      "\\bis (?:actually |in fact |really |just |merely |simply )?an? (?:[a-z-]+ )?(?:ransomware|cyber ?criminal|criminal|"
          + "cybercrime) (?:group|gang|crew|organi[sz]ation|outfit)\\b");
  /** Whom a question asks: "What is China's response?", "What is your comment?". */
  static final Pattern ASKED_STATE = Pattern.compile(
      "([A-Z][\\w.' -]{1,40}?)['’]s (?:response|comment|position|reaction|view|take)\\b|"
          + "\\b(?:[Dd]oes|[Dd]id|[Ww]ill|[Ww]ould|[Cc]an|[Cc]ould) ([A-Z][\\w.' -]{1,30}?) (?:have|want to|like to|wish to)? ?"
          + "(?:make |offer |give )?(?:a |any )?(?:response|comment|reaction)");
  /** A statement a state outlet carried: its generic bodies are that state's. */
  private static final Pattern CARRIED_BY_MEDIA = Pattern.compile(
      "\\b(?:carried|published|released|quoted|reported) by (?:the )?(?:official |state(?:-run)? )?(?:news agency )?"
          + "(" + TextAnnotator.STATE_OUTLETS + ")\\b");
  /** Words that keep a document's cyber topic in a sentence that has no cyber word of its own. */
  private static final Pattern TOPIC = Pattern.compile("\\b(?:operation|campaign|incident|activity|activities|evidence|"
      + "targeted|targeting|actors|attacked|compromised|behind|responsible|"
      + "(?:the|same|this) (?:group|hackers|attackers|actor|gang|crew|unit))\\b");

  private final TextAnnotator annotator = new TextAnnotator();
  private final PartyLexicon lexicon = annotator.lexicon();
  private final Function<String, List<String>> actorNames;
  private final Function<String, String> sponsorOf;

  /**
   * An extractor that knows no actor's sponsor: a claim that names only a threat actor as the
   * accused gets no accused country.
   */
  public ClaimExtractor(Function<String, List<String>> actorNames) {
    this(actorNames, name -> null);
  }

  /**
   * @param actorNames finds the threat actors a sentence names (canonical names), e.g. through the
   *     knowledge base's alias index; may return an empty list
   * @param sponsorOf the country sources say sponsors an actor (canonical name to ISO code), or
   *     null: when a claim accuses only a named actor ("attributed the intrusion to APT29"), the
   *     actor is the accused and this is its country
   */
  public ClaimExtractor(Function<String, List<String>> actorNames, Function<String, String> sponsorOf) {
    this.actorNames = actorNames;
    this.sponsorOf = sponsorOf;
  }

  /** The named actor as the accused party, with the country sources say sponsors it. */
  private Party actorAsAccused(String actor) {
    return new Party(actor, sponsorOf.apply(actor), Party.Kind.GROUP, null);
  }

  /** A claim with the index of the sentence that made it. */
  private record Found(Claim claim, int sentence) {}

  /**
   * What one reading of a document finds.
   *
   * @param claims its claims, one per distinct (type, claimant, accused)
   * @param parties the people (introduced with a role) and states it names, in order of first
   *     mention; for the entity list of an extracted document
   */
  public record Reading(List<Claim> claims, List<Party> parties) {}

  /**
   * Reads clean main text once for its claims and the parties it names.
   *
   * @param title the document title (helps find the home state), or null
   * @param published the publication date, or null
   */
  public Reading read(String title, String text, LocalDate published) {
    return read(annotate(title, text, published));
  }

  /** The first stage alone: the text's sentences, party mentions, home state and quotations. */
  public AnnotatedText annotate(String title, String text, LocalDate published) {
    return annotator.annotate(title, text, published);
  }

  /** The first stage over text already split into sentences (by {@code SentenceSplitter.STANDARD}). */
  public AnnotatedText annotate(String title, String text, List<String> sentences, LocalDate published) {
    return annotator.annotate(title, text, sentences, published);
  }

  /** Reads an annotated text for its claims and the parties it names. */
  public Reading read(AnnotatedText text) {
    ReadingState doc = new ReadingState(text, lexicon);
    List<String> lines = text.sentences();
    List<List<Mention>> mentions = text.mentions();
    Map<String, Found> claims = new LinkedHashMap<>();
    Map<String, Party> states = new LinkedHashMap<>();
    for (int index = 0; index < lines.size(); index++) {
      doc.index = index;
      String sentence = doc.transcript(lines.get(index));
      doc.learnPeople(sentence);
      List<Mention> found = mentions.get(index);
      for (Mention m : found) {
        if (m.party().kind() == Party.Kind.STATE && m.party().country() != null) {
          states.putIfAbsent(m.party().country(), m.party());
        }
      }
      for (Claim c : clauses(doc, sentence, found)) {
        claims.putIfAbsent(key(c), new Found(c, index));
        if (c.type() != ClaimType.COUNTER_ACCUSATION && c.accusedCountry() != null) {
          doc.accusedStates.addAll(PartyLexicon.members(c.accusedCountry()));
        }
        if (c.type() == ClaimType.ATTRIBUTION && c.claimantCountry() != null) {
          doc.accusers.addAll(PartyLexicon.members(c.claimantCountry()));
        }
      }
      doc.afterSentence(sentence, found);
    }
    List<Party> parties = new ArrayList<>(states.values());
    doc.people.values().stream().distinct().forEach(parties::add); // a person is filed under each part of the name
    List<Found> found = List.copyOf(claims.values()).stream()
        .filter(f -> !(doc.declining.contains(f.claim().claimantCountry()) && f.claim().threatActor() != null
            && f.claim().threatActor().equals(f.claim().accused())))
        .toList();
    return new Reading(respondingAccusations(groupMembers(jointAttributions(doc, found))),
        List.copyOf(parties.stream().filter(p -> !isGroup(p.country())).toList()));
  }

  /** The claims of clean main text; see {@link #read}. */
  public List<Claim> extract(String title, String text, LocalDate published) {
    return read(title, text, published).claims();
  }

  /** The people and states the text names; see {@link #read}. */
  public List<Party> parties(String title, String text) {
    return read(title, text, null).parties();
  }

  /**
   * The claims of a sentence, its independent clauses read one by one when a semicolon joins them
   * ("Norway said Russia was responsible; the Russian embassy denied any involvement"); each claim
   * quotes the whole sentence.
   */
  private List<Claim> clauses(ReadingState doc, String sentence, List<Mention> found) {
    String[] parts = CLAUSE_BREAK.split(sentence);
    if (parts.length < 2 || java.util.Arrays.stream(parts).anyMatch(p -> p.split("\\s+").length < MIN_CLAUSE_WORDS
        || !TAIL_SPEECH.matcher(p).find() && !Cues.ACCUSE.matcher(p).find() && !Cues.DENIAL.matcher(Cues.lower(p)).find()
            && !ENDORSES.matcher(p).find())) {
      // a list ("co-sealed by the FBI; the United Kingdom's NCSC; ...") is one sentence
      return sentence(doc, sentence, found);
    }
    List<Claim> out = new ArrayList<>();
    for (String part : parts) {
      for (Claim c : sentence(doc, part, lexicon.find(part))) {
        out.add(new Claim(c.type(), c.form(), c.claimant(), c.claimantCountry(), c.accused(), c.accusedCountry(),
            c.threatActor(), c.target(), c.date(), sentence));
      }
    }
    return out;
  }

  private static String key(Claim c) {
    return c.type() + "|" + c.claimantCountry() + "|" + c.accusedCountry()
        + (c.accusedCountry() == null ? "|" + c.accused() : "");
  }

  private static boolean isGroup(String country) {
    return country != null && country.startsWith(PartyLexicon.GROUP_PREFIX);
  }

  /** Claims made or suffered by a group of states ("the Five Eyes governments said ..."), one per member state. */
  private static List<Found> groupMembers(List<Found> claims) {
    List<Found> out = new ArrayList<>(claims.size());
    for (Found f : claims) {
      Claim c = f.claim();
      if (!isGroup(c.claimantCountry()) && !isGroup(c.accusedCountry())) {
        out.add(f);
        continue;
      }
      for (String claimant : PartyLexicon.members(c.claimantCountry())) {
        List<String> accusedStates = c.type() == ClaimType.DENIAL ? List.of(claimant) : PartyLexicon.members(c.accusedCountry());
        for (String accused : accusedStates) {
          if (c.type() == ClaimType.DENIAL || !java.util.Objects.equals(claimant, accused)) {
            out.add(new Found(new Claim(c.type(), c.form(), c.claimant(), claimant, c.accused(), accused, c.threatActor(),
                c.target(), c.date(), c.evidence()), f.sentence()));
          }
        }
      }
    }
    return out;
  }

  /**
   * A document announcing a joint statement or advisory ("Australia is making this statement together
   * with the governments of Canada, Germany, ...") after its lead author's attributions: every
   * co-author makes those attributions too.
   */
  private static List<Found> jointAttributions(ReadingState doc, List<Found> claims) {
    if (doc.jointAuthors.size() < 2) {
      return claims;
    }
    List<Found> out = new ArrayList<>(claims);
    for (Found f : claims) {
      Claim c = f.claim();
      // the lead author's attributions up to a few sentences after the joint product is announced
      if (c.type() != ClaimType.ATTRIBUTION || c.accusedCountry() == null || f.sentence() > doc.jointAt + JOINT_WINDOW
          || doc.jointAuthors.stream().noneMatch(p -> p.country().equals(c.claimantCountry()))) {
        continue;
      }
      for (Party p : doc.jointAuthors) {
        boolean known = out.stream().anyMatch(o -> o.claim().type() == ClaimType.ATTRIBUTION
            && o.claim().claimantCountry().equals(p.country()) && java.util.Objects.equals(o.claim().accusedCountry(), c.accusedCountry()));
        if (!known && !p.country().equals(c.accusedCountry())) {
          out.add(new Found(new Claim(c.type(), c.form(), p.name(), p.country(), c.accused(), c.accusedCountry(),
              c.threatActor(), c.target(), c.date(), c.evidence()), f.sentence()));
        }
      }
    }
    return out;
  }

  /**
   * An accusation made by a state that the document showed accused (or denying) at or before that
   * point is a response: it becomes a counter-accusation (and merges with one already found).
   */
  private static List<Claim> respondingAccusations(List<Found> claims) {
    Map<String, Integer> firstAccused = new HashMap<>();
    for (Found f : claims) {
      Claim c = f.claim();
      if ((c.type() == ClaimType.DENIAL || c.type() == ClaimType.ATTRIBUTION) && c.accusedCountry() != null) {
        firstAccused.merge(c.accusedCountry(), f.sentence(), Math::min);
      }
    }
    Set<String> denying = new HashSet<>();
    Set<String> accusedBy = new HashSet<>(); // "accused|accuser" pairs
    for (Found f : claims) {
      if (f.claim().type() == ClaimType.DENIAL) {
        denying.add(f.claim().claimantCountry());
      } else if (f.claim().accusedCountry() != null) {
        accusedBy.add(f.claim().accusedCountry() + "|" + f.claim().claimantCountry());
      }
    }
    Map<String, Claim> out = new LinkedHashMap<>();
    for (Found f : claims) {
      Claim c = f.claim();
      Claim k = c;
      // a response comes from the side that was accused; when both sides accuse, the one that also
      // denies is responding (the other's accusation came first, wherever the text reports it)
      boolean accusedBefore = firstAccused.getOrDefault(c.claimantCountry(), Integer.MAX_VALUE) <= f.sentence();
      // a state that is accused and denies, accusing one that does not deny, is answering wherever the text
      // reports it
      boolean onlyDenier = c.claimantCountry() != null && denying.contains(c.claimantCountry())
          && !denying.contains(c.accusedCountry()) && firstAccused.containsKey(c.claimantCountry());
      // and a state that neither denies nor answers its own accuser is attributing, not responding ("In December
      // 2017 the United States formally blamed North Korea", in a story where Russia accuses the US)
      boolean answers = denying.contains(c.claimantCountry())
          || accusedBy.contains(c.claimantCountry() + "|" + c.accusedCountry());
      if (c.type() == ClaimType.ATTRIBUTION && c.claimantCountry() != null && c.accusedCountry() != null && answers
          && (onlyDenier || accusedBefore && (denying.contains(c.claimantCountry()) || !denying.contains(c.accusedCountry())))) {
        k = new Claim(ClaimType.COUNTER_ACCUSATION, c.form(), c.claimant(), c.claimantCountry(), c.accused(),
            c.accusedCountry(), c.threatActor(), c.target(), c.date(), c.evidence());
      }
      out.putIfAbsent(key(k), k);
    }
    return List.copyOf(out.values());
  }


  /**
   * Generic bodies ("the Foreign Ministry") without a state belong to the last speaker with the
   * same head word ("the embassy" after "the Chinese embassy in Manila" said something), else to
   * the document's home state.
   */
  private static List<Mention> resolveGeneric(String s, List<Mention> mentions, ReadingState doc) {
    List<Mention> out = new ArrayList<>(mentions.size());
    // "In Tehran, a foreign ministry spokesman said ...": the sentence's place owns its generic bodies
    String place = null;
    if (!mentions.isEmpty() && mentions.get(0).party().country() != null
        && IN_PLACE.matcher(s.substring(0, mentions.get(0).start())).matches()
        && s.startsWith(",", mentions.get(0).end())) {
      place = mentions.get(0).party().country();
    }
    Matcher carried = CARRIED_BY_MEDIA.matcher(s);
    if (place == null && carried.find()) {
      place = TextAnnotator.STATE_MEDIA_COUNTRY.get(carried.group(1)); // "In a statement carried by KCNA, a foreign ministry spokesman"
    }
    for (Mention m : mentions) {
      if (m.party().country() == null && m.party().kind() != Party.Kind.PERSON) {
        String head = m.party().name().toLowerCase(Locale.ROOT);
        // "Beijing rejected all of it. '...,' a foreign ministry spokesperson told a regular briefing."
        Party responded = doc.responderAt >= doc.index - 2 ? doc.responder : null;
        String country = place != null ? place : responded != null ? responded.country() : doc.homeState;
        // "the embassy", or a bare "embassy spokesperson Liu Pengyu": a body already named; "an embassy" is not
        boolean definite = place == null && (m.start() >= 4 && s.regionMatches(true, m.start() - 4, "the ", 0, 4)
            || !INDEFINITE_BEFORE.matcher(s.substring(Math.max(0, m.start() - 12), m.start())).find());
        boolean found = false;
        for (Party p : doc.lastSpeakers) {
          if (definite && p.country() != null && p.name().toLowerCase(Locale.ROOT).contains(head)) {
            country = p.country();
            found = true;
          }
        }
        for (Party p : doc.bodies) {
          if (definite && !found && p.name().toLowerCase(Locale.ROOT).contains(head)) {
            // "the embassy" after "the Russian embassy in Paris rejected ..."
            country = p.country();
            break;
          }
        }
        if (country == null || place == null && UNKNOWN_POSSESSOR.matcher(s.substring(Math.max(0, m.start() - 30), m.start())).find()) {
          out.add(m); // "the North's Foreign Ministry": someone's body, not the home state's
          continue;
        }
        Mention resolved = new Mention(new Party(m.party().name(), country, m.party().kind(), null), m.start(), m.end());
        doc.inferred.add(resolved);
        out.add(resolved);
      } else {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * Who makes the claims of a sentence: one party, or several for a joint statement.
   *
   * @param parties the claimants, in order
   * @param spans the claimants' mentions in the sentence (empty when named elsewhere)
   * @param from where the accused may start (after the claimant's verb), else 0
   */
  private record Speakers(List<Party> parties, List<Mention> spans, int from) {
    static final Speakers NONE = new Speakers(List.of(), List.of(), 0);

    Party first() {
      return parties.isEmpty() ? null : parties.get(0);
    }

    boolean isEmpty() {
      return parties.isEmpty();
    }
  }

  private List<Claim> sentence(ReadingState doc, String s, List<Mention> found) {
    List<Claim> out = new ArrayList<>();
    if (HYPOTHETICAL.matcher(s).lookingAt() || CORRECTION.matcher(s).lookingAt()) {
      return out; // "If Rome or Madrid names a culprit and is later proven wrong, ..."; an editor's correction
    }
    String lower = Cues.lower(s);
    doc.criminal |= Cues.CRIMINAL.matcher(lower).find();
    boolean cyber = Cues.cyber(lower) || doc.cyber && (TOPIC.matcher(lower).find()
        || Cues.ACCUSE.matcher(lower).find() && !ACCUSED_OF.matcher(lower).find());
    doc.cyber |= cyber;
    List<Mention> mentions = resolveGeneric(s, found, doc);
    for (Mention m : mentions) {
      if (m.party().kind() == Party.Kind.COMPANY) {
        doc.lastCompany = m.party();
      }
    }
    for (Mention m : found) {
      if (m.party().country() != null && m.party().kind() == Party.Kind.GOVERNMENT_BODY) {
        doc.bodies.addFirst(m.party());
      }
      if (doc.entryHome == null && m.party().country() != null && m.party().kind() != Party.Kind.COMPANY
          && !AccusedPosition.hostileGroup(s, m)) {
        doc.entryHome = m.party();
      }
    }
    Speakers speakers = speakers(doc, s, mentions);
    if (speakers.isEmpty()) {
      Speakers later = laterQuoteSpeakers(doc);
      speakers = later != null ? later : speakers;
    }
    if (speakers.isEmpty() && doc.lastSpokeAt == doc.index - 1 && (BARE_QUOTE.matcher(s).matches()
        || doc.index <= doc.quoteEnd || OPENING_QUOTE.matcher(s).lookingAt() && doc.quoteCloses.get(doc.index) > doc.index
            && !namesItsSpeaker(Transcript.stripMarkers(doc.lines.get(doc.quoteCloses.get(doc.index)))))) {
      // '"..." the embassy said. "The United States is ...' and the rest of that quotation
      speakers = new Speakers(doc.lastSpeakers, List.of(), 0);
      doc.quoteEnd = Math.max(doc.quoteEnd, doc.quoteCloses.get(doc.index));
    }
    if (speakers.isEmpty() && doc.answering() != null) {
      speakers = new Speakers(List.of(doc.answering()), List.of(), 0);
    }
    if (speakers.isEmpty() && doc.outlet != null && (Cues.DENIAL.matcher(lower).find() || Cues.COUNTER.matcher(lower).find())) {
      // a KCNA commentary's "It is none other than the U.S. that is the empire of hacking"
      speakers = new Speakers(List.of(doc.outlet), List.of(), 0);
    }
    boolean joint = joint(lower);
    if (joint) {
      speakers = withCoauthors(doc, s, mentions, speakers);
    }
    if (!speakers.isEmpty() && speakers.first().kind() != Party.Kind.PERSON && UNNAMED_SPEAKER.matcher(s).find()) {
      doc.lastPerson = null; // '..., a foreign ministry spokesperson told a briefing. He added ...': he is that spokesperson
    }
    if (!speakers.isEmpty()) {
      doc.lastSpeakers = speakers.parties();
      doc.lastSpokeAt = doc.index;
      doc.noteRoles(s, speakers.spans());
    }
    Party speaker = speakers.first();
    if (speaker != null && speaker.country() != null && DECLINES_TO_NAME.matcher(lower).find()) {
      doc.declining.add(speaker.country()); // its mentions of a group are not attributions to the group's sponsor
    }
    String date = date(doc, s);
    List<String> actors = actorNames.apply(s);
    String actor = actors.isEmpty() ? null : actors.get(0);
    // a group of states ("its Five Eyes partners") speaks in joint products, but denies nothing as one
    boolean denial = speaker != null && speaker.country() != null && !isGroup(speaker.country())
        && Cues.DENIAL.matcher(lower).find();

    // attribution by a named party: "X accused/charged Y", "X's accusations that Y ..."
    if (cyber || actor != null) {
      List<Claim> direct = directAttributions(doc, s, lower, mentions, actor, date, denial ? speaker.country() : null);
      out.addAll(joint ? withCoauthorClaims(direct, speakers.parties()) : direct);
    }
    // "Britain, Australia and Japan backed the finding": the last accusation, made again by each
    Matcher endorses = ENDORSES.matcher(s);
    if (out.isEmpty() && doc.lastAccused != null && endorses.find()) {
      // "Britain and Japan backed the finding", "the Dutch government said it shared the assessment"
      Mention subject = lastBefore(s, mentions, endorses.start(), 1);
      if (subject == null) {
        Mention said = lastBefore(s, mentions, endorses.start(), 4);
        subject = said != null && SAID_IT.matcher(s.substring(said.end(), endorses.start())).matches() ? said : null;
      }
      for (Mention claimant : subject == null ? List.<Mention>of() : Coordination.coordinated(s, mentions, mentions.indexOf(subject))) {
        if (claimant.party().country() != null && !same(claimant.party(), doc.lastAccused)) {
          out.add(attribution(s, claimant.party(), doc.lastAccused, actor, date));
        }
      }
    }
    // "according to X, Y committed ..." and the stateless-group form
    Matcher group = STATELESS_GROUP.matcher(lower);
    if (group.find() && speaker != null) {
      Party claimant = speaker;
      Matcher acc = ACCORDING_TO.matcher(s);
      if (acc.find() && acc.group(1).toLowerCase(Locale.ROOT).startsWith("report") && !doc.reportAuthors.isEmpty()) {
        claimant = doc.reportAuthors.get(0);
      }
      ClaimForm form = doc.reportAuthors.contains(claimant) ? ClaimForm.REPORT : ClaimForm.of(s, claimant.kind());
      out.add(new Claim(ClaimType.ATTRIBUTION, form, names(claimant, doc), claimant.country(),
          s.substring(group.start(6), group.end(6)).trim(), null, actor, null, date, s));
    } else if (speaker != null && speaker.country() != null && STATELESS_PLAIN.matcher(lower).find()) {
      // "According to the report, Volt Typhoon is in fact an international ransomware group"
      ClaimForm form = doc.reportAuthors.contains(speaker) ? ClaimForm.REPORT : ClaimForm.of(s, speaker.kind());
      out.add(new Claim(ClaimType.ATTRIBUTION, form, names(speaker, doc), speaker.country(),
          actor != null ? actor : "criminal group", null, actor, null, date, s));
    } else if (out.isEmpty() && !speakers.isEmpty()
        && (cyber || actor != null || doc.lastAccused != null && CONDEMNED.matcher(s).find())) {
      out.addAll(speakerAttributions(doc, s, mentions, speakers, actor, date));
    }
    if (speaker == null || speaker.country() == null || isGroup(speaker.country())) {
      return out;
    }
    // denial: the speaker's state rejects responsibility, or the state the sentence makes the subject of the
    // rejection ("..., accusations that the Kremlin has rejected")
    Party responder = denial ? denialSubject(s, lower, found, speaker) : speaker;
    String home = responder.country();
    // an accuser that nobody has accused rejects criticism of its attribution, not responsibility ("rejected
    // suggestions that New Zealand had simply followed its partners"), unless it disowns a deed in so many words
    // ("does not target civilian infrastructure", "denied any involvement"): then the reading missed its accuser
    boolean accuserOnly = doc.accusers.contains(home) && !doc.accusedStates.contains(home)
        && !DISOWNED_DEED.matcher(lower).find() && !DISOWNED.matcher(lower).find();
    if (denial && !accuserOnly && (cyber || actor != null || mentionsAccusation(s) && !offTopicAccusation(lower)
        || doc.accusedStates.contains(home))
        && (mentionsAccusation(s) || doc.accusedStates.contains(home) || accusedHere(s, mentions, home)
            || lower.contains("sponsored") || DISOWNED.matcher(lower).find())) {
      out.add(new Claim(ClaimType.DENIAL, responseForm(doc, responder), responder.name(), home,
          Countries.displayName(home), home, actor, null, date, s));
      if (responder == speaker) {
        // "Russia and China on Friday denounced the European Union's sanctions": each denies
        for (Party other : speakers.parties()) {
          if (other.country() != null && !isGroup(other.country()) && !other.country().equals(home)
              && doc.accusedStates.contains(other.country())) {
            out.add(new Claim(ClaimType.DENIAL, responseForm(doc, other), other.name(), other.country(),
                Countries.displayName(other.country()), other.country(), actor, null, date, s));
          }
        }
      }
    }
    // counter-accusation: the speaker accuses another state
    Matcher counter = Cues.COUNTER.matcher(lower);
    boolean denied = out.stream().anyMatch(c -> c.type() == ClaimType.DENIAL);
    if ((denied || doc.accusedStates.contains(home)) && counter.find()) {
      int nearest = nearestOtherState(s, mentions, home, counter.start(), Cues.VICTIM_OF.matcher(counter.group()).find());
      if (nearest >= 0) {
        // "It is the U.S. and its south Korean stooges who ...": every state of the accused phrase, and any
        // other state the sentence puts in an accused position ("... the Zionist regime, which together with
        // the United States unleashed ...")
        // the states the sentence puts in an accused position win over the one nearest the cue
        List<Party> others = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
          Mention m = mentions.get(i);
          if (m.party().kind() != Party.Kind.COMPANY && !home.equals(m.party().country()) && !isGroup(m.party().country())
              && AccusedPosition.accused(s, m)) {
            Coordination.coordinated(s, mentions, i).forEach(c -> others.add(c.party()));
          }
        }
        if (others.isEmpty()) {
          Coordination.coordinated(s, mentions, nearest).forEach(c -> others.add(c.party()));
        }
        Set<String> done = new HashSet<>();
        for (Party other : others) {
          if (other.country() != null && !other.country().equals(home) && done.add(other.country())) {
            out.add(new Claim(ClaimType.COUNTER_ACCUSATION, responseForm(doc, responder), responder.name(), home,
                other.name(), other.country(), actor, null, date, s));
          }
        }
      }
    }
    return out;
  }

  /**
   * The state that is the subject of a sentence's rejection ("the Kremlin has rejected", "The Islamic
   * Republic of Iran categorically rejects"), named by the sentence itself within a few words before
   * the cue; else the speaker.
   */
  private static Party denialSubject(String s, String lower, List<Mention> found, Party speaker) {
    Matcher cue = Cues.DENIAL.matcher(lower);
    if (!cue.find()) {
      return speaker;
    }
    Mention subject = lastBefore(s, found, cue.start(), 3);
    if (subject == null || subject.party().country() == null || subject.party().kind() == Party.Kind.COMPANY
        || isGroup(subject.party().country()) || subject.party().country().equals(speaker.country())
        || s.substring(subject.end(), cue.start()).contains(",") || AccusedPosition.victim(s, subject)
        || PREPOSITION_BEFORE.matcher(s.substring(Math.max(0, subject.start() - 30), subject.start())).find()
        || !OWN_VERB_GAP.matcher(s.substring(subject.end(), cue.start())).matches()) {
      return speaker;
    }
    return subject.party();
  }

  /**
   * A joint product ("the advisory was developed ... together with partner agencies in the United
   * States, the United Kingdom's NCSC, ..."): every state-bearing party of the sentence that is not
   * accused joins the speakers, so the product's claims are made once per participating country.
   */
  private static Speakers withCoauthors(ReadingState doc, String s, List<Mention> mentions, Speakers speakers) {
    List<Party> authors = new ArrayList<>(speakers.isEmpty() ? doc.lastSpeakers : speakers.parties());
    for (Mention m : mentions) {
      // not an accused, a victim, nor the place of an event ("a $235 million breach at the Indian exchange")
      if (m.party().country() != null && m.party().kind() != Party.Kind.COMPANY && !AccusedPosition.accused(s, m)
          && !AccusedPosition.victim(s, m) && !AT_PLACE.matcher(s.substring(Math.max(0, m.start() - 8), m.start())).find()
          && !nationality(s, m) && !Quotes.inside(s, m.start()) && authors.stream().noneMatch(p -> same(p, m.party()))) {
        authors.add(m.party());
      }
    }
    if (authors.size() < 2) {
      return speakers;
    }
    for (Party p : authors) {
      if (doc.jointAuthors.stream().noneMatch(q -> same(p, q))) {
        doc.jointAuthors.add(p);
      }
    }
    if (doc.jointAt < 0) {
      doc.jointAt = doc.index;
    }
    return new Speakers(List.copyOf(authors), speakers.spans(), speakers.from());
  }

  /**
   * Whether the mention gives the nationality of members of a criminal group ("a Russian national,
   * for his role as a leader of the LockBit ransomware group"): the group is the accused, not the state.
   */
  private static boolean criminalNational(ReadingState doc, String s, Mention m) {
    return nationality(s, m) && (doc.criminal || Cues.CRIMINAL.matcher(Cues.lower(s)).find());
  }

  /**
   * Whether the (lower-case) sentence accuses someone of something that is not cyber activity
   * ("accused Tehran of training and arming militant cells"): its denial is not about an attack.
   */
  private static boolean offTopicAccusation(String lower) {
    Matcher m = ACCUSED_OF.matcher(lower);
    return m.find() && !Cues.cyber(lower);
  }


  /** Whether the mention is inside a quoted title: a report "titled '... Conducted by U.S. Intelligence'". */
  private static boolean inTitle(String s, Mention m) {
    if (!Quotes.inside(s, m.start())) {
      return false;
    }
    int open = Math.max(s.lastIndexOf('"', m.start()), s.lastIndexOf('“', m.start()));
    return TITLED.matcher(s.substring(Math.max(0, open - 14), Math.max(0, open))).find();
  }

  /** Whether the (lower-case) sentence speaks of a product several agencies or states made together. */
  private static boolean joint(String lower) {
    return (lower.contains("with") || lower.contains("joint") || lower.contains("co-") || lower.contains("coauth")
        || lower.contains("cosign") || lower.contains("coseal") || lower.contains("partner"))
        && COAUTHORS.matcher(lower).find() && JOINT_PRODUCT.matcher(lower).find();
  }


  /** The attributions of a joint product, repeated for every co-author that does not make them yet. */
  private static List<Claim> withCoauthorClaims(List<Claim> claims, List<Party> coauthors) {
    List<Claim> out = new ArrayList<>(claims);
    for (Claim c : claims) {
      for (Party p : coauthors) {
        if (p.country() != null && !p.country().equals(c.accusedCountry())
            && out.stream().noneMatch(o -> o.claimantCountry().equals(p.country()) && o.accused().equals(c.accused()))) {
          out.add(new Claim(c.type(), c.form(), p.name(), p.country(), c.accused(), c.accusedCountry(), c.threatActor(),
              c.target(), c.date(), c.evidence()));
        }
      }
    }
    return out;
  }

  /** Whether the mention only gives someone's nationality ("a Russian national"). */
  private static boolean nationality(String s, Mention m) {
    return NATIONALITY.matcher(s.substring(m.end(), Math.min(s.length(), m.end() + 20))).find();
  }

  /** Whether the sentence names state {@code country} as an accused ("no evidence of Russian involvement"). */
  private static boolean accusedHere(String s, List<Mention> mentions, String country) {
    for (Mention m : mentions) {
      if (country.equals(m.party().country()) && AccusedPosition.accused(s, m)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The speaker's claim about a party standing as accused ("Microsoft said Chinese state-sponsored
   * hackers ..."), about the document's last accused when the sentence condemns or describes a deed
   * without naming one, or about a criminal group with no state.
   */
  private List<Claim> speakerAttributions(ReadingState doc, String s, List<Mention> mentions, Speakers speakers,
      String actor, String date) {
    List<Party> accused = new ArrayList<>();
    for (int i = 0; i < mentions.size() && accused.isEmpty(); i++) {
      Mention m = mentions.get(i);
      if (speakers.spans().contains(m) || m.start() < speakers.from() && !speakers.spans().isEmpty()) {
        continue;
      }
      if (speakers.parties().stream().anyMatch(p -> same(m.party(), p))) {
        continue;
      }
      if (!criminalNational(doc, s, m) && !inTitle(s, m) && !isGroup(m.party().country()) && !doc.inferred.contains(m)
          && AccusedPosition.accused(s, m)) {
        // "the Zionist regime and the United States were behind": every state of the coordinated phrase
        for (Mention c : withAccomplices(s, mentions, Coordination.coordinated(s, mentions, i))) {
          if (speakers.parties().stream().noneMatch(p -> same(c.party(), p)) && !AccusedPosition.victim(s, c)) {
            accused.add(c.party());
          }
        }
      }
    }
    String lower = Cues.lower(s);
    // a criminal group named, or a deed in a story about one ("the FBI said BlackCat and its affiliates had
    // compromised more than 1,000 organizations", the story having called BlackCat a ransomware gang)
    boolean criminalDeed = doc.criminal && doc.lastAccused == null && actor == null && CRIMINAL_DEED.matcher(lower).find();
    if (accused.isEmpty() && (Cues.CRIMINAL.matcher(lower).find() || criminalDeed) && !namesOtherState(s, mentions, speakers)) {
      List<Claim> out = new ArrayList<>();
      doc.lastAccused = new Party(actor != null ? actor : "criminal group", null, Party.Kind.GROUP, null);
      for (Party claimant : speakers.parties()) {
        out.add(new Claim(ClaimType.ATTRIBUTION, ClaimForm.of(s, claimant.kind()), claimant.name(), claimant.country(),
            actor != null ? actor : "criminal group", null, actor, target(s), date, s));
      }
      return out;
    }
    if (accused.isEmpty() && doc.lastAccused != null && !OPEN_QUESTION.matcher(lower).find()
        && (Cues.DEED.matcher(lower).find() || Cues.BACKED.matcher(lower).find() || CONDEMNED.matcher(s).find()
            || THE_GROUP_DID.matcher(lower).find())) {
      accused.add(doc.lastAccused);
    }
    if (accused.isEmpty() && actor != null
        && (sponsorOf.apply(actor) != null || STATELESS_CHARGE.matcher(lower).find())) {
      // "the co-authoring agencies assess that APT40 has repeatedly targeted ...": the actor, for its sponsor;
      // "arrested ... a member of the Scattered Spider network": a group no source ties to a state
      accused.add(actorAsAccused(actor));
    }
    List<Claim> out = new ArrayList<>();
    for (Party a : accused) {
      for (Party claimant : speakers.parties()) {
        if (claimant.country() != null && !same(a, claimant)) {
          doc.lastAccused = a;
          out.add(new Claim(ClaimType.ATTRIBUTION, ClaimForm.of(s, claimant.kind()), names(claimant, doc), claimant.country(),
              a.name(), a.country(), actor, target(s), date, s));
        }
      }
    }
    return out;
  }

  /** Whether the sentence names a state other than the speakers' (then a "criminal" is not stateless). */
  private static boolean namesOtherState(String s, List<Mention> mentions, Speakers speakers) {
    for (Mention m : mentions) {
      if (m.party().country() != null && m.party().kind() != Party.Kind.COMPANY && !nationality(s, m)
          && speakers.parties().stream().noneMatch(p -> same(m.party(), p))) {
        return true;
      }
    }
    return false;
  }

  private List<Claim> directAttributions(ReadingState doc, String s, String lower, List<Mention> mentions, String actor,
      String date, String denier) {
    List<Claim> found = new ArrayList<>();
    Matcher noun = Cues.ACCUSATION_NOUN.matcher(s);
    while (noun.find()) {
      Matcher by = BY_CLAIMANT.matcher(s.substring(noun.end()));
      if (by.find()) {
        // "the accusations by the United States and Britain were groundless": the accused is the speaker's side
        List<Claim> out = new ArrayList<>();
        String accusedState = denier != null ? denier : doc.homeState;
        int agent = noun.end() + by.end();
        for (Mention m : Coordination.coordinatedAt(s, mentions, agent)) {
          if (m.party().country() != null && !m.party().country().equals(accusedState)
              && accusedState != null && m.party().kind() != Party.Kind.COMPANY
              && out.stream().noneMatch(c -> c.claimantCountry().equals(m.party().country()))) {
            out.add(attribution(s, m.party(), new Party(Countries.displayName(accusedState), accusedState,
                Party.Kind.STATE, null), actor, date));
          }
        }
        if (!out.isEmpty()) {
          found.addAll(out);
          break;
        }
        continue;
      }
      // "U.S. accusations that the Chinese government supported ..." / "the US indictment of Chinese hackers"
      Mention claimant = lastBefore(s, mentions, noun.start(), 2);
      if (claimant == null) {
        continue;
      }
      // in a denial the accused is the one who denies ("North Korea denounced U.S. charges against its officers")
      Party accused = denier != null
          ? new Party(Countries.displayName(denier), denier, Party.Kind.STATE, null)
          : accusedAfter(s, mentions, doc, claimant.party(), noun.end());
      if (accused != null && !same(accused, claimant.party())) {
        doc.lastAccused = accused;
        found.add(attribution(s, claimant.party(), accused, actor, date));
        break;
      }
    }
    Matcher verb = Cues.ACCUSE.matcher(s);
    Matcher rejects = Cues.DENIAL.matcher(lower);
    while (verb.find()) {
      if (rejects.region(verb.start(), s.length()).lookingAt()) {
        continue; // "denounced the European Union's sanctions" rejects them
      }
      if (verb.group(1).equals("sanctions")
          && Cues.SANCTIONS_NOUN.matcher(lower.substring(Math.max(0, verb.start() - 14), verb.start())).find()) {
        continue; // "helping the state evade sanctions"
      }
      List<Party> claimants = chainBefore(s, mentions, verb.start());
      if (claimants.isEmpty() && verb.start() < 30 && PRONOUN_SPEAKER.matcher(s).find()) {
        claimants = doc.lastSpeakers; // "It blamed the so-called IT Army of Ukraine ..."
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
        List<Party> accused = new ArrayList<>(allAccusedAfter(s, mentions, doc, claimant, from));
        if (accused.isEmpty() && actor != null) {
          accused.add(actorAsAccused(actor));
        }
        int after = from;
        if (accused.isEmpty() && mentions.stream().anyMatch(m -> m.start() >= after && criminalNational(doc, s, m))) {
          // "sanctioned Dmitry Khoroshev, a Russian national they identified as LockBit's leader": the group, no state
          accused.add(new Party("criminal group", null, Party.Kind.GROUP, null));
        }
        if (accused.isEmpty() && doc.lastAccused != null && PRONOUN_OBJECT.matcher(s.substring(verb.end())).lookingAt()) {
          accused.add(doc.lastAccused); // "the Georgian government blamed it for the defacement"
        }
        for (Party a : accused) {
          if (!same(a, claimant)) {
            doc.lastAccused = a;
            out.add(attribution(s, claimant, a, actor, date));
          }
        }
      }
      if (!out.isEmpty()) {
        found.addAll(out);
        break;
      }
    }
    return found;
  }

  /**
   * The coordinated parties that are the subject of a verb at {@code at}: "the United States, the
   * United Kingdom and Australia on Thursday jointly attributed"; one party per state, a body
   * preferred to the bare state ("the US Department of Justice").
   */
  private static List<Party> chainBefore(String s, List<Mention> mentions, int at) {
    if (PASSIVE_AUX.matcher(s.substring(Math.max(0, at - 12), at)).find()) {
      return List.of(); // "two Russian men ... have been charged": the subject is the accused
    }
    int last = -1;
    for (int i = 0; i < mentions.size(); i++) {
      if (mentions.get(i).end() <= at) {
        last = i;
      }
    }
    if (last < 0 || mentions.get(last).party().country() == null
        || !SUBJECT_VERB.matcher(s.substring(mentions.get(last).end(), Math.min(s.length(), at + 20))).lookingAt()
        || AccusedPosition.hostileGroup(s, mentions.get(last))
        || PREPOSITION_BEFORE.matcher(s.substring(Math.max(0, mentions.get(last).start() - 30),
            mentions.get(last).start())).find()) {
      return List.of();
    }
    List<Mention> chain = new ArrayList<>();
    chain.add(mentions.get(last));
    for (int i = last - 1; i >= 0; i--) {
      Mention m = mentions.get(i);
      if (m.party().country() == null || !Coordination.CHAIN_GAP.matcher(s.substring(m.end(), chain.get(0).start())).matches()) {
        break;
      }
      chain.add(0, m);
    }
    List<Party> out = new ArrayList<>();
    for (Mention m : chain) {
      int same = -1;
      for (int k = 0; k < out.size(); k++) {
        if (out.get(k).country().equals(m.party().country())) {
          same = k;
        }
      }
      if (same < 0) {
        out.add(m.party());
      } else if (out.get(same).kind() == Party.Kind.STATE && m.party().kind() != Party.Kind.STATE) {
        out.set(same, m.party());
      }
    }
    return out;
  }

  private static Claim attribution(String s, Party claimant, Party accused, String actor, String date) {
    return new Claim(ClaimType.ATTRIBUTION, ClaimForm.of(s, claimant.kind()), claimant.name(), claimant.country(),
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

  private static final Pattern GROUP_WORD = Pattern.compile(
      "^(?:['’]s )?\\s*(?:[a-z-]+ )?(government|military|army|authorities|hackers|officers|members|intelligence|"
          + "officials|agents|spies|soldiers|nationals|citizens|operatives|actors|group|groups|unit|agency|services)\\b");
  /** A party that is the subject of its own verb: "Australia's Minister for Foreign Affairs announced". */
  private static final Pattern OWN_VERB = Pattern.compile(
      "(?:['’]s(?:\\s+(?:[A-Z][\\w-]*|for|of|and|the))+)?\\s+(?:also\\s+)?(?:" + Cues.SPEECH_VERBS + "|"
          + Cues.ACCUSE.pattern().replace("\\b", "") + ")\\b");
  private static final Pattern COUNT_OF = Pattern.compile(
      "\\b((?:four|three|two|five|six|seven|several|\\d+) (?:members|officers|nationals|hackers) of (?:the )?)$");

  /** Between an accused and its helper: "the Zionist regime, with the support of the United States, ...". */
  private static final Pattern ACCOMPLICE_GAP = Pattern.compile("^(?:['’]s)?,?\\s+(?:(?:with|under) the (?:support|help|"
      + "backing|assistance|blessing|complicity) of|(?:backed|aided|supported|helped|assisted|abetted) by|together with|"
      + "in collusion with|in league with)\\s+(?:the\\s+)?$");
  /** A helper named by its adjective: "... by Israel with American help". */
  private static final Pattern HELP_AFTER = Pattern.compile("^\\s+(?:help|support|backing|assistance)\\b");
  private static final Pattern WITH_BEFORE = Pattern.compile("\\bwith\\s+$");

  /**
   * The accused mentions and those named as helping them ("the Zionist regime, with the support of the United
   * States, was responsible", "carried out by Israel with American help").
   */
  private static List<Mention> withAccomplices(String s, List<Mention> mentions, List<Mention> accused) {
    if (accused.isEmpty()) {
      return accused;
    }
    List<Mention> out = new ArrayList<>(accused);
    int last = mentions.indexOf(accused.get(accused.size() - 1));
    for (int i = last + 1; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      boolean helper = i == last + 1 && ACCOMPLICE_GAP.matcher(s.substring(mentions.get(last).end(), m.start())).matches()
          || WITH_BEFORE.matcher(s.substring(Math.max(0, m.start() - 6), m.start())).find()
              && HELP_AFTER.matcher(s.substring(m.end())).lookingAt();
      if (helper && m.party().country() != null && !out.contains(m)) {
        out.addAll(Coordination.coordinated(s, mentions, i));
      }
    }
    return out;
  }

  /** The party accused after position {@code from}: a state-qualified group or a party of another state. */
  private static Party accusedAfter(String s, List<Mention> mentions, ReadingState doc, Party claimant, int from) {
    List<Party> all = allAccusedAfter(s, mentions, doc, claimant, from);
    return all.isEmpty() ? null : all.get(0);
  }

  /**
   * The first party accused after position {@code from} and the parties coordinated with it ("blamed
   * Ukraine and the United States"), each a state-qualified group or a party of another state.
   */
  private static List<Party> allAccusedAfter(String s, List<Mention> mentions, ReadingState doc, Party claimant,
      int from) {
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.start() < from || !accusable(doc, s, m, claimant)) {
        continue;
      }
      List<Party> out = new ArrayList<>();
      for (Mention c : withAccomplices(s, mentions, Coordination.coordinated(s, mentions, i))) {
        if (c.start() >= m.start() && accusable(doc, s, c, claimant)
            && out.stream().noneMatch(p -> p.country().equals(c.party().country()))) {
          out.add(accusedPhrase(s, c));
        }
      }
      return out;
    }
    return List.of();
  }

  private static boolean accusable(ReadingState doc, String s, Mention m, Party claimant) {
    if (m.party().country() == null || m.party().kind() == Party.Kind.COMPANY
        || claimant != null && m.party().country().equals(claimant.country())) {
      return false;
    }
    // "a Russian national" who leads a ransomware gang; "... and Australia's foreign minister announced": the
    // subject of its own clause; "attacks on Ukrainian government systems": a victim
    return !doc.inferred.contains(m) && !criminalNational(doc, s, m) && !OWN_VERB.matcher(s.substring(m.end())).lookingAt()
        && !AccusedPosition.victim(s, m)
        && !isGroup(m.party().country()) && !VENUE_BEFORE.matcher(s.substring(Math.max(0, m.start() - 40), m.start())).find();
  }

  /** The accused as the sentence names it: "Chinese government", "four members of the PLA". */
  private static Party accusedPhrase(String s, Mention m) {
    String phrase = m.party().name();
    Matcher g = GROUP_WORD.matcher(s.substring(m.end(), Math.min(s.length(), m.end() + 40)));
    if (g.find()) {
      phrase = m.party().name() + " " + g.group(1);
    }
    Matcher count = COUNT_OF.matcher(s.substring(Math.max(0, m.start() - 30), m.start()));
    if (count.find()) {
      phrase = count.group(1) + m.party().name();
    }
    return new Party(phrase, m.party().country(), m.party().kind(), null);
  }

  private Speakers speakers(ReadingState doc, String s, List<Mention> mentions) {
    Speakers quoting = tailSpeakers(doc, s, mentions);
    if (quoting != null) {
      return quoting;
    }
    Party person = personIn(doc, s);
    if (person != null) {
      return new Speakers(List.of(person), List.of(), 0);
    }
    List<Mention> products = productAuthors(s, mentions);
    if (!products.isEmpty()) {
      return new Speakers(products.stream().map(Mention::party).toList(), products, 0);
    }
    // "... has been attributed to Russia's GRU by Ukraine's security service"
    for (Mention x : mentions) {
      if (x.party().country() != null && !Quotes.inside(s, x.start()) && PASSIVE_BY.matcher(s.substring(0, x.start())).find()) {
        return new Speakers(List.of(x.party()), List.of(x), 0);
      }
    }
    // "..., U.S. officials said Tuesday.": a speaker at the end reports what comes before it
    Matcher trailing = TRAILING_SPEAKER.matcher(s);
    if (trailing.find()) {
      for (Mention x : mentions) {
        if (x.start() >= trailing.start(1) && x.end() <= trailing.end(1) && x.party().country() != null) {
          return new Speakers(List.of(x.party()), List.of(x), 0);
        }
      }
      if (doc.home() != null && OFFICIAL_BODY.matcher(trailing.group(1)).find()) {
        // "..., the Department of Information and Communications Technology (DICT) said": a body of the story's state
        return new Speakers(List.of(doc.home()), List.of(), 0);
      }
    }
    // parties followed by a speech or accusation verb
    for (int i = 0; i < mentions.size(); i++) {
      Mention x = mentions.get(i);
      int verbEnd = verbEndAfterSubject(s, x);
      if (verbEnd < 0) {
        continue;
      }
      List<Party> chain = chainBefore(s, mentions, verbEnd);
      List<Mention> spans = new ArrayList<>();
      for (Mention y : mentions) {
        if (y.end() <= x.end() && chain.stream().anyMatch(p -> same(p, y.party()))) {
          spans.add(y);
        }
      }
      return new Speakers(chain.isEmpty() ? List.of(x.party()) : chain, spans, verbEnd);
    }
    Matcher acc = ACCORDING_TO.matcher(s);
    if (acc.find()) {
      String who = acc.group(1);
      if (who.toLowerCase(Locale.ROOT).startsWith("report") && !doc.reportAuthors.isEmpty()) {
        return new Speakers(List.of(doc.reportAuthors.get(0)), List.of(), 0);
      }
      for (Mention x : mentions) {
        if (x.start() >= acc.start(1) && x.end() <= acc.end(1) && x.party().country() != null) {
          return new Speakers(List.of(x.party()), List.of(x), acc.end());
        }
      }
    }
    if (PRONOUN_SPEAKER.matcher(s).find() && doc.lastPerson == null && !doc.lastSpeakers.isEmpty()) {
      return new Speakers(doc.lastSpeakers, List.of(), 0);
    }
    Matcher pronounTail = QUOTE_TAIL.matcher(s);
    if (doc.lastSpeakers.isEmpty() && doc.lastPerson == null && doc.entryHome != null && pronounTail.find()
        && PRONOUN_SPEAKER.matcher(pronounTail.group(1)).find()) {
      return new Speakers(List.of(doc.entryHome), List.of(), 0); // a live-blog entry's "..., she said"
    }
    Matcher ana = ANAPHOR.matcher(s);
    if (ana.find()) {
      if (COMPANY_ANAPHOR.matcher(ana.group(1)).matches()) {
        // "a cybersecurity company said ..." before the story names it: the only company it names; unnamed
        // researchers are nobody's spokespeople
        Party company = doc.lastCompany != null ? doc.lastCompany : doc.soleCompany;
        return company == null ? Speakers.NONE : new Speakers(List.of(company), List.of(), 0);
      }
      if (!doc.lastSpeakers.isEmpty()) {
        return new Speakers(doc.lastSpeakers, List.of(), 0);
      }
      if (GOVERNMENT_ANAPHOR.matcher(ana.group(1)).matches() && doc.home() != null) {
        // "a deputy defence minister said" in a Lithuanian story, nobody having spoken yet
        return new Speakers(List.of(doc.home()), List.of(), 0);
      }
    }
    return Speakers.NONE;
  }

  /** The authors a sentence names for the product that is its subject ("The assessment, released by X, says"). */
  static List<Mention> productAuthors(String s, List<Mention> mentions) {
    if (mentions.isEmpty() || s.indexOf(',') < 0) {
      return List.of();
    }
    Matcher product = PRODUCT_BY.matcher(s);
    if (!product.lookingAt()) {
      return List.of();
    }
    return mentions.stream()
        .filter(x -> x.start() >= product.start(1) && x.end() <= product.end(1) && x.party().country() != null).toList();
  }

  /** The speaker named after a closing quote ("…," the spokesperson said / Lin said / said the ministry), or null. */
  private static Speakers tailSpeakers(ReadingState doc, String s, List<Mention> mentions) {
    Matcher tail = QUOTE_TAIL.matcher(s);
    if (!tail.find() || tail.start() == 0 || !TAIL_SPEECH.matcher(tail.group(1)).find()
        || CONTENT_PARTICIPLE.matcher(tail.group(1)).lookingAt()) {
      return null;
    }
    int at = tail.start(1);
    String t = tail.group(1);
    Party p = personIn(doc, t);
    if (p != null) {
      return new Speakers(List.of(p), List.of(), 0);
    }
    Matcher ana = ANAPHOR.matcher(t);
    Party role = ana.find() ? doc.speakerWithRole(ana.group(1)) : null;
    // '..." the embassy said, recalling statements by American officials': the speaker stands in the verb's clause
    Matcher verb = TAIL_SPEECH.matcher(t);
    Matcher participle = TAIL_PARTICIPLE.matcher(t);
    int clause = verb.find() && participle.find(verb.end()) ? at + participle.start() : s.length();
    for (Mention x : mentions) {
      if (x.start() >= at && x.end() <= clause && x.party().country() != null && (role == null || !doc.inferred.contains(x))) {
        return new Speakers(List.of(x.party()), List.of(x), 0);
      }
    }
    if (role != null) {
      return new Speakers(List.of(role), List.of(), 0); // "the spokesman said": the state whose spokesman spoke
    }
    if ((ana.find(0) || PRONOUN_SPEAKER.matcher(t).find()) && !doc.lastSpeakers.isEmpty()) {
      return new Speakers(doc.lastSpeakers, List.of(), 0);
    }
    return null;
  }

  /** Whether a sentence ends a quotation with words that say who spoke ('...," the diplomat said.'). */
  private static boolean namesItsSpeaker(String s) {
    Matcher tail = QUOTE_TAIL.matcher(s);
    return tail.find() && TAIL_SPEECH.matcher(tail.group(1)).find();
  }

  /**
   * The speaker of a quotation that runs on over several sentences and is attributed only where it
   * closes ("Russia has nothing to do with this. Our colleagues blame Russia for everything," he
   * said.), for a sentence inside it; null when none.
   */
  private static Speakers laterQuoteSpeakers(ReadingState doc) {
    int close = doc.quoteCloses.get(doc.index);
    if (close <= doc.index) {
      return null;
    }
    String closing = Transcript.stripMarkers(doc.lines.get(close));
    Speakers later = tailSpeakers(doc, closing, resolveGeneric(closing, doc.mentions.get(close), doc));
    return later == null ? null : new Speakers(later.parties(), List.of(), 0);
  }

  /**
   * Where the speech or accusation verb of mention {@code x} as a subject ends ("the Foreign Ministry
   * said"), or -1 when it is not a subject: a hostile group, a doer of a deed, quoted, or after a
   * preposition.
   */
  private static int verbEndAfterSubject(String s, Mention x) {
    if (x.party().country() == null) {
      return -1;
    }
    Matcher v = SUBJECT_VERB.matcher(s.substring(x.end()));
    String before = s.substring(Math.max(0, x.start() - 30), x.start());
    // "days after the FBI said ...": the subject of a clause, though a preposition stands before it
    boolean clause = CONJUNCTION_BEFORE.matcher(before).find();
    boolean subject = v.lookingAt() && !AccusedPosition.hostileGroup(s, x) && !AccusedPosition.doesDeed(s, x)
        && !Quotes.inside(s, x.start()) && (clause || !PREPOSITION_BEFORE.matcher(before).find());
    return subject ? x.end() + v.end() : -1;
  }

  /** A known person who speaks in {@code s}: "…, Lin said", "said Lin", "he added", or named in full. */
  private static Party personIn(ReadingState doc, String s) {
    Matcher after = SAID_NAME.matcher(s);
    if (after.find() && doc.person(after.group(1)) != null) {
      return doc.person(after.group(1));
    }
    Matcher m = NAME_SAID.matcher(s);
    while (m.find()) {
      // "he said" speaks for the last person only where it opens the sentence or follows a quotation, not in
      // "A Chinese spokesman said ... what he described as groundless accusations"
      boolean pronoun = m.group(1).length() <= 3;
      Party p = pronoun && !PRONOUN_OPENS.matcher(s.substring(0, m.start())).matches() ? null : doc.person(m.group(1));
      if (p != null) {
        return p;
      }
    }
    for (Map.Entry<String, Party> e : doc.people.entrySet()) {
      int at = e.getKey().contains(" ") ? s.indexOf(e.getKey()) : -1;
      // named in full and then speaking ("Foreign Minister Jan Lipavsky wrote"), not only named ("prompting
      // President Barack Obama to vow ...")
      if (at >= 0 && SUBJECT_VERB.matcher(s.substring(at + e.getKey().length())).lookingAt()) {
        return e.getValue();
      }
    }
    return null;
  }

  private static boolean same(Party a, Party b) {
    return a.country() != null && a.country().equals(b.country());
  }

  private static boolean mentionsAccusation(String s) {
    return Cues.ACCUSATION_NOUN.matcher(s).find() || Cues.ACCUSE.matcher(s).find();
  }

  /**
   * The state nearest a counter-accusation cue that is not the speaker's; after the cue when the
   * cue is "victim of".
   */
  private static int nearestOtherState(String s, List<Mention> mentions, String home, int cue, boolean afterOnly) {
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.party().country() == null || m.party().country().equals(home) || m.party().kind() == Party.Kind.COMPANY
          || isGroup(m.party().country())) {
        continue;
      }
      if (afterOnly && m.start() < cue || !afterOnly && AccusedPosition.victim(s, m)) {
        continue;
      }
      int distance = Math.abs(m.start() - cue);
      if (distance < bestDistance) {
        best = i;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** Denials and counter-accusations are statements, unless they come from a report's authors. */
  private static ClaimForm responseForm(ReadingState doc, Party speaker) {
    return doc.reportAuthors.contains(speaker) ? ClaimForm.REPORT : ClaimForm.STATEMENT;
  }

  private static String names(Party p, ReadingState doc) {
    if (doc.reportAuthors.size() > 1 && doc.reportAuthors.contains(p)) {
      return String.join(" / ", doc.reportAuthors.stream().map(Party::name).toList()) + " report";
    }
    return p.name();
  }

  private static String target(String s) {
    Matcher m = TARGET.matcher(s);
    return m.find() ? m.group(1) : null;
  }

  private static String date(ReadingState doc, String s) {
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
