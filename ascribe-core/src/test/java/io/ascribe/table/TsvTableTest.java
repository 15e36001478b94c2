package io.ascribe.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TsvTableTest {

  @Test
  void of_commentsAndBlankLines_areLeftOutAndRowsKeepTheirLineNumbers() {
    TsvTable t = TsvTable.of("cues.tsv", List.of("# a comment", "group\tgang", "", "software\tloader\tx"));

    assertThat(t.rows()).extracting(TsvTable.Row::line).containsExactly(2, 4);
    assertThat(t.rows().get(1).fields()).containsExactly("software", "loader", "x");
  }

  @Test
  void expect_wrongFieldCount_namesTheTableTheLineAndWhatWasExpected() {
    TsvTable.Row row = TsvTable.of("cues.tsv", List.of("#", "group")).rows().get(0);

    assertThatThrownBy(() -> row.expect(2, "kind<TAB>phrase"))
        .hasMessage("cues.tsv line 2: expected kind<TAB>phrase, got 'group'");
  }

  @Test
  void resource_missing_isAnIllegalState() {
    assertThatThrownBy(() -> TsvTable.resource(TsvTableTest.class, "no-such.tsv"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-such.tsv");
  }
}
