package io.ascribe.cli.lookup;

import io.ascribe.alias.EntityKind;
import io.ascribe.profile.Profiles;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code ascribe technique}: an ATT&CK technique, its hierarchy and who uses it. */
@Command(
    name = "technique",
    header = "Show an ATT&CK technique: tactics, sub-techniques, the actors and software using it.",
    mixinStandardHelpOptions = true,
    description = {
      "Show an ATT&CK technique or sub-technique by id or name: tactics, parent and sub-techniques, and "
          + "the actors and software that use it, with citation counts.",
      "",
      "Examples:",
      "  ascribe technique T1059.001",
      "  ascribe technique PowerShell --json"
    })
public final class TechniqueCommand extends LookupCommand<Profiles.Technique> {
  @Override
  EntityKind kind() {
    return EntityKind.TECHNIQUE;
  }

  @Override
  Class<Profiles.Technique> profileType() {
    return Profiles.Technique.class;
  }

  @Override
  void printText(PrintWriter out, Profiles.Technique t, boolean all) {
    out.printf("%s  %s%s%n", t.attackId(), t.name(),
        t.revoked() ? "  (revoked" + (t.revokedBy() == null ? "" : " by " + t.revokedBy()) + ")"
            : t.deprecated() ? "  (deprecated)" : "");
    out.println("  tactics:   " + String.join(", ", t.tactics()));
    out.println("  platforms: " + String.join(", ", t.platforms()));
    if (t.parent() != null) {
      out.println("  parent:    " + t.parent().attackId() + " " + t.parent().name());
    }
    for (Profiles.Usage s : t.subtechniques()) {
      out.println("  sub-technique: " + s.attackId() + " " + s.name());
    }
    out.println();
    ActorCommand.printUsages(out, "Used by actors", t.usedByActors(), all);
    ActorCommand.printUsages(out, "Used by software", t.usedBySoftware(), all);
  }
}
