package io.ascribe.cli.bench;

import picocli.CommandLine.Command;

/** {@code ascribe bench}: whole-program benchmarks whose figures go into BENCHMARKS.md. */
@Command(
    name = "bench",
    header = "Run whole-program benchmarks.",
    mixinStandardHelpOptions = true,
    description = {
      "Whole-program benchmarks. Record their output in BENCHMARKS.md with the machine.",
      "",
      "Examples:",
      "  ascribe bench kb",
      "  ascribe bench extract --seconds 20",
      "  ascribe bench server --rate 300 --seconds 30"
    },
    subcommands = {BenchKbCommand.class, BenchAttributionCommand.class, BenchExtractCommand.class,
        BenchIngestCommand.class, BenchTechniquesCommand.class, BenchServerCommand.class, BenchTaxiiCommand.class, BenchAbuseCommand.class,
        BenchClaimsCommand.class, BenchCorpusCommand.class})
public final class BenchCommand {}
