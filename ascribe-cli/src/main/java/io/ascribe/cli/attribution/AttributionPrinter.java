package io.ascribe.cli.attribution;

import io.ascribe.attribution.Attribution;
import java.io.PrintWriter;

/** The human-readable form of an attribution: a compact table, then the top hypothesis explained. */
public final class AttributionPrinter {
  private final PrintWriter out;

  public AttributionPrinter(PrintWriter out) {
    this.out = out;
  }

  public void print(Attribution a) {
    if (a.id() != null) {
      out.println("Case " + a.id());
    }
    out.printf("%-4s %-32s %-7s %6s  %-20s %s%n", "rank", "actor", "ATT&CK", "prob", "likelihood", "STIX conf.");
    int rank = 1;
    for (Attribution.Hypothesis h : a.hypotheses()) {
      out.printf("%-4d %-32s %-7s %5.1f%%  %-20s %d%n", rank++, clip(h.actor(), 32), h.attackId() == null ? "-" : h.attackId(),
          100 * h.probability(), h.likelihood(), h.stixConfidence());
    }
    out.printf("%-4s %-32s %-7s %5.1f%%  (an actor not listed, or not in the knowledge base)%n", "-", "unknown actor", "",
        100 * a.unknownProbability());
    if (!a.hypotheses().isEmpty()) {
      Attribution.Hypothesis h = a.hypotheses().get(0);
      out.println();
      out.println("Why " + h.actor() + ":");
      for (Attribution.EvidenceNote n : h.evidence()) {
        out.printf("  + %-15s %-40s %+6.2f  %s (forgeability %s)%n", n.kind(), clip(n.value(), 40), n.weight(), n.note(), n.forgeability());
      }
      for (Attribution.EvidenceNote n : h.inconsistent()) {
        out.printf("  - %-15s %-40s %+6.2f  %s (forgeability %s)%n", n.kind(), clip(n.value(), 40), n.weight(), n.note(), n.forgeability());
      }
    }
    Attribution.FalseFlagSensitivity f = a.falseFlagSensitivity();
    if (!f.without().isEmpty()) {
      out.printf("%nFalse-flag check: without %s the top hypothesis is %s (its probability moves by %.1f points).%n",
          String.join(", ", f.without()), f.topActor(), 100 * f.probabilityShift());
    }
    if (!a.unresolved().isEmpty()) {
      out.println();
      out.println("Unresolved (not in the knowledge base): " + String.join(", ", a.unresolved()));
    }
    for (String note : a.notes()) {
      out.println("Note: " + note);
    }
  }

  private static String clip(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }
}
