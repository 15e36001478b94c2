package io.ascribe.extract.claim;

import io.ascribe.extract.claim.PartyLexicon.Mention;
import io.ascribe.extract.text.SentenceSplitter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first stage of claim reading: splits clean text into sentences once, finds the parties each
 * names ({@link PartyLexicon}) and the outlets and international bodies ({@link ClaimantTable}), the mentions made
 * through earlier ones ({@link MentionResolver}), the story's home state, its state-media outlet, its one security
 * company and its quotations. Stateless and thread-safe.
 */
public final class TextAnnotator {
  /** The state media, outlets and international bodies, each listed once ({@code claimants.tsv}). */
  static final ClaimantTable CLAIMANTS = ClaimantTable.load();
  /**
   * State media by dateline or credit ("Pyongyang, January 18 (KCNA) --", "MOSCOW, June 1. /TASS/.",
   * "(Xinhua)"), as a regular-expression alternation: its unattributed denials and counter-accusations are its state's voice.
   */
  static final String STATE_OUTLETS = String.join("|",
      CLAIMANTS.of(ClaimantTable.Kind.STATE_MEDIA).stream().map(ClaimantTable.Entry::name).toList());
  private static final Pattern STATE_MEDIA = Pattern.compile("[(/](" + STATE_OUTLETS + ")[)/]");
  /** Each state-media outlet's country. */
  static final Map<String, String> STATE_MEDIA_COUNTRY = CLAIMANTS.of(ClaimantTable.Kind.STATE_MEDIA).stream()
      .collect(java.util.stream.Collectors.toUnmodifiableMap(ClaimantTable.Entry::name, ClaimantTable.Entry::country));
  /** A dateline: an upper-case place before a colon, comma or dash ("ISLAMABAD:", "WARSAW, Aug 19 -"). */
  private static final Pattern DATELINE = Pattern.compile("\\s*(\\p{Lu}[\\p{Lu}'-]+(?: \\p{Lu}[\\p{Lu}'-]+)?)\\s*(?:[:,(/]|\\s[-–—])");

  private final PartyLexicon lexicon = new PartyLexicon();

  /** The lexicon the annotation uses, for later stages' own look-ups. */
  PartyLexicon lexicon() {
    return lexicon;
  }

  /**
   * Annotates clean main text.
   *
   * @param title the document title (helps find the home state), or null
   * @param published the publication date, or null
   */
  public AnnotatedText annotate(String title, String text, LocalDate published) {
    return annotate(title, text, SentenceSplitter.STANDARD.split(text), published);
  }

  /**
   * Annotates clean main text already split into sentences ({@link SentenceSplitter#STANDARD}), so
   * that other extractors of the same document read the same sentences.
   *
   * @param title the document title (helps find the home state), or null
   * @param published the publication date, or null
   */
  public AnnotatedText annotate(String title, String text, List<String> sentences, LocalDate published) {
    List<List<Mention>> mentions = new ArrayList<>(sentences.size());
    List<List<Mention>> nonState = new ArrayList<>(sentences.size());
    Map<String, Party> companies = new LinkedHashMap<>();
    List<String> plains = new ArrayList<>(sentences.size());
    for (String sentence : sentences) {
      String plain = Transcript.stripMarkers(sentence);
      plains.add(plain);
      List<Mention> found = lexicon.find(plain);
      mentions.add(found);
      nonState.add(CLAIMANTS.find(plain));
      for (Mention m : found) {
        if (m.party().kind() == Party.Kind.COMPANY) {
          companies.putIfAbsent(m.party().country() + "|" + m.party().name(), m.party());
        }
      }
    }
    Party soleCompany = companies.size() == 1 ? companies.values().iterator().next() : null;
    Party outlet = null;
    Matcher media = STATE_MEDIA.matcher(text.substring(0, Math.min(text.length(), 300)));
    if (media.find()) {
      outlet = new Party(media.group(1), STATE_MEDIA_COUNTRY.get(media.group(1)), Party.Kind.GOVERNMENT_BODY, null);
    }
    List<Integer> closes = Arrays.stream(Quotes.closes(sentences)).boxed().toList();
    return new AnnotatedText(title, published, sentences, mentions, nonState, homeState(title, text), outlet, soleCompany,
        closes, MentionResolver.resolve(plains, mentions));
  }

  /**
   * The first state of the title that is not the accused one ("Suspected Russian hackers breached
   * Norwegian dam"), else the dateline's ("ISLAMABAD: ...", "WARSAW, Aug 19 - ..."), else the
   * title's accused state; or null.
   */
  private String homeState(String title, String text) {
    String hostile = null;
    if (title != null) {
      for (Mention m : lexicon.find(title)) {
        if (m.party().country() != null && hostile == null) {
          hostile = m.party().country();
        }
        if (m.party().country() != null && !AccusedPosition.hostileGroup(title, m) && !accusedInTitle(title, m)) {
          return m.party().country();
        }
      }
    }
    String dateline = datelineState(text);
    return dateline != null ? dateline : hostile;
  }

  /** Whether a title mention is accused, alone or with those joined to it ("Zionist regime and US behind ..."). */
  private boolean accusedInTitle(String title, Mention m) {
    List<Mention> all = lexicon.find(title);
    int i = all.indexOf(m);
    return i >= 0 && Coordination.coordinated(title, all, i).stream().anyMatch(c -> AccusedPosition.accused(title, c));
  }

  /** The state of the place a dateline names, or null. */
  private String datelineState(String text) {
    Matcher m = DATELINE.matcher(text);
    if (!m.lookingAt()) {
      return null;
    }
    String place = m.group(1).strip();
    StringBuilder titled = new StringBuilder(); // "SAN JOSÉ" -> "San José"
    for (String word : place.split(" ")) {
      titled.append(titled.isEmpty() ? "" : " ").append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    for (Mention x : lexicon.find(titled.toString())) {
      if (x.party().kind() == Party.Kind.STATE && x.party().country() != null) {
        return x.party().country();
      }
    }
    return null;
  }
}
