package io.ascribe.testkit;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * What is wrong with the {@code --help} of a command tree: each problem names the command and the
 * text. The rules: no rendered line is wider than the help width; every command has a one-line
 * summary ({@code header}) ending with a period, short enough to stay on one line in its parent's
 * command list; a description paragraph is one string (picocli wraps it), so a prose element followed
 * by another prose element that continues its sentence means the source was hard-wrapped; paragraphs
 * are apart by one blank line; every option's description is one string; every command shows at
 * least one example, an indented line starting with the root command's name. Indented description
 * elements (examples, lists) are laid out by hand and have to fit: picocli would wrap them at a
 * space, in the middle of a command.
 */
public final class HelpLayout {
  private static final Pattern SENTENCE_END = Pattern.compile(".*[.:!?)]$|.*\\.\"$|.*`$");

  private final String examplePrefix;
  private final List<String> problems = new ArrayList<>();

  private HelpLayout(String examplePrefix) {
    this.examplePrefix = examplePrefix;
  }

  /**
   * The problems of {@code root}'s help and that of every command under it (the root, listed nowhere,
   * needs no summary; the commands named in {@code exempt}, such as picocli's own {@code help}, are
   * only checked for width).
   */
  public static List<String> problems(CommandLine root, String examplePrefix, String... exempt) {
    HelpLayout layout = new HelpLayout(examplePrefix);
    layout.visit(root, List.of(exempt));
    return layout.problems;
  }

  private void visit(CommandLine command, List<String> exempt) {
    CommandSpec spec = command.getCommandSpec();
    String path = spec.qualifiedName();
    int width = command.getUsageHelpWidth();
    StringWriter out = new StringWriter();
    command.usage(new PrintWriter(out), CommandLine.Help.Ansi.OFF);
    for (String line : out.toString().split("\n", -1)) {
      if (line.length() > width) {
        problems.add(path + ": line of " + line.length() + " columns (help width " + width + "): " + line);
      }
    }
    if (!exempt.contains(spec.name())) {
      if (spec.parent() != null) {
        checkSummary(spec, path, width);
      }
      checkDescription(spec.usageMessage().description(), path, width);
      for (OptionSpec option : spec.options()) {
        if (option.description().length != 1) {
          problems.add(path + " " + option.longestName() + ": description of " + option.description().length
              + " strings; write one (picocli wraps it)");
        }
      }
    }
    command.getSubcommands().values().stream().distinct().forEach(sub -> visit(sub, exempt));
  }

  private void checkSummary(CommandSpec spec, String path, int width) {
    String[] header = spec.usageMessage().header();
    if (header.length != 1 || header[0].isBlank() || !header[0].endsWith(".")) {
      problems.add(path + ": needs a one-line summary (header) ending with a period, has " + List.of(header));
      return;
    }
    int longestName = spec.parent().subcommands().keySet().stream().mapToInt(String::length).max().orElse(0);
    // "  name  summary": the command list's indent, the names column and its gap
    int columns = 2 + longestName + 2 + header[0].length();
    if (columns > width) {
      problems.add(path + ": summary needs " + columns + " columns in the command list (width " + width + "): "
          + header[0]);
    }
  }

  private void checkDescription(String[] description, String path, int width) {
    boolean example = false;
    for (int i = 0; i < description.length; i++) {
      String line = description[i];
      if (!isProse(line) && line.length() >= width) {
        // picocli would wrap it at a space, mid-command; a shell's trailing backslash splits it instead
        problems.add(path + ": indented line of " + line.length() + " columns wraps (help width " + width + "): "
            + line);
      }
      if (line.startsWith("  " + examplePrefix + " ") || line.equals("  " + examplePrefix)) {
        example = true;
      }
      if (i + 1 < description.length && line.isEmpty() && description[i + 1].isEmpty()) {
        problems.add(path + ": description lines " + (i + 1) + " and " + (i + 2) + " are both blank");
      }
      if (i + 1 < description.length && isProse(line) && isProse(description[i + 1])
          && (Character.isLowerCase(description[i + 1].charAt(0)) || !SENTENCE_END.matcher(line).matches())) {
        problems.add(path + ": description line " + (i + 1) + " runs on into the next; make the paragraph one "
            + "string: \"" + line + "\" / \"" + description[i + 1] + "\"");
      }
    }
    if (!example) {
      problems.add(path + ": no example (an indented description line starting with '" + examplePrefix + " ')");
    }
  }

  private static boolean isProse(String line) {
    return !line.isEmpty() && !Character.isWhitespace(line.charAt(0));
  }
}
