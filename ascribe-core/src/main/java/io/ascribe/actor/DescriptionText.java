package io.ascribe.actor;

import java.util.regex.Pattern;

/**
 * A knowledge-base description as plain text: ATT&amp;CK writes its descriptions in Markdown with
 * links to its own pages ({@code [APT28](https://attack.mitre.org/groups/G0007)}) and citation
 * markers ({@code (Citation: FireEye APT28)}); a reader wants the words, and the references are
 * listed apart.
 */
public final class DescriptionText {
  private static final Pattern LINK = Pattern.compile("\\[([^\\]\\[]*)]\\((?:https?://[^)\\s]*)\\)");
  private static final Pattern CITATION = Pattern.compile("\\s*\\(Citation: [^)]*\\)");
  private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");

  private DescriptionText() {}

  /** The text without Markdown links (their words kept) and citation markers. */
  public static String plain(String markdown) {
    if (markdown == null) {
      return null;
    }
    String s = LINK.matcher(markdown).replaceAll("$1");
    s = CITATION.matcher(s).replaceAll("");
    return SPACES.matcher(s).replaceAll(" ").strip();
  }
}
