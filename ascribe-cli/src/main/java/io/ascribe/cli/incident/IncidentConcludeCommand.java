package io.ascribe.cli.incident;

import io.ascribe.cli.Actor;
import io.ascribe.cli.HomeOption;
import io.ascribe.incident.Incident;
import io.ascribe.store.Store;
import io.ascribe.store.incident.IncidentStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ascribe incident conclude}: the analyst's conclusion and note. */
@Command(name = "conclude",
    header = "Record the analyst's conclusion and a note.",
    mixinStandardHelpOptions = true,
    description = {
      "Record the analyst's conclusion (and a note); the previous one stays in the audit log.",
      "",
      "Example:",
      "  ascribe incident conclude INC-7KQ2M9XD --conclusion \"APT41, moderate confidence\" \\",
      "      --note \"pending malware analysis\""
    })
public final class IncidentConcludeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin HomeOption home;

  @Mixin IncidentRef incident;

  @Option(names = "--conclusion", required = true, description = "The conclusion, e.g. \"APT41, moderate confidence\".")
  String conclusion;

  @Option(names = "--note", description = "Why, or what is still missing.")
  String note;

  @Override
  public Integer call() throws Exception {
    Incident result;
    try (Store store = home.open()) {
      result = new IncidentStore(store).conclude(incident.id, incident.expectVersion, conclusion, note, Actor.current());
    }
    spec.commandLine().getOut().printf("%s: concluded (version %d)%n", result.id(), result.version());
    return 0;
  }
}
