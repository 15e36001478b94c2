package io.ascribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.testkit.HelpLayout;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The {@code --help} of every command reads as written: paragraphs wrap at the help width instead of
 * breaking where the source line ended, command lists show one-line summaries, and every command has
 * an example (issue: descriptions written as arrays of ~100-column lines were wrapped twice, and
 * command lists showed a paragraph's first line cut mid-sentence).
 */
class HelpLayoutTest {

  @Test
  void everyCommand_help_fitsWidthWithSummariesAndExamples() {
    assertThat(HelpLayout.problems(AscribeCommand.commandLine(), "ascribe", "help")).isEmpty();
  }

  @Test
  void commandList_showsSummaries_notCutParagraphs() {
    StringWriter out = new StringWriter();
    AscribeCommand.commandLine().usage(new PrintWriter(out), CommandLine.Help.Ansi.OFF);

    assertThat(out.toString())
        .contains("  actor      Show a threat actor: names, ids, techniques, software, claims and sources.")
        .doesNotContain("(each with its\n");
  }
}
