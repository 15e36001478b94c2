package io.ascribe.cli.incident;

import io.ascribe.cli.HomeOption;
import io.ascribe.cli.Json;
import io.ascribe.cli.JsonOption;
import io.ascribe.incident.AuditEntry;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.incident.IncidentStore;
import io.ascribe.store.incident.NoSuchIncidentException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ascribe incident log}: the audit trail of one incident. */
@Command(name = "log",
    header = "Show who changed the incident, what and when.",
    mixinStandardHelpOptions = true,
    description = {
      "Show who changed the incident, what and when.",
      "",
      "Example:",
      "  ascribe incident log INC-7KQ2M9XD"
    })
public final class IncidentLogCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin HomeOption home;

  @Parameters(index = "0", paramLabel = "INCIDENT", description = "The incident (INC-7KQ2M9XD; an older INC-3, or 3).")
  String incident;

  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    List<AuditEntry> entries;
    try (Store store = home.open()) {
      IncidentStore incidents = new IncidentStore(store);
      String id = incidents.find(incident, Tlp.RED)
          .orElseThrow(() -> new NoSuchIncidentException(incident)).id();
      entries = incidents.log(id);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json.requested()) {
      Json.print(out, entries);
      return 0;
    }
    for (AuditEntry e : entries) {
      out.printf("%s  %-22s %-26s %s%n", e.at().toString().substring(0, 19).replace('T', ' '), e.actor(), e.action(),
          e.detail());
    }
    return 0;
  }
}
