package io.ascribe.cli.incident;

import io.ascribe.cli.Actor;
import io.ascribe.cli.HomeOption;
import io.ascribe.cli.Json;
import io.ascribe.cli.JsonOption;
import io.ascribe.cli.TlpConverter;
import io.ascribe.incident.Incident;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.incident.IncidentStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ascribe incident create}. */
@Command(name = "create",
    header = "Create an incident and print its id.",
    mixinStandardHelpOptions = true,
    description = {
      "Create an incident; prints its id (INC- and eight random characters, e.g. INC-7KQ2M9XD).",
      "",
      "Examples:",
      "  ascribe incident create --title \"Utility intrusion\" --tlp AMBER",
      "  ascribe incident create --title \"Phishing wave\" --summary \"Lures sent to finance staff.\" --json"
    })
public final class IncidentCreateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin HomeOption home;

  @Option(names = "--title", required = true, description = "A short title.")
  String title;

  @Option(names = "--summary", description = "What happened, in a few sentences.")
  String summary;

  @Option(names = "--tlp", paramLabel = "LEVEL", defaultValue = "AMBER", converter = TlpConverter.class,
      description = "TLP marking: CLEAR, GREEN, AMBER, AMBER+STRICT or RED (default: ${DEFAULT-VALUE}).")
  Tlp tlp;

  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    Incident incident;
    try (Store store = home.open()) {
      incident = new IncidentStore(store).create(title, summary, tlp, Actor.current());
    }
    if (json.requested()) {
      Json.print(spec.commandLine().getOut(), incident);
    } else {
      spec.commandLine().getOut().println(incident.id());
    }
    return 0;
  }
}
