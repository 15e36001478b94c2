package io.ascribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every example command a newcomer can copy, from each command's {@code --help} and from the
 * README's code blocks (except {@code ./ascribe test}, which the launcher runs), parses as written:
 * no unknown option, no missing required one (issue 13: a newcomer's copied command must work).
 */
class HelpExamplesTest {

  @Test
  void helpExamples_everyCommand_parseAsWritten() {
    List<String> examples = new ArrayList<>();
    collect(AscribeCommand.commandLine(), examples);

    assertThat(examples).hasSizeGreaterThan(40);
    assertThat(examples).allSatisfy(HelpExamplesTest::parses);
  }

  @Test
  void readmeCommands_parseAsWritten() throws IOException {
    List<String> commands = new ArrayList<>();
    boolean inBlock = false;
    for (String line : Files.readAllLines(Path.of("..", "README.md"))) {
      if (line.startsWith("```")) {
        inBlock = !inBlock;
      } else if (inBlock && line.startsWith("./ascribe ") && !line.startsWith("./ascribe test")) {
        commands.add(line.substring(2));
      }
    }

    assertThat(commands).anyMatch(c -> c.startsWith("ascribe serve")).anyMatch(c -> c.startsWith("ascribe token create"));
    assertThat(commands).allSatisfy(HelpExamplesTest::parses);
  }

  private static void collect(CommandLine command, List<String> out) {
    String[] description = command.getCommandSpec().usageMessage().description();
    for (int i = 0; i < description.length; i++) {
      String line = description[i];
      if (!line.startsWith("  ascribe ")) {
        continue;
      }
      StringBuilder example = new StringBuilder(line.strip());
      while (example.toString().endsWith("\\") && i + 1 < description.length) {
        example.setLength(example.length() - 1);
        example.append(' ').append(description[++i].strip());
      }
      out.add(example.toString().replace("%%", "%"));
    }
    command.getSubcommands().values().stream().distinct().forEach(sub -> collect(sub, out));
  }

  private static void parses(String example) {
    for (String command : example.split("&&")) {
      List<String> words = ShellWords.split(command);
      assertThat(words).as(example).first().isEqualTo("ascribe");
      CommandLine cl = AscribeCommand.commandLine();
      try {
        cl.parseArgs(words.subList(1, words.size()).toArray(String[]::new));
      } catch (CommandLine.ParameterException e) {
        throw new AssertionError("'" + example + "' does not parse: " + e.getMessage(), e);
      }
    }
  }

  /** Splits a shell line into words: quotes group, {@code #} starts a comment. */
  static final class ShellWords {
    private ShellWords() {}

    static List<String> split(String line) {
      List<String> words = new ArrayList<>();
      StringBuilder word = null;
      char quote = 0;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (quote != 0) {
          if (c == quote) {
            quote = 0;
          } else {
            word.append(c);
          }
        } else if (c == '"' || c == '\'') {
          quote = c;
          word = word == null ? new StringBuilder() : word;
        } else if (c == '#' && word == null) {
          break;
        } else if (Character.isWhitespace(c)) {
          if (word != null) {
            words.add(word.toString());
            word = null;
          }
        } else {
          word = word == null ? new StringBuilder() : word;
          word.append(c);
        }
      }
      if (word != null) {
        words.add(word.toString());
      }
      return words;
    }
  }
}
