package io.ascribe.cli.incident;

import io.ascribe.cli.Actor;
import io.ascribe.cli.HomeOption;
import io.ascribe.cli.Json;
import io.ascribe.cli.JsonOption;
import io.ascribe.cli.TopOption;
import io.ascribe.cli.attribution.AttributionPrinter;
import io.ascribe.incident.Assessment;
import io.ascribe.incident.Incident;
import io.ascribe.incident.RankingChange;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.attribution.TrainedAttributor;
import io.ascribe.store.incident.IncidentAttribution;
import io.ascribe.store.incident.IncidentStore;
import io.ascribe.store.incident.NoSuchIncidentException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ascribe incident attribute}: runs attribution on the incident's evidence and stores the assessment. */
@Command(name = "attribute",
    header = "Rank actors for the incident's evidence and store the result as an assessment.",
    mixinStandardHelpOptions = true,
    description = {
      "Rank candidate actors for the incident's evidence (as `ascribe attribute` does), store the result "
          + "as a dated assessment with the knowledge-base version, and show how the ranking moved since the "
          + "previous assessment.",
      "",
      "Examples:",
      "  ascribe incident attribute INC-7KQ2M9XD",
      "  ascribe incident attribute INC-7KQ2M9XD --top 10 --json"
    })
public final class IncidentAttributeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin HomeOption home;

  @Parameters(index = "0", paramLabel = "INCIDENT", description = "The incident (INC-7KQ2M9XD; an older INC-3, or 3).")
  String incident;

  @Mixin TopOption top;

  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    top.check();
    IncidentAttribution.Result run;
    try (Store store = home.open()) {
      Incident i = new IncidentStore(store).find(incident, Tlp.RED)
          .orElseThrow(() -> new NoSuchIncidentException(incident));
      if (i.evidence().isEmpty()) {
        throw new IllegalArgumentException(i.id() + " has no evidence yet; add some with: ascribe incident add " + i.id()
            + " --technique ... (or --from-document SHA256)");
      }
      run = new IncidentAttribution(store).run(i, TrainedAttributor.load(store, i.tlp()), top.count(), Actor.current());
    }
    Assessment assessment = run.assessment();
    RankingChange change = run.change();
    PrintWriter out = spec.commandLine().getOut();
    if (json.requested()) {
      Json.print(out, run);
      return 0;
    }
    out.printf("Assessment #%d of %s (%d evidence items, knowledge base %s)%n%n", assessment.number(),
        assessment.incidentId(), assessment.evidenceItems(), assessment.kbFingerprint());
    new AttributionPrinter(out).print(assessment.result());
    if (change != null) {
      out.printf("%nSince assessment #%d:%n", change.fromAssessment());
      for (RankingChange.Move m : change.moves()) {
        out.printf("  %-32s %-7s -> %-7s %+6.1f points%n", m.actor(), rank(m.rankBefore()), rank(m.rankAfter()),
            100 * m.delta());
      }
      out.printf("  %-32s %+6.1f points%n", "unknown actor", 100 * (change.unknownAfter() - change.unknownBefore()));
    }
    return 0;
  }

  private static String rank(Integer r) {
    return r == null ? "-" : "#" + r;
  }
}
