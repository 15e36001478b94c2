package io.ascribe.cli.taxii;

import picocli.CommandLine.Command;

/** {@code ascribe taxii}: the TAXII 2.1 collections ({@code ascribe serve} publishes them at {@code /taxii2/}). */
@Command(
    name = "taxii",
    header = "Build the TAXII 2.1 collections that 'ascribe serve' publishes.",
    mixinStandardHelpOptions = true,
    description = {
      "The TAXII 2.1 collections that 'ascribe serve' publishes: one per TLP level, from the knowledge "
          + "base and the claims ledger. The server keeps them up to date itself; this builds them ahead of it.",
      "",
      "Example:",
      "  ascribe taxii refresh --home /tmp/h1"
    },
    subcommands = {TaxiiRefreshCommand.class})
public final class TaxiiCommand {}
