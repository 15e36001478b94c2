package io.ascribe.cli.incident;

import io.ascribe.cli.Actor;
import io.ascribe.cli.HomeOption;
import io.ascribe.incident.Incident;
import io.ascribe.incident.ItemKind;
import io.ascribe.store.Store;
import io.ascribe.store.incident.IncidentStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ascribe incident remove}: takes one evidence item out (the audit log keeps that it was there). */
@Command(name = "remove",
    header = "Remove one evidence item from an incident.",
    mixinStandardHelpOptions = true,
    description = {
      "Remove one evidence item, e.g. `ascribe incident remove INC-7KQ2M9XD language zh`.",
      "",
      "Examples:",
      "  ascribe incident remove INC-7KQ2M9XD language zh",
      "  ascribe incident remove INC-7KQ2M9XD technique T1059.001"
    })
public final class IncidentRemoveCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin HomeOption home;

  @Mixin IncidentRef incident;

  @Parameters(index = "1", paramLabel = "KIND", description = "technique, software, indicator, victim_country, ...")
  String kind;

  @Parameters(index = "2", paramLabel = "VALUE", description = "The value as `incident show` lists it.")
  String value;

  @Override
  public Integer call() throws Exception {
    Incident result;
    try (Store store = home.open()) {
      result = new IncidentStore(store).removeEvidence(incident.id, incident.expectVersion, ItemKind.of(kind), value,
          Actor.current());
    }
    spec.commandLine().getOut().printf("%s: %d evidence items (version %d)%n", result.id(), result.evidence().size(),
        result.version());
    return 0;
  }
}
