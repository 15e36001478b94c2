package io.ascribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.cli.bench.DurationOption;
import io.ascribe.cli.bench.LoadOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The options many commands share ({@code --json}, {@code --data}, {@code --top},
 * {@code --max-bytes}, the bench load options) come from one mixin each: every command still
 * parses them, help still shows their defaults, and each has one description everywhere.
 */
class CommonOptionsTest {

  @Test
  void json_everyCommandOffersIt_fromTheOneMixin() {
    List<CommandSpec> withJson = new ArrayList<>();
    collect(AscribeCommand.commandLine(), withJson);
    withJson.removeIf(c -> c.findOption("--json") == null);

    assertThat(withJson).hasSizeGreaterThanOrEqualTo(27);
    assertThat(withJson).allSatisfy(c -> {
      assertThat(c.mixins().get("json")).as(c.qualifiedName()).isNotNull();
      assertThat(c.mixins().get("json").userObject()).as(c.qualifiedName()).isInstanceOf(JsonOption.class);
    });
    assertThat(withJson.stream().map(c -> Arrays.asList(c.findOption("--json").description())).distinct())
        .hasSize(1);
  }

  @Test
  void json_givenOrNot_isWhatTheCommandSees() {
    for (String[] args : List.of(
        new String[] {"kb", "stats"}, new String[] {"kb", "import", "a.json"}, new String[] {"attribute", "case.json"},
        new String[] {"incident", "list"}, new String[] {"extract", "a.txt"}, new String[] {"ingest", "a.txt"},
        new String[] {"token", "create", "--role", "viewer"}, new String[] {"token", "list"},
        new String[] {"bench", "server"}, new String[] {"bench", "claims"}, new String[] {"model", "info"})) {
      assertThat(mixin(args, "json", JsonOption.class).requested()).as(String.join(" ", args)).isFalse();
      assertThat(mixin(append(args, "--json"), "json", JsonOption.class).requested()).as(String.join(" ", args)).isTrue();
    }
  }

  @Test
  void data_everyBenchThatReadsSharedData_parsesItAndDefaultsToSharedData() {
    for (String bench : List.of("kb", "extract", "ingest", "techniques", "taxii")) {
      assertThat(mixin(new String[] {"bench", bench}, "data", DataOption.class).path())
          .as(bench).isEqualTo(Path.of("../shared/data"));
      assertThat(mixin(new String[] {"bench", bench, "--data", "/elsewhere"}, "data", DataOption.class).path())
          .as(bench).isEqualTo(Path.of("/elsewhere"));
    }
  }

  @Test
  void seconds_eachBenchKeepsItsOwnDefault_andHelpShowsIt() {
    assertThat(mixin(new String[] {"bench", "server"}, "duration", DurationOption.class).seconds()).isEqualTo(30);
    assertThat(mixin(new String[] {"bench", "extract"}, "duration", DurationOption.class).seconds()).isEqualTo(20);
    assertThat(mixin(new String[] {"bench", "extract", "--seconds", "3"}, "duration", DurationOption.class).seconds())
        .isEqualTo(3);

    assertThat(help("bench", "server")).contains("--seconds=N", "(default: 30)", "--rate=N", "(default: 300)",
        "--warmup=SECONDS", "(default: 10)", "--json");
    assertThat(help("bench", "extract")).contains("--seconds=N", "(default: 20)", "--data=DIR",
        "(default: ../shared/data)");
  }

  @Test
  void seconds_defaultComesBack_whenTheSameCommandLineRunsAgain() {
    CommandLine cl = AscribeCommand.commandLine();
    cl.parseArgs("bench", "server", "--seconds", "5");
    ParseResult again = cl.parseArgs("bench", "server");
    DurationOption duration = (DurationOption) leaf(again).mixins().get("duration").userObject();
    assertThat(duration.seconds()).isEqualTo(30);
  }

  @Test
  void loadOptions_parsed_andCheckedWithPreciseMessages() {
    LoadOptions load = mixin(new String[] {"bench", "server", "--rate", "50", "--warmup", "0"}, "load", LoadOptions.class);
    assertThat(load.rate()).isEqualTo(50);
    assertThat(load.warmup()).isZero();

    CliRun rate = CliRun.run("bench", "server", "--rate", "0");
    assertThat(rate.exitCode()).isEqualTo(1);
    assertThat(rate.err()).contains("error: --rate must be at least 1, got 0");
    CliRun warmup = CliRun.run("bench", "server", "--warmup", "-1");
    assertThat(warmup.err()).contains("error: --warmup must not be negative, got -1");
    CliRun seconds = CliRun.run("bench", "extract", "--seconds", "0");
    assertThat(seconds.exitCode()).isEqualTo(1);
    assertThat(seconds.err()).contains("error: --seconds must be at least 1, got 0");
  }

  @Test
  void topAndMaxBytes_parsedByEveryCommandThatHasThem() {
    assertThat(mixin(new String[] {"attribute", "case.json"}, "top", TopOption.class).count()).isEqualTo(5);
    assertThat(mixin(new String[] {"attribute", "case.json", "--top", "3"}, "top", TopOption.class).count()).isEqualTo(3);
    assertThat(mixin(new String[] {"incident", "attribute", "INC-1", "--top", "2"}, "top", TopOption.class).count())
        .isEqualTo(2);
    CliRun top = CliRun.run("incident", "attribute", "INC-1", "--top", "0");
    assertThat(top.exitCode()).isEqualTo(1);
    assertThat(top.err()).contains("error: --top must be at least 1, got 0");

    for (String command : List.of("extract", "ingest")) {
      assertThat(mixin(new String[] {command, "a.txt"}, "maxBytes", MaxBytesOption.class).bytes())
          .as(command).isEqualTo(52_428_800L);
      assertThat(mixin(new String[] {command, "a.txt", "--max-bytes", "1000"}, "maxBytes", MaxBytesOption.class).bytes())
          .as(command).isEqualTo(1000L);
      assertThat(help(command)).contains("--max-bytes=N", "(default: 52428800)");
    }
  }

  private static <T> T mixin(String[] args, String name, Class<T> type) {
    ParseResult parsed = AscribeCommand.commandLine().parseArgs(args);
    CommandSpec leaf = leaf(parsed);
    assertThat(leaf.mixins()).as(String.join(" ", args)).containsKey(name);
    return type.cast(leaf.mixins().get(name).userObject());
  }

  private static CommandSpec leaf(ParseResult parsed) {
    ParseResult p = parsed;
    while (p.hasSubcommand()) {
      p = p.subcommand();
    }
    return p.commandSpec();
  }

  private static String help(String... command) {
    CommandLine cl = AscribeCommand.commandLine();
    for (String name : command) {
      cl = cl.getSubcommands().get(name);
    }
    StringWriter out = new StringWriter();
    cl.usage(new PrintWriter(out), CommandLine.Help.Ansi.OFF);
    return out.toString();
  }

  private static String[] append(String[] args, String more) {
    String[] out = Arrays.copyOf(args, args.length + 1);
    out[args.length] = more;
    return out;
  }

  private static void collect(CommandLine command, List<CommandSpec> out) {
    out.add(command.getCommandSpec());
    command.getSubcommands().values().stream().distinct().forEach(sub -> collect(sub, out));
  }

  /** The benches that read the shared data folder describe {@code --data} alike (bench claims reads a labelled set). */
  @Test
  void data_oneDescriptionEverywhere() {
    List<CommandSpec> all = new ArrayList<>();
    collect(AscribeCommand.commandLine(), all);
    List<OptionSpec> data = all.stream().map(c -> c.findOption("--data")).filter(o -> o != null)
        .filter(o -> "../shared/data".equals(o.defaultValue()))
        .toList();
    assertThat(data).hasSizeGreaterThanOrEqualTo(5);
    assertThat(data.stream().map(o -> Arrays.asList(o.description())).distinct()).hasSize(1);
  }
}
