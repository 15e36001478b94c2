package io.ascribe.cli.extract;

import io.ascribe.extract.ExtractedDocument;
import io.ascribe.extract.claim.Claim;
import io.ascribe.extract.claim.learn.ClaimReader;
import io.ascribe.extract.indicator.Indicator;
import io.ascribe.extract.technique.TechniqueMention;
import io.ascribe.extract.text.MainText;
import io.ascribe.model.AttackReference;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The human-readable form of an extracted document. ATT&CK ids the text writes out are listed apart
 * from the indicators (where {@code --json} keeps them, as type {@code attack_id}), with what they
 * name.
 */
final class ExtractionPrinter {
  private final PrintWriter out;
  private final Function<List<String>, List<AttackReference>> attackNames;

  /**
   * A printer that names the ATT&CK ids a document cites.
   *
   * @param attackNames what ids name, once each in the order given
   */
  ExtractionPrinter(PrintWriter out, Function<List<String>, List<AttackReference>> attackNames) {
    this.out = out;
    this.attackNames = attackNames;
  }

  private static String orDash(String s) {
    return s == null ? "-" : s;
  }

  void print(ExtractedDocument d) {
    print(d, List.of());
  }

  /** Prints the document; {@code reasons}, when given, one per claim, follow each claim. */
  void print(ExtractedDocument d, List<ClaimReader.Explained> reasons) {
    out.println(d.source());
    out.printf("  title:     %s%n  published: %s   publisher: %s   language: %s%n", orDash(d.title()),
        orDash(d.published()), orDash(d.publisher()), d.language());
    if (d.mainText() == MainText.KEPT_ALL) {
      out.printf("  text:      %d characters, all kept (removing furniture would have left too little)%n", d.text().length());
    } else {
      out.printf("  text:      %d characters kept, %d of site furniture removed%n", d.text().length(), d.boilerplateCharsRemoved());
    }
    out.println("Claims (" + d.claims().size() + ")");
    for (int k = 0; k < d.claims().size(); k++) {
      Claim c = d.claims().get(k);
      out.printf("  %-19s %s (%s) -> %s (%s)  [%s, %s]%s%n", c.type().id(), c.claimant(), c.claimantCountry(),
          c.accused(), c.accusedCountry() == null ? "no state" : c.accusedCountry(), c.form().id(), c.date(),
          c.threatActor() == null ? "" : "  actor: " + c.threatActor());
      out.println("      \"" + c.evidence() + "\"");
      if (k < reasons.size()) {
        ClaimReader.Explained e = reasons.get(k);
        StringBuilder why = new StringBuilder();
        e.because().stream().limit(6).forEach(f -> why.append(String.format(Locale.ROOT, " %s %+.2f,", f.feature(), f.value())));
        out.printf(Locale.ROOT, "      p=%.2f because%s%n", e.probability(), why.length() == 0 ? "" : why.substring(0, why.length() - 1));
      }
    }
    out.println("Entities (" + d.entities().size() + ")");
    for (ExtractedDocument.Entity e : d.entities()) {
      out.printf("  %-9s %s%s%s%n", e.kind(), e.name() != null ? e.name() : e.code(),
          e.attackId() == null ? "" : " [" + e.attackId() + "]",
          e.role() == null ? "" : ", " + e.role() + (e.country() == null ? "" : " (" + e.country() + ")"));
    }
    out.println("Techniques (" + d.techniques().size() + ")");
    for (TechniqueMention t : d.techniques()) {
      out.printf("  %-10s %s (%.1f)%n", t.id(), t.name(), t.score());
    }
    List<AttackReference> cited = attackNames.apply(d.indicators().stream()
        .filter(i -> Indicator.ATTACK_ID.equals(i.type())).map(Indicator::value).toList());
    if (!cited.isEmpty()) {
      out.println("ATT&CK ids cited (" + cited.size() + ")");
      for (AttackReference r : cited) {
        out.printf("  %-10s %-10s %s%n", r.kind().label(), r.id(), r.name() == null ? "(not in the knowledge base)" : r.name());
      }
    }
    List<Indicator> indicators = d.indicators().stream().filter(i -> !Indicator.ATTACK_ID.equals(i.type())).toList();
    out.println("Indicators (" + indicators.size() + ")");
    for (Indicator i : indicators) {
      out.printf("  %-7s %s%s%s%n", i.type(), i.value(), i.defanged() ? " (defanged)" : "",
          i.suppressedBy() == null ? "" : "  [on warning list: " + i.suppressedBy() + "]");
    }
  }
}
