package io.ascribe.extract.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link TableCells}: wrapped cell lines go back into their cells. */
class TableCellsTest {
  private static Fragment cell(String text, float x, float baseline) {
    return new Fragment(text, x, x + text.length() * 4, baseline, 8);
  }

  private static TextLine row(float baseline, Fragment... cells) {
    return new TextLine(List.of(cells), 0, true);
  }

  @Test
  void merge_wrappedValueAndComment_joinTheirCells() {
    List<TextLine> lines = List.of(
        row(100, cell("SHA256", 50, 100), cell("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934c", 120, 100),
            cell("dropper sent", 400, 100)),
        row(110, cell("a495991b7852b855", 120, 110), cell("by e-mail", 400, 110)),
        row(125, cell("MD5", 50, 125), cell("098f6bcd4621d373cade4e832627b4f6", 120, 125)));

    assertThat(TableCells.merge(lines)).extracting(TextLine::text).containsExactly(
        "SHA256\te3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\tdropper sent by e-mail",
        "MD5\t098f6bcd4621d373cade4e832627b4f6");
  }

  @Test
  void continues_lineUnderTheFirstCell_isANewRow() {
    List<Fragment> header = List.of(cell("Type", 50, 100), cell("Value", 120, 100));

    assertThat(TableCells.continues(header, List.of(cell("URL", 50, 110)))).isFalse();
    assertThat(TableCells.continues(header, List.of(cell("more", 121, 110)))).isTrue();
    assertThat(TableCells.continues(header, List.of(cell("elsewhere", 200, 110)))).isFalse();
  }
}
