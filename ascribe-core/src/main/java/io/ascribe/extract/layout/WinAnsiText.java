package io.ascribe.extract.layout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text made safe for a PDF standard-14 font: typographic quotes and dashes become their ASCII
 * forms, every kind of white space becomes a space, invisible format characters (zero-width
 * space, soft hyphen) are dropped, and any other character the font cannot encode becomes {@code
 * '?'}, so that showing the text never throws. One instance per font; not
 * thread-safe (it caches what the font can encode).
 */
final class WinAnsiText {
  private final PDFont font;
  private final Map<Integer, Boolean> encodable = new HashMap<>();

  WinAnsiText(PDFont font) {
    this.font = font;
  }

  /** The text with every character the font can show, in the same order. */
  String safe(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> out.append(safe(c)));
    return out.toString();
  }

  private String safe(int c) {
    String ascii = asciiForm(c);
    if (ascii != null) {
      return ascii;
    }
    return encodable.computeIfAbsent(c, this::canEncode) ? Character.toString(c) : "?";
  }

  private static String asciiForm(int c) {
    return switch (c) {
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> "'";
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> "\"";
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> "-";
      case '\u2026' -> "...";
      default -> {
        if (Character.getType(c) == Character.FORMAT) {
          yield "";
        }
        yield Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
            ? " " : null;
      }
    };
  }

  private boolean canEncode(int c) {
    try {
      font.encode(Character.toString(c));
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
