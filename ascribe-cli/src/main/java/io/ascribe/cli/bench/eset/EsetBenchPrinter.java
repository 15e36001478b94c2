package io.ascribe.cli.bench.eset;

import io.ascribe.attribution.AttributionBenchmark;
import io.ascribe.attribution.Reliability;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Prints an {@link EsetBenchmark.Report} as tables for people. */
public final class EsetBenchPrinter {
  private EsetBenchPrinter() {}

  /** The folder mapping, the arms' accuracy and calibration, and the infrastructure recurrence. */
  public static void print(PrintWriter out, EsetBenchmark.Report r, int cores) {
    long mapped = r.folders().stream().filter(FolderMapper.Mapping::mapped).count();
    out.printf("ESET leave-one-publication-out: %d publications read, %d in %d mapped folders (of %d), "
            + "%d cases over %d actors with >= 2, %d candidate actors, %d cores, %.1f s%n%n",
        r.publications(), r.mappedPublications(), mapped, r.folders().size(), r.cases().size(), r.actors(),
        r.candidates(), cores, r.seconds());
    out.println("folders mapped to knowledge-base actors:");
    for (FolderMapper.Mapping m : r.folders()) {
      if (m.mapped()) {
        out.printf("  %-24s -> %-24s (%s)%n", m.folder(), m.actorName(), m.via());
      }
    }
    out.println("folders not mapped:");
    for (FolderMapper.Mapping m : r.folders()) {
      if (!m.mapped()) {
        out.printf("  %-24s %s%n", m.folder(), m.reason());
      }
    }
    out.println();
    out.printf("%-34s %6s %6s %6s %6s %8s %15s %11s %10s%n", "evidence", "cases", "top1", "top5", "MRR", "ECE",
        "ECE 95% boot.", "ECE floor", "unk.first");
    for (EsetBenchmark.ArmResult a : r.arms()) {
      AttributionBenchmark.Metrics m = a.metrics();
      out.printf("%-34s %6d %6.3f %6.3f %6.3f %8.3f %15s %11.3f %10.3f%n", a.label(), m.cases(), m.top1(), m.top5(),
          m.mrr(), m.ece(), String.format("%.3f-%.3f", a.reliability().eceLow(), a.reliability().eceHigh()),
          a.reliability().floor(), m.unknownFirst());
    }
    out.println("(ECE floor: the median ECE a perfectly calibrated engine would show at the same confidences)");
    out.println();
    for (EsetBenchmark.ArmResult a : r.arms()) {
      if (a.arm() == Arm.BEHAVIOUR || a.arm() == Arm.ALL) {
        reliability(out, a);
      }
    }
    out.println("infrastructure recurrence: publications sharing >= 1 indicator with another publication of the "
        + "same actor / of another actor");
    List<String> types = new ArrayList<>(InfrastructureRecurrence.TYPES);
    types.add("any");
    out.printf("%-26s %5s", "actor", "pubs");
    for (String t : types) {
      out.printf(" %11s", t);
    }
    out.println();
    for (InfrastructureRecurrence.Row row : r.recurrence()) {
      out.printf("%-26s %5d", row.actor(), row.publications());
      for (String t : types) {
        out.printf(" %11s", row.sameActor().get(t) + " / " + row.otherActor().get(t));
      }
      out.println();
    }
  }

  /** The arm's reliability table: per confidence bin, cases, mean confidence and accuracy of the top hypothesis. */
  static void reliability(PrintWriter out, EsetBenchmark.ArmResult a) {
    out.printf("reliability of the top hypothesis, %s:%n", a.label());
    out.printf("  %-9s %6s %11s %9s %8s%n", "bin", "cases", "confidence", "accuracy", "gap");
    for (Reliability.Bin b : a.reliability().bins()) {
      if (b.cases() > 0) {
        out.printf("  %.1f-%.1f %6d %11.3f %9.3f %+8.3f%n", b.from(), b.to(), b.cases(), b.confidence(), b.accuracy(),
            b.accuracy() - b.confidence());
      }
    }
    out.println();
  }
}
