package io.ascribe.cli.lookup;

import io.ascribe.alias.EntityKind;
import io.ascribe.profile.Profiles;
import java.io.PrintWriter;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;

/** {@code ascribe software}: a piece of malware or a tool, its aliases and who uses it. */
@Command(
    name = "software",
    header = "Show malware or a tool: aliases, the actors using it and its techniques.",
    mixinStandardHelpOptions = true,
    description = {
      "Show malware or a tool by name, alias or ATT&CK id: aliases with sources, the actors that use it "
          + "and the techniques it implements.",
      "",
      "Examples:",
      "  ascribe software \"Cobalt Strike\"",
      "  ascribe software S0154 --json"
    })
public final class SoftwareCommand extends LookupCommand<Profiles.Software> {
  @Override
  EntityKind kind() {
    return EntityKind.SOFTWARE;
  }

  @Override
  Class<Profiles.Software> profileType() {
    return Profiles.Software.class;
  }

  @Override
  void printText(PrintWriter out, Profiles.Software s, boolean all) {
    out.printf("%s%s  (%s)%s%n", s.name(), s.attackId() == null ? "" : "  [" + s.attackId() + "]",
        s.type(), s.deprecated() ? "  (revoked or deprecated)" : "");
    out.println("  Linked from: " + s.members().stream().map(m -> m.source() + " '" + m.name() + "'")
        .distinct().collect(Collectors.joining("; ")));
    if (!s.platforms().isEmpty()) {
      out.println("  platforms: " + String.join(", ", s.platforms()));
    }
    out.println();
    out.println("Aliases (" + s.aliases().size() + ")");
    for (Profiles.Alias a : top(s.aliases(), 20, all)) {
      out.printf("  %-28s %s%n", a.name(), ActorCommand.describeSources(a.sources()));
    }
    out.println();
    ActorCommand.printUsages(out, "Used by actors", s.usedByActors(), all);
    ActorCommand.printUsages(out, "Techniques", s.techniques(), all);
  }
}
