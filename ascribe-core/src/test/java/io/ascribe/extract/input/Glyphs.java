package io.ascribe.extract.input;

import java.util.ArrayList;
import java.util.List;

/** Glyphs of a made-up monospaced font for layout tests: each character is half an em wide. */
final class Glyphs {
  static final float SIZE = 10;
  static final float ADVANCE = SIZE / 2;
  static final float PAGE_HEIGHT = 800;

  private Glyphs() {}

  /** The glyphs of {@code text} from {@code x} on {@code baseline}, spaces included. */
  static List<Glyph> text(String text, float x, float baseline) {
    return text(text, x, baseline, SIZE);
  }

  /** The same in another font size. */
  static List<Glyph> text(String text, float x, float baseline, float size) {
    List<Glyph> out = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      out.add(new Glyph(String.valueOf(text.charAt(i)), x + i * size / 2, baseline, size / 2, size));
    }
    return out;
  }

  /** A line of one fragment, for tests of what comes after the layout. */
  static TextLine line(String text, float x, float baseline, int flow, boolean full) {
    return new TextLine(List.of(new Fragment(text, x, x + text.length() * ADVANCE, baseline, SIZE)),
        flow, full);
  }

  /** A line of one fragment in another size. */
  static TextLine line(String text, float x, float baseline, float size, int flow, boolean full) {
    return new TextLine(List.of(new Fragment(text, x, x + text.length() * size / 2, baseline, size)),
        flow, full);
  }
}
