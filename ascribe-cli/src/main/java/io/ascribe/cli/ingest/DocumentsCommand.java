package io.ascribe.cli.ingest;

import picocli.CommandLine.Command;

/** {@code ascribe documents}: what to do with ingested documents. */
@Command(
    name = "documents",
    header = "Manage ingested documents.",
    mixinStandardHelpOptions = true,
    description = {"Manage ingested documents.", "", "Examples:", "  ascribe documents delete 3f2a9c1b77e0"},
    subcommands = {DocumentsDeleteCommand.class})
public final class DocumentsCommand {}
