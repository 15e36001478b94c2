package io.ascribe.cli.incident;

import io.ascribe.cli.HomeOption;
import io.ascribe.cli.Json;
import io.ascribe.cli.JsonOption;
import io.ascribe.incident.Assessment;
import io.ascribe.incident.EvidenceItem;
import io.ascribe.incident.Incident;
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

/** {@code ascribe incident show}: the incident, its evidence with sources, and its latest assessment. */
@Command(name = "show",
    header = "Show an incident: evidence, documents, latest assessment, conclusion.",
    mixinStandardHelpOptions = true,
    description = {
      "Show an incident: evidence with where each item came from, documents, latest assessment, conclusion.",
      "",
      "Examples:",
      "  ascribe incident show INC-7KQ2M9XD",
      "  ascribe incident show INC-7KQ2M9XD --json"
    })
public final class IncidentShowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin HomeOption home;

  @Parameters(index = "0", paramLabel = "INCIDENT", description = "The incident (INC-7KQ2M9XD; an older INC-3, or 3).")
  String incident;

  @Mixin JsonOption json;

  /** What {@code --json} prints. */
  record View(Incident incident, List<Assessment> assessments) {}

  @Override
  public Integer call() throws Exception {
    Incident i;
    List<Assessment> assessments;
    try (Store store = home.open()) {
      IncidentStore incidents = new IncidentStore(store);
      i = incidents.find(incident, Tlp.RED).orElseThrow(() -> new NoSuchIncidentException(incident));
      assessments = incidents.assessments(i.id());
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json.requested()) {
      Json.print(out, new View(i, assessments));
      return 0;
    }
    out.printf("%s  %s  [%s]  version %d%n", i.id(), i.title(), i.tlp().label(), i.version());
    out.printf("created %s by %s; updated %s%n", i.createdAt(), i.createdBy(), i.updatedAt());
    if (i.summary() != null) {
      out.println(i.summary());
    }
    out.println();
    out.println("Evidence (" + i.evidence().size() + ")");
    for (EvidenceItem e : i.evidence()) {
      out.printf("  %-15s %-40s %s%n", e.kind().id(), e.value(), e.source());
    }
    if (!i.documents().isEmpty()) {
      out.println();
      out.println("Documents (" + i.documents().size() + ")");
      i.documents().forEach(d -> out.println("  " + d));
    }
    if (!assessments.isEmpty()) {
      Assessment last = assessments.get(assessments.size() - 1);
      out.println();
      out.printf("Latest assessment (#%d, %s by %s, knowledge base %s):%n", last.number(), last.at(), last.by(),
          last.kbFingerprint());
      last.result().hypotheses().stream().limit(3).forEach(h -> out.printf("  %-32s %5.1f%%  %s%n", h.actor(),
          100 * h.probability(), h.likelihood()));
      out.printf("  %-32s %5.1f%%%n", "unknown actor", 100 * last.result().unknownProbability());
    }
    if (i.conclusion() != null) {
      out.println();
      out.println("Conclusion: " + i.conclusion());
      if (i.conclusionNote() != null) {
        out.println("Note: " + i.conclusionNote());
      }
    }
    return 0;
  }
}
