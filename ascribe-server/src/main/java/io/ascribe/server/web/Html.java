package io.ascribe.server.web;

import java.util.regex.Pattern;

/**
 * A tiny HTML writer in which every interpolated value is escaped: text, attribute values and
 * URLs alike. Tag and attribute names must be plain lowercase names (they are checked), and there
 * is no method that writes a caller's string unescaped; markup only ever comes from the tag
 * methods. URL attributes ({@code href}, {@code src}, {@code action}) accept only site-relative
 * paths and http(s) URLs; anything else (such as {@code javascript:}) becomes {@code #}.
 *
 * <pre>{@code
 * Html h = new Html();
 * h.open("p", "class", "note").text(userInput).close("p");
 * }</pre>
 */
final class Html {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
  private final StringBuilder out = new StringBuilder(4096);

  /** Starts an element; {@code attrs} are name, value pairs (a null value leaves the attribute out). */
  Html open(String tag, String... attrs) {
    out.append('<').append(name(tag));
    attributes(attrs);
    out.append('>');
    return this;
  }

  /** An element without content ({@code input}, {@code br}, {@code meta}...). */
  Html empty(String tag, String... attrs) {
    return open(tag, attrs);
  }

  /** Ends an element. */
  Html close(String tag) {
    out.append("</").append(name(tag)).append('>');
    return this;
  }

  /** An element holding escaped text. */
  Html el(String tag, Object text, String... attrs) {
    return open(tag, attrs).text(text).close(tag);
  }

  /** Escaped text; null writes nothing. */
  Html text(Object value) {
    if (value != null) {
      escape(String.valueOf(value), out);
    }
    return this;
  }

  /** Appends another fragment (itself built by this class, hence already safe). */
  Html add(Html fragment) {
    out.append(fragment.out);
    return this;
  }

  /** A link; text escaped, href checked. */
  Html link(String href, Object text, String... attrs) {
    String[] all = new String[attrs.length + 2];
    all[0] = "href";
    all[1] = href;
    System.arraycopy(attrs, 0, all, 2, attrs.length);
    return el("a", text, all);
  }

  /** The doctype line (a constant). */
  Html doctype() {
    out.append("<!DOCTYPE html>\n");
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  private void attributes(String[] attrs) {
    if (attrs.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs; got " + attrs.length + " strings");
    }
    for (int i = 0; i < attrs.length; i += 2) {
      String value = attrs[i + 1];
      if (value == null) {
        continue;
      }
      String n = name(attrs[i]);
      if (n.startsWith("on") || n.equals("style") || n.equals("srcdoc")) {
        throw new IllegalArgumentException("attribute '" + n + "' is not allowed: scripts and styles live in static files");
      }
      out.append(' ').append(n).append("=\"");
      escape(isUrl(n) ? safeUrl(value) : value, out);
      out.append('"');
    }
  }

  private static boolean isUrl(String attribute) {
    return attribute.equals("href") || attribute.equals("src") || attribute.equals("action")
        || attribute.equals("hx-get") || attribute.equals("hx-post") || attribute.equals("formaction");
  }

  /** Site-relative paths and http(s) URLs pass; anything else becomes {@code #}. */
  static String safeUrl(String url) {
    String u = url.strip();
    if (u.startsWith("/") && !u.startsWith("//") && !u.startsWith("/\\")) {
      return u;
    }
    if (u.startsWith("#") || u.startsWith("?")) {
      return u;
    }
    String lower = u.toLowerCase(java.util.Locale.ROOT);
    if (lower.startsWith("https://") || lower.startsWith("http://")) {
      return u;
    }
    return "#";
  }

  private static String name(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not a plain lowercase HTML name: '" + name + "'");
    }
    return name;
  }

  /** Escapes {@code & < > " '} (enough for text and double-quoted attribute values). */
  static void escape(String s, StringBuilder out) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
  }

  /** {@code s} escaped. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    escape(s, b);
    return b.toString();
  }
}
