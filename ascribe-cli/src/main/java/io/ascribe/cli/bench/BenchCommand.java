package io.ascribe.cli.bench;

import picocli.CommandLine.Command;

/** {@code ascribe bench}: whole-program benchmarks whose figures go into BENCHMARKS.md. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Whole-program benchmarks. Record their output in BENCHMARKS.md with the machine.",
    subcommands = {BenchKbCommand.class, BenchAttributionCommand.class, BenchExtractCommand.class,
        BenchIngestCommand.class, BenchTechniquesCommand.class, BenchServerCommand.class, BenchTaxiiCommand.class, BenchAbuseCommand.class,
        BenchClaimsCommand.class, BenchCorpusCommand.class})
public final class BenchCommand {}
