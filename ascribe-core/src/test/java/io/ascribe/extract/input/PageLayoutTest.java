package io.ascribe.extract.input;

import static io.ascribe.extract.input.Glyphs.PAGE_HEIGHT;
import static io.ascribe.extract.input.Glyphs.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link PageLayout}: rows, fragments, the gutter and the reading order of bands. */
class PageLayoutTest {
  private static final float LEFT = 50;
  private static final float RIGHT = 320;
  private static final String FULL_LINE = "left column text that fills the line"; // 36 chars, 180 pt

  private static List<String> texts(List<TextLine> lines) {
    return lines.stream().map(TextLine::text).toList();
  }

  private static List<Glyph> twoColumns(int rows, float top) {
    List<Glyph> glyphs = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      glyphs.addAll(text("L" + i + " " + FULL_LINE, LEFT, top + 12 * i));
      glyphs.addAll(text("R" + i + " right column text", RIGHT, top + 12 * i));
    }
    return glyphs;
  }

  @Test
  void read_twoColumns_readsLeftColumnThenRightColumn() {
    List<Glyph> glyphs = twoColumns(3, 100);
    Collections.shuffle(glyphs, new Random(7));

    List<TextLine> lines = PageLayout.read(glyphs, PAGE_HEIGHT);

    assertThat(texts(lines)).containsExactly("L0 " + FULL_LINE, "L1 " + FULL_LINE,
        "L2 " + FULL_LINE, "R0 right column text", "R1 right column text", "R2 right column text");
    assertThat(lines.get(0).flow()).isNotEqualTo(lines.get(3).flow());
  }

  /**
   * Columns whose baselines do not line up (the right column began a few points higher, under a
   * table) used to give no gutter, since no row had text on both sides, and were read row by row.
   */
  @Test
  void read_columnsWithOffsetBaselines_readsLeftColumnThenRightColumn() {
    List<Glyph> glyphs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      glyphs.addAll(text("L" + i + " " + FULL_LINE, LEFT, 100 + 12 * i));
      glyphs.addAll(text("R" + i + " right column text", RIGHT, 95 + 12 * i));
    }

    assertThat(texts(PageLayout.read(glyphs, PAGE_HEIGHT))).containsExactly(
        "L0 " + FULL_LINE, "L1 " + FULL_LINE, "L2 " + FULL_LINE, "L3 " + FULL_LINE,
        "R0 right column text", "R1 right column text", "R2 right column text",
        "R3 right column text");
  }

  /** Three columns whose baselines differ (aligned ones read as rows of a three-cell table). */
  @Test
  void read_threeColumnsOfStaggeredBaselines_readsEachColumnInTurn() {
    List<Glyph> glyphs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      for (int c = 0; c < 3; c++) {
        glyphs.addAll(text("c" + c + " line " + i + " of text here", 50 + 170 * c, 100 + 4 * c + 13 * i));
      }
    }

    List<String> texts = texts(PageLayout.read(glyphs, PAGE_HEIGHT));

    assertThat(texts).hasSize(12);
    for (int k = 0; k < 12; k++) {
      assertThat(texts.get(k)).startsWith("c" + k / 4 + " line " + k % 4);
    }
  }

  @Test
  void read_titleAcrossTheGutter_staysAboveTheColumns() {
    List<Glyph> glyphs = new ArrayList<>(twoColumns(4, 120));
    glyphs.addAll(text("A title that runs right across both of the columns of this page", LEFT, 90));

    assertThat(texts(PageLayout.read(glyphs, PAGE_HEIGHT))).first()
        .isEqualTo("A title that runs right across both of the columns of this page");
  }

  @Test
  void read_oneColumn_readsTopToBottom() {
    List<Glyph> glyphs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      glyphs.addAll(text("line " + i + " of a single wide column of running text here", LEFT, 100 + 12 * i));
    }

    List<TextLine> lines = PageLayout.read(glyphs, PAGE_HEIGHT);

    assertThat(texts(lines)).hasSize(5).allMatch(t -> t.startsWith("line "));
    assertThat(lines).extracting(TextLine::flow).containsOnly(0);
  }

  @Test
  void read_keyValueTable_isReadRowByRow() {
    List<Glyph> glyphs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      glyphs.addAll(text("Key" + i, LEFT, 100 + 12 * i));
      glyphs.addAll(text("value " + i + " of the table", RIGHT, 100 + 12 * i));
    }

    assertThat(texts(PageLayout.read(glyphs, PAGE_HEIGHT))).containsExactly(
        "Key0\tvalue 0 of the table", "Key1\tvalue 1 of the table", "Key2\tvalue 2 of the table",
        "Key3\tvalue 3 of the table");
  }

  @Test
  void rows_gapsSplitWordsAndFragments() {
    List<Glyph> glyphs = new ArrayList<>(text("ab", 0, 50));
    glyphs.addAll(text("cd", 12, 50)); // 2 pt gap: a word space
    glyphs.addAll(text("ef", 40, 50.5f)); // 18 pt gap: another fragment, same row

    assertThat(PageRows.of(glyphs)).singleElement().satisfies(row ->
        assertThat(row).extracting(Fragment::text).containsExactly("ab cd", "ef"));
  }

  @Test
  void gutter_tooFewRowsOnBothSides_isNone() {
    List<Glyph> glyphs = new ArrayList<>(text("just one row", LEFT, 100));
    glyphs.addAll(text("and its neighbour", RIGHT, 100));

    assertThat(Gutter.find(PageRows.of(glyphs), PAGE_HEIGHT)).isNull();
  }
}
