package io.ascribe.cli.kb;

import picocli.CommandLine.Command;

/** {@code ascribe kb}: the knowledge base (import, download, stats, reindex). */
@Command(
    name = "kb",
    mixinStandardHelpOptions = true,
    description = "Manage the knowledge base: MITRE ATT&CK, MISP galaxies and any STIX 2.x bundle.",
    subcommands = {
      KbImportCommand.class,
      KbDownloadCommand.class,
      KbStatsCommand.class,
      KbReindexCommand.class
    })
public final class KbCommand {}
