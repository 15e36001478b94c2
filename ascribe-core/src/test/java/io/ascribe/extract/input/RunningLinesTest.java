package io.ascribe.extract.input;

import static io.ascribe.extract.input.Glyphs.PAGE_HEIGHT;
import static io.ascribe.extract.input.Glyphs.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link RunningLines}: running headers, footers and page numbers. */
class RunningLinesTest {
  private static List<RunningLines.Page> pages(int count) {
    List<RunningLines.Page> pages = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      pages.add(new RunningLines.Page(List.of(
          line("ACME Threat Research | Operation X", 50, 30, 0, true),
          line("Body text of page " + i + ".", 50, 200, 1, true),
          line("Confidential", 50, 400, 1, true),
          line("Page " + i + " of " + count, 250, 780, 2, true)), PAGE_HEIGHT));
    }
    return pages;
  }

  private static List<String> texts(List<TextLine> lines) {
    return lines.stream().map(TextLine::text).toList();
  }

  @Test
  void strip_repeatedHeaderAndPageFooter_areDropped() {
    List<List<TextLine>> kept = RunningLines.strip(pages(3), null);

    assertThat(kept).hasSize(3);
    assertThat(texts(kept.get(1))).containsExactly("Body text of page 2.", "Confidential");
  }

  @Test
  void strip_singlePage_dropsPageNumberButKeepsOtherMarginText() {
    List<List<TextLine>> kept = RunningLines.strip(pages(1), null);

    assertThat(texts(kept.getFirst())).containsExactly("ACME Threat Research | Operation X",
        "Body text of page 1.", "Confidential");
  }

  @Test
  void strip_headerThatIsTheTitle_isDroppedEvenOnOnePage() {
    List<RunningLines.Page> page = List.of(new RunningLines.Page(List.of(
        line("Operation Long Night: a report on a...", 50, 30, 0, true),
        line("Text.", 50, 200, 1, true),
        line("3", 300, 790, 2, true)), PAGE_HEIGHT));

    assertThat(texts(RunningLines.strip(page, "Operation Long Night: a report on a long campaign")
        .getFirst())).containsExactly("Text.");
  }

  @Test
  void key_replacesDigitRunsAndCase() {
    assertThat(RunningLines.key("Page  12 of 30")).isEqualTo("page # of #");
  }
}
