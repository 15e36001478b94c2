package io.ascribe.extract.text;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Guesses the language of a text as an ISO 639-1 code, or {@code "und"} when the evidence is too
 * thin. Small and dependency-free; good enough to flag a page as non-English, not a general
 * language identifier.
 *
 * <p>The rules, in order:
 *
 * <ol>
 *   <li>Count letters per Unicode script in the first {@value #SAMPLE_LETTERS} letters. Fewer than
 *       {@value #MIN_LETTERS} letters: {@code "und"}.
 *   <li>Hiragana or Katakana making up at least a tenth of the CJK letters, which are the
 *       majority: {@code ja}.
 *   <li>Otherwise the dominant script decides: Han {@code zh}, Hangul {@code ko}, Greek {@code
 *       el}, Hebrew {@code he}, Thai {@code th}, Devanagari {@code hi}, Bengali {@code bn}, Tamil
 *       {@code ta}, Armenian {@code hy}, Georgian {@code ka}. Cyrillic is {@code ru} unless letters
 *       that Russian lacks say otherwise (ў {@code be}; і ї є ґ {@code uk}; Kazakh letters {@code
 *       kk}; ѓ ќ ѕ {@code mk}; ј љ њ ђ ћ џ {@code sr}; frequent ъ without ы or э {@code bg}).
 *       Arabic script is {@code ar} unless Urdu (ٹ ڈ ڑ ں ے) or Persian (پ چ ژ گ ی ک) letters say
 *       otherwise.
 *   <li>Latin script: every word found in the stopword profiles of en, fr, de, es, it, pt and nl
 *       scores {@code 1/k} for each of the {@code k} languages whose profile holds it, so words
 *       shared by several languages weigh less. The best language wins with a score of at least 2
 *       and 1.3 times the runner-up. Failing that, letters peculiar to one language decide (vi, ro,
 *       cs, pl, tr, hu); failing that, {@code "und"}.
 * </ol>
 */
public final class LanguageGuesser {
  /** The code returned when the language cannot be told. */
  public static final String UNDETERMINED = "und";

  static final int SAMPLE_LETTERS = 20_000;
  static final int MIN_LETTERS = 3;
  private static final int SAMPLE_CHARS = 100_000;

  private static final Map<String, List<String>> PROFILES = Map.of(
      "en", List.of("the", "and", "of", "to", "in", "is", "that", "for", "it", "with", "as", "was",
          "on", "are", "by", "this", "be", "from", "at", "have", "has", "which", "said", "were",
          "not", "an", "or", "but", "its", "they", "their", "been", "will", "would"),
      "fr", List.of("le", "la", "les", "des", "du", "de", "et", "est", "une", "un", "que", "qui",
          "dans", "pour", "pas", "sur", "au", "aux", "avec", "il", "elle", "ce", "sont", "par",
          "ont", "été", "mais", "cette", "ses", "leur", "nous", "l", "d", "qu"),
      "de", List.of("der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "dem",
          "von", "mit", "sich", "auf", "für", "auch", "es", "im", "sie", "wird", "wurde", "werden",
          "nach", "bei", "aus", "dass", "oder", "sind", "hat"),
      "es", List.of("el", "la", "los", "las", "y", "que", "en", "de", "del", "por", "con", "una",
          "es", "se", "no", "para", "al", "lo", "como", "más", "pero", "sus", "su", "fue", "ha",
          "este", "esta", "está", "son", "entre"),
      "it", List.of("il", "di", "che", "e", "la", "per", "un", "una", "non", "del", "della", "in",
          "sono", "è", "alla", "dei", "delle", "gli", "anche", "con", "ha", "più", "come", "ma",
          "questo", "nel", "nella", "essere", "stato", "l"),
      "pt", List.of("o", "a", "os", "as", "que", "e", "de", "do", "da", "dos", "das", "em", "um",
          "uma", "para", "com", "não", "no", "na", "por", "mais", "se", "foi", "ao", "como", "mas",
          "seu", "sua", "são", "também"),
      "nl", List.of("de", "het", "een", "en", "van", "is", "dat", "op", "te", "in", "voor", "niet",
          "met", "zijn", "er", "aan", "ook", "als", "bij", "door", "wordt", "maar", "om", "naar",
          "dan", "nog", "werd", "deze", "hij", "ze"));

  /** Stopword to the languages whose profile holds it. */
  private static final Map<String, List<String>> STOPWORDS = invert(PROFILES);

  /** Letters peculiar to one Latin-script language, tried when the stopwords do not decide. */
  private static final List<Map.Entry<String, String>> LATIN_LETTERS = List.of(
      Map.entry("vi", "ơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"),
      Map.entry("ro", "șțşţ"),
      Map.entry("cs", "řěů"),
      Map.entry("pl", "łąęśźżń"),
      Map.entry("tr", "ığş"),
      Map.entry("hu", "őű"));

  private static final Map<UnicodeScript, String> BY_SCRIPT = Map.ofEntries(
      Map.entry(UnicodeScript.HAN, "zh"),
      Map.entry(UnicodeScript.HANGUL, "ko"),
      Map.entry(UnicodeScript.HIRAGANA, "ja"),
      Map.entry(UnicodeScript.KATAKANA, "ja"),
      Map.entry(UnicodeScript.GREEK, "el"),
      Map.entry(UnicodeScript.HEBREW, "he"),
      Map.entry(UnicodeScript.THAI, "th"),
      Map.entry(UnicodeScript.DEVANAGARI, "hi"),
      Map.entry(UnicodeScript.BENGALI, "bn"),
      Map.entry(UnicodeScript.TAMIL, "ta"),
      Map.entry(UnicodeScript.ARMENIAN, "hy"),
      Map.entry(UnicodeScript.GEORGIAN, "ka"));

  /** The ISO 639-1 code of the text's language, or {@code "und"}; null and blank give "und". */
  public String guess(String text) {
    if (text == null || text.isBlank()) {
      return UNDETERMINED;
    }
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    ScriptCounts counts = ScriptCounts.of(sample, SAMPLE_LETTERS);
    if (counts.total() < MIN_LETTERS) {
      return UNDETERMINED;
    }
    int kana = counts.count(UnicodeScript.HIRAGANA) + counts.count(UnicodeScript.KATAKANA);
    int cjk = kana + counts.count(UnicodeScript.HAN);
    if (kana > 0 && kana * 10 >= cjk && cjk * 2 >= counts.total()) {
      return "ja";
    }
    UnicodeScript dominant = counts.dominant();
    return switch (dominant) {
      case LATIN -> latin(sample);
      case CYRILLIC -> cyrillic(sample, counts.count(UnicodeScript.CYRILLIC));
      case ARABIC -> arabic(sample, counts.count(UnicodeScript.ARABIC));
      default -> BY_SCRIPT.getOrDefault(dominant, UNDETERMINED);
    };
  }

  private static String cyrillic(String text, int letters) {
    int be = count(text, "ўЎ");
    int uk = count(text, "іїєґІЇЄҐ");
    int kk = count(text, "әғқңөұүһӘҒҚҢӨҰҮҺ");
    int mk = count(text, "ѓќѕЃЌЅ");
    int sr = count(text, "јљњђћџЈЉЊЂЋЏ");
    int ruOnly = count(text, "ыэЫЭ");
    int hard = count(text, "ъЪ");
    double onePercent = letters / 100.0;
    if (be > 0 && be >= onePercent / 2) {
      return "be";
    }
    if (uk >= onePercent && uk > ruOnly) {
      return "uk";
    }
    if (kk >= onePercent) {
      return "kk";
    }
    if (mk > 0 && mk + sr >= onePercent) {
      return "mk";
    }
    if (sr >= onePercent) {
      return "sr";
    }
    if (ruOnly == 0 && hard >= onePercent) {
      return "bg";
    }
    return "ru";
  }

  private static String arabic(String text, int letters) {
    int urdu = count(text, "ٹڈڑںے");
    int persian = count(text, "پچژگیک");
    if (urdu > 0 && urdu >= letters / 200.0) {
      return "ur";
    }
    if (persian > 0 && persian >= letters / 100.0) {
      return "fa";
    }
    return "ar";
  }

  private static String latin(String text) {
    Map<String, Double> scores = new HashMap<>();
    String lower = text.toLowerCase(Locale.ROOT);
    int n = lower.length();
    for (int i = 0; i < n; ) {
      int start = i;
      while (i < n && Character.isLetter(lower.charAt(i))) {
        i++;
      }
      if (i > start) {
        List<String> langs = STOPWORDS.get(lower.substring(start, i));
        if (langs != null) {
          for (String lang : langs) {
            scores.merge(lang, 1.0 / langs.size(), Double::sum);
          }
        }
      } else {
        i++;
      }
    }
    String best = null;
    for (String lang : scores.keySet().stream().sorted().toList()) {
      if (best == null || scores.get(lang) > scores.get(best)) {
        best = lang;
      }
    }
    double bestScore = best == null ? 0 : scores.get(best);
    double second = 0;
    for (Map.Entry<String, Double> e : scores.entrySet()) {
      if (!e.getKey().equals(best)) {
        second = Math.max(second, e.getValue());
      }
    }
    if (best != null && bestScore >= 2 && bestScore >= 1.3 * second) {
      return best;
    }
    String byLetters = UNDETERMINED;
    int most = 0;
    for (Map.Entry<String, String> e : LATIN_LETTERS) {
      int c = count(lower, e.getValue());
      if (c > most) {
        most = c;
        byLetters = e.getKey();
      }
    }
    return byLetters;
  }

  private static int count(String text, String letters) {
    int c = 0;
    for (int i = 0; i < text.length(); i++) {
      if (letters.indexOf(text.charAt(i)) >= 0) {
        c++;
      }
    }
    return c;
  }

  private static Map<String, List<String>> invert(Map<String, List<String>> profiles) {
    Map<String, List<String>> byWord = new HashMap<>();
    for (String lang : profiles.keySet().stream().sorted().toList()) {
      for (String word : profiles.get(lang)) {
        byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(lang);
      }
    }
    byWord.replaceAll((w, langs) -> List.copyOf(langs));
    return Map.copyOf(byWord);
  }
}
