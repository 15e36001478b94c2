package io.ascribe.cli.model;

import picocli.CommandLine.Command;

/** {@code ascribe model}: the trained models of the Ascribe home. */
@Command(
    name = "model",
    header = "Train and inspect the technique classifier (ATT&CK techniques described in prose).",
    mixinStandardHelpOptions = true,
    description = {
      "Train and inspect the technique classifier that finds ATT&CK techniques described in prose. It is "
          + "trained here, from your own data, and kept under <home>/models/; extraction trains one from the "
          + "knowledge base on first use when none exists.",
      "",
      "Examples:",
      "  ascribe model train",
      "  ascribe model info"
    },
    subcommands = {ModelTrainCommand.class, ModelInfoCommand.class})
public final class ModelCommand {}
