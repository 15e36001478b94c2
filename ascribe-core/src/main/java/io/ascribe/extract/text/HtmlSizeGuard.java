package io.ascribe.extract.text;

/**
 * Keeps huge HTML within what one page's tree may cost in memory.
 *
 * <p>HTML of up to {@value #MAX_CHARS} characters is parsed as it is. Larger HTML first loses
 * the bodies of {@code script} and {@code style} elements and comments (one linear scan; they are
 * never text anyway); if it is still too large it is cut before the last tag that starts within
 * the limit. A news page's text sits well inside the first 8 million characters, and the tree of
 * that much markup takes a few hundred megabytes at most, where 50 MB of markup could take
 * gigabytes.
 */
final class HtmlSizeGuard {
  static final int MAX_CHARS = 8 * 1024 * 1024;

  private HtmlSizeGuard() {}

  /** {@code html} itself when small enough, else a shortened copy; see the class comment. */
  static String shrink(String html) {
    if (html.length() <= MAX_CHARS) {
      return html;
    }
    String stripped = stripRawText(html);
    if (stripped.length() <= MAX_CHARS) {
      return stripped;
    }
    int cut = stripped.lastIndexOf('<', MAX_CHARS);
    return stripped.substring(0, cut > 0 ? cut : MAX_CHARS);
  }

  /** Removes script and style elements and comments, in one pass. */
  static String stripRawText(String html) {
    StringBuilder out = new StringBuilder(Math.min(html.length(), MAX_CHARS * 2));
    int n = html.length();
    int i = 0;
    while (i < n) {
      int lt = html.indexOf('<', i);
      if (lt < 0) {
        out.append(html, i, n);
        break;
      }
      out.append(html, i, lt);
      int end;
      if (html.startsWith("<!--", lt)) {
        int close = html.indexOf("-->", lt + 4);
        end = close < 0 ? n : close + 3;
      } else if (opens(html, lt, "script")) {
        end = closeOf(html, lt, "script");
      } else if (opens(html, lt, "style")) {
        end = closeOf(html, lt, "style");
      } else {
        out.append('<');
        end = lt + 1;
      }
      i = end;
    }
    return out.toString();
  }

  private static boolean opens(String html, int at, String tag) {
    int after = at + 1 + tag.length();
    return html.regionMatches(true, at + 1, tag, 0, tag.length())
        && (after >= html.length() || " \t\r\n/>".indexOf(html.charAt(after)) >= 0);
  }

  /** Index just past {@code </tag...>} after {@code from}, or the end of the text. */
  private static int closeOf(String html, int from, String tag) {
    int i = from + 1;
    while (true) {
      int lt = html.indexOf("</", i);
      if (lt < 0) {
        return html.length();
      }
      if (html.regionMatches(true, lt + 2, tag, 0, tag.length())) {
        int gt = html.indexOf('>', lt);
        return gt < 0 ? html.length() : gt + 1;
      }
      i = lt + 2;
    }
  }
}
