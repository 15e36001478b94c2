package io.ascribe.extract.text;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Bytes of unknown origin turned into text: binary or not, which character set, HTML or plain.
 *
 * <p>The rules, in order:
 *
 * <ol>
 *   <li>A byte-order mark decides the charset (UTF-8, UTF-16BE, UTF-16LE).
 *   <li>Without one, text with a NUL on every other byte is taken as UTF-16 without a mark;
 *       anything else is checked for binary content by {@link BinaryContent} (a known magic
 *       number, a NUL byte, too many control bytes, control bytes in invalid UTF-8).
 *   <li>A declared charset counts next: {@code charset=} in the content type given, else {@code
 *       <meta charset>}, {@code http-equiv} or the XML declaration in the first bytes.
 *       ISO-8859-1 and ASCII mean windows-1252, as browsers read them; a declared UTF-16 without a
 *       mark, or an unknown name, is ignored.
 *   <li>Otherwise bytes that are valid UTF-8 are UTF-8, and anything else is windows-1252.
 *   <li>The text is HTML when its first {@value #SNIFF_CHARS} characters hold {@code
 *       <!doctype html}, {@code <html}, {@code <head} or {@code <body}, or two other common tags
 *       ({@code <p>}, {@code <div}, {@code <br}, {@code <title}, ...), or one of them when the name
 *       or content type says HTML; a tag's name must end there ({@code <header to remove>} in a
 *       code listing is no {@code <head>}).
 * </ol>
 *
 * @param text the decoded text, empty for binary input
 * @param charset the charset used, null for binary input
 * @param html true when the text is to be read as HTML
 * @param binary true when the bytes are not text at all
 */
record DecodedBytes(String text, Charset charset, boolean html, boolean binary) {
  static final int SAMPLE = 64 * 1024;
  static final int SNIFF_CHARS = 4096;
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static final Pattern CHARSET =
      Pattern.compile("(?i)(?:charset|encoding)\\s*=\\s*[\"']?([a-z0-9._:-]{2,40})");
  /** Tags that make a text HTML on their own; a tag name must end at a space, '>' or '/' ("<header" is not "<head"). */
  private static final Pattern STRONG_HTML = Pattern.compile("<!doctype html|<(?:html|head|body)[\\s>/]");
  private static final List<Pattern> WEAK_HTML = Stream.of("p", "div", "br", "title", "meta", "article", "table",
      "span", "a", "h1", "h2", "ul", "li", "script", "section")
      .map(tag -> Pattern.compile("<" + tag + (tag.equals("a") ? "\\s+href" : "[\\s>/]"))).toList();

  /** Decodes {@code bytes}; {@code nameOrContentType} (may be null) is a hint only. */
  static DecodedBytes of(byte[] bytes, String nameOrContentType) {
    String hint = nameOrContentType == null ? "" : nameOrContentType.toLowerCase(Locale.ROOT);
    Charset charset = null;
    int skip = 0;
    if (BinaryContent.startsWith(bytes, new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf})) {
      charset = StandardCharsets.UTF_8;
      skip = 3;
    } else if (BinaryContent.startsWith(bytes, new byte[] {(byte) 0xfe, (byte) 0xff})) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (BinaryContent.startsWith(bytes, new byte[] {(byte) 0xff, (byte) 0xfe})) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    } else {
      charset = utf16WithoutMark(bytes);
      if (charset == null && BinaryContent.unmarkedReason(bytes) != null) {
        return new DecodedBytes("", null, false, true);
      }
    }
    if (charset == null) {
      charset = declared(hint);
    }
    if (charset == null) {
      charset = declared(new String(bytes, 0, Math.min(bytes.length, SNIFF_CHARS),
          StandardCharsets.ISO_8859_1));
    }
    if (charset == null) {
      charset = isUtf8(bytes) ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }
    String text = new String(bytes, skip, bytes.length - skip, charset);
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    return new DecodedBytes(text, charset, looksLikeHtml(text, hint.contains("htm")), false);
  }

  /** True when the start of {@code text} looks like HTML; see the class comment. */
  static boolean looksLikeHtml(String text, boolean htmlHint) {
    String head = text.substring(0, Math.min(text.length(), SNIFF_CHARS)).toLowerCase(Locale.ROOT);
    if (STRONG_HTML.matcher(head).find()) {
      return true;
    }
    int weak = 0;
    for (Pattern marker : WEAK_HTML) {
      if (marker.matcher(head).find()) {
        weak++;
      }
    }
    return weak >= 2 || (htmlHint && weak >= 1);
  }

  private static Charset declared(String text) {
    Matcher m = CHARSET.matcher(text);
    while (m.find()) {
      String name = m.group(1).toLowerCase(Locale.ROOT);
      switch (name) {
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii" -> {
          return WINDOWS_1252;
        }
        default -> { }
      }
      if (name.startsWith("utf-16") || name.startsWith("utf16")) {
        continue;
      }
      try {
        if (Charset.isSupported(name)) {
          return Charset.forName(name);
        }
      } catch (IllegalCharsetNameException e) {
        // not a charset name: keep looking
      }
    }
    return null;
  }

  /** UTF-16 without a mark: NUL on (nearly) every even or every odd byte of the sample. */
  static Charset utf16WithoutMark(byte[] bytes) {
    int n = Math.min(bytes.length, SAMPLE) & ~1;
    if (n < 8) {
      return null;
    }
    int evenNul = 0;
    int oddNul = 0;
    for (int i = 0; i < n; i += 2) {
      evenNul += bytes[i] == 0 ? 1 : 0;
      oddNul += bytes[i + 1] == 0 ? 1 : 0;
    }
    int pairs = n / 2;
    if (evenNul * 10 >= pairs * 9 && oddNul * 10 < pairs) {
      return StandardCharsets.UTF_16BE;
    }
    if (oddNul * 10 >= pairs * 9 && evenNul * 10 < pairs) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  /** Strict UTF-8 check without decoding: no overlong forms, surrogates or values past U+10FFFF. */
  static boolean isUtf8(byte[] bytes) {
    int i = 0;
    int n = bytes.length;
    while (i < n) {
      int b = bytes[i] & 0xff;
      if (b < 0x80) {
        i++;
        continue;
      }
      int len;
      int min;
      if (b >= 0xc2 && b <= 0xdf) {
        len = 2;
        min = 0x80;
      } else if (b >= 0xe0 && b <= 0xef) {
        len = 3;
        min = 0x800;
      } else if (b >= 0xf0 && b <= 0xf4) {
        len = 4;
        min = 0x10000;
      } else {
        return false;
      }
      if (i + len > n) {
        return false;
      }
      int cp = b & (0xff >> (len + 1));
      for (int k = 1; k < len; k++) {
        int c = bytes[i + k] & 0xff;
        if ((c & 0xc0) != 0x80) {
          return false;
        }
        cp = (cp << 6) | (c & 0x3f);
      }
      if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
        return false;
      }
      i += len;
    }
    return true;
  }
}
