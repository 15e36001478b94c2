package io.ascribe.extract.claim;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The markers of press-conference transcripts and live blogs at the start of a line: questions
 * ("Q:", "Reuters:"), answers ("A:"), interview labels ("Oleksandr Hnatiuk:") and time stamps
 * ("09:40 ").
 */
final class Transcript {
  /** A question or an answer of a press-conference transcript. */
  static final Pattern QUESTION = Pattern.compile(
      "^(?:Q|Question|QUESTION|Reuters|AFP|AP|Bloomberg|CCTV|CGTN|Xinhua|China Daily|Global Times|EFE|Kyodo|NHK|Yonhap|"
          + "TASS|RIA Novosti|Sputnik|Anadolu|Nikkei|Asahi Shimbun|PTI|Prasar Bharati|Al Jazeera|BBC|CNN|Dow Jones|"
          + "Phoenix TV|Beijing Daily|The Paper|Journalist|Reporter)\\s*:");
  /** A live blog's time stamp before an entry: "09:40 Ukraine's CERT-UA has warned ...". */
  static final Pattern TIME_STAMP = Pattern.compile(
      "^\\d{1,2}[:.]\\d{2}\\s*(?:[AaPp]\\.?[Mm]\\.?\\s*)?(?:(?:GMT|UTC|CET|EET|BST)\\s*)?(?:[-–—:|]\\s*)?(?=\\S)");
  static final Pattern ANSWER = Pattern.compile("^(?:A|Answer|ANSWER|Spokesperson|SPOKESPERSON)\\s*:\\s*");
  /** An interview's speaker label: "Oleksandr Hnatiuk:", "KI:". */
  static final Pattern LABEL = Pattern.compile("^([A-Z][\\w'.-]*(?: [A-Z][\\w'.-]*){0,3})\\s*:\\s+");

  private Transcript() {}

  /**
   * A sentence without its transcript or live-blog marker ("09:40 ", "Q: ", "Reuters: ",
   * "Oleksandr Hnatiuk: ").
   */
  static String stripMarkers(String line) {
    if (!marked(line)) {
      return line;
    }
    Matcher stamp = TIME_STAMP.matcher(line);
    String sentence = stamp.find() ? line.substring(stamp.end()) : line;
    for (Pattern marker : List.of(QUESTION, ANSWER, LABEL)) {
      Matcher m = marker.matcher(sentence);
      if (m.find()) {
        return marker == QUESTION ? sentence.substring(m.end()).strip() : sentence.substring(m.end());
      }
    }
    return sentence;
  }

  /** Whether a line may carry a transcript or live-blog marker: a colon near its start. */
  static boolean marked(String line) {
    int colon = line.indexOf(':');
    return colon > 0 && colon < 48;
  }
}
