package io.ascribe.cli.incident;

import io.ascribe.cli.HomeOption;
import io.ascribe.cli.Json;
import io.ascribe.cli.JsonOption;
import io.ascribe.incident.Incident;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.incident.IncidentStore;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ascribe incident list}. */
@Command(name = "list",
    header = "List incidents, newest first.",
    mixinStandardHelpOptions = true,
    description = {
      "List incidents, newest first.",
      "",
      "Examples:",
      "  ascribe incident list",
      "  ascribe incident list --json"
    })
public final class IncidentListCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin HomeOption home;

  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    List<Incident> incidents;
    try (Store store = home.open()) {
      incidents = new IncidentStore(store).list(Tlp.RED);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json.requested()) {
      Json.print(out, incidents);
      return 0;
    }
    if (incidents.isEmpty()) {
      out.println("No incidents yet; create one with: ascribe incident create --title \"...\"");
      return 0;
    }
    out.printf("%-8s %-18s %-9s %-20s %s%n", "id", "tlp", "evidence", "updated", "title");
    for (Incident i : incidents) {
      out.printf("%-8s %-18s %-9d %-20s %s%n", i.id(), i.tlp().label(), i.evidence().size(),
          i.updatedAt().toString().substring(0, 19).replace('T', ' '), i.title());
    }
    return 0;
  }
}
