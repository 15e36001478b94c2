package io.ascribe.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.testkit.HelpLayout;
import org.junit.jupiter.api.Test;

/**
 * The {@code --help} of every Spark command reads as written: paragraphs wrap at the help width, the
 * command list shows one-line summaries and every command has an example (as {@code HelpLayoutTest}
 * checks for the main command line).
 */
class SparkHelpLayoutTest {

  @Test
  void everyCommand_help_fitsWidthWithSummariesAndExamples() {
    assertThat(HelpLayout.problems(SparkMain.commandLine(), "ascribe")).isEmpty();
  }
}
