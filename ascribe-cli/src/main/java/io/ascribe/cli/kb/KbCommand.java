package io.ascribe.cli.kb;

import picocli.CommandLine.Command;

/** {@code ascribe kb}: the knowledge base (import, download, stats, reindex). */
@Command(
    name = "kb",
    header = "Manage the knowledge base: MITRE ATT&CK, MISP galaxies and any STIX 2.x bundle.",
    mixinStandardHelpOptions = true,
    description = {
      "Manage the knowledge base: MITRE ATT&CK, MISP galaxies and any STIX 2.x bundle.",
      "",
      "Examples:",
      "  ascribe kb download",
      "  ascribe kb import ~/.ascribe/downloads",
      "  ascribe kb stats"
    },
    subcommands = {
      KbImportCommand.class,
      KbDownloadCommand.class,
      KbStatsCommand.class,
      KbReindexCommand.class
    })
public final class KbCommand {}
