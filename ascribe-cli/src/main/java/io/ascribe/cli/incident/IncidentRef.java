package io.ascribe.cli.incident;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The incident a command works on, and the version an edit is based on. */
final class IncidentRef {
  @Parameters(index = "0", paramLabel = "INCIDENT", description = "The incident (INC-7KQ2M9XD; an older INC-3, or 3).")
  String id;

  @Option(names = "--expect-version", paramLabel = "N",
      description = "Fail instead of writing when the incident is no longer at version N (someone else changed it).")
  Long expectVersion;
}
