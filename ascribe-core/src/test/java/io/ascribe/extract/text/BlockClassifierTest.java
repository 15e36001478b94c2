package io.ascribe.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One line per rule of {@link BlockClassifier}, each classified on an English page. */
class BlockClassifierTest {
  private static final String PAGE_TEXT = "The agency said on Monday that the intrusion had been"
      + " contained, and that no data had been stolen from its systems.";

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      · · ·                                                       | NO_LETTERS
      © 2024 Example Media                                        | MARKER
      We use cookies to improve your experience on our website.   | MARKER
      Leave a comment                                             | CHROME_WORD
      Related articles                                            | RELATED
      China Today · China Hoy · China Pictorial                   | SEPARATORS
      Make Infoshos my homepageContact usAdd to FavoritesHome     | GLUED
      10:03Phnom Penh                                             | CLOCK
      11.02.2020 14:29                                            | DATE_ONLY
      Putin and Berdimuhamedov hold telephone talk 13.05.2020     | DATED_HEADLINE
      Belarusian President Lukashenko Vows to Retaliate           | TITLE_CASE
      Партнеры по диалогу::                                       | FOREIGN
      https://example.com/a https://example.com/b                 | URLS
      """)
  void classify_chromeLine_isBoilerplateForItsReason(String line, String reason) throws Exception {
    Block b = classified(line);

    assertThat(b.kind).isEqualTo(Block.Kind.BOILERPLATE);
    int bit = BlockClassifier.class.getDeclaredField(reason).getInt(null);
    assertThat(b.has(bit)).as("reasons %s", Integer.toBinaryString(b.reasons)).isTrue();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      The group used a loader that had not been seen before, researchers said.  | CONTENT
      He declined to comment.                                                   | SHORT
      Links to earlier attacks                                                  | SHORT
      185.12.45.3                                                               | SHORT
      cmd.exe /C nltest /domain_trusts                                          | SHORT
      """)
  void classify_articleLine_isNotBoilerplate(String line, Block.Kind expected) {
    assertThat(classified(line).kind).isEqualTo(expected);
  }

  /** Classifies {@code line} between two English paragraphs and returns its block. */
  private static Block classified(String line) {
    List<Block> blocks = new ArrayList<>(List.of(new Block(PAGE_TEXT, 0), new Block(line, 0),
        new Block(PAGE_TEXT, 0)));
    BlockClassifier.classify(blocks);
    return blocks.get(1);
  }
}
