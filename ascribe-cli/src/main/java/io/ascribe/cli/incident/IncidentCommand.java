package io.ascribe.cli.incident;

import picocli.CommandLine.Command;

/** {@code ascribe incident}: cases, from evidence to a dated, explained assessment. */
@Command(
    name = "incident",
    header = "Gather an incident's evidence, attribute it and record a conclusion.",
    mixinStandardHelpOptions = true,
    description = {
      "Incidents (cases): gather evidence item by item (typed in, or taken from ingested documents with "
          + "the document kept as the source), run attribution to store a dated assessment, see how the ranking "
          + "moved since the last run, and record a conclusion. Every change is in the audit log.",
      "",
      "Examples:",
      "  ascribe incident create --title \"Utility intrusion\" --tlp AMBER",
      "  ascribe incident add INC-7KQ2M9XD --technique T1059.001 --software PlugX --victim-country US",
      "  ascribe incident add INC-7KQ2M9XD --from-document 3f2a9c1e   # an ingested document's SHA-256 (prefix)",
      "  ascribe incident attribute INC-7KQ2M9XD",
      "  ascribe incident conclude INC-7KQ2M9XD --conclusion \"APT41, moderate confidence\" \\",
      "      --note \"pending malware analysis\"",
      "  ascribe incident show INC-7KQ2M9XD"
    },
    subcommands = {
      IncidentCreateCommand.class,
      IncidentAddCommand.class,
      IncidentRemoveCommand.class,
      IncidentShowCommand.class,
      IncidentAttributeCommand.class,
      IncidentConcludeCommand.class,
      IncidentListCommand.class,
      IncidentLogCommand.class
    })
public final class IncidentCommand {}
