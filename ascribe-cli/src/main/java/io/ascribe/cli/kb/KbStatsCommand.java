package io.ascribe.cli.kb;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ascribe.cli.HomeOption;
import io.ascribe.cli.Json;
import io.ascribe.cli.JsonOption;
import io.ascribe.store.Store;
import io.ascribe.store.kb.KbStats;
import io.ascribe.store.kb.KnowledgeBase;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ascribe kb stats}: what the knowledge base holds. */
@Command(
    name = "stats",
    header = "Count what the knowledge base holds.",
    mixinStandardHelpOptions = true,
    description = {
      "Count what the knowledge base holds: objects by type (live and revoked or deprecated), "
          + "canonical actors after alias linking, and ambiguous aliases.",
      "",
      "Examples:",
      "  ascribe kb stats",
      "  ascribe kb stats --json --home /tmp/ascribe-home"
    })
public final class KbStatsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin HomeOption home;

  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    KbStats s;
    try (Store store = home.open()) {
      s = new KnowledgeBase(store).stats();
    }
    ObjectNode o = Json.object();
    o.set("intrusion_sets", liveRetired(s, "intrusion-set"));
    o.set("attack_patterns", liveRetired(s, "attack-pattern"));
    o.put("campaigns", s.total("campaign"));
    o.put("relationships", s.total("relationship"));
    o.put("malware", s.total("malware"));
    o.put("tools", s.total("tool"));
    ObjectNode misp = o.putObject("misp_clusters");
    ObjectNode types = o.putObject("objects_by_type");
    for (Map.Entry<String, long[]> e : s.objectsByType().entrySet()) {
      if (e.getKey().startsWith("misp:")) {
        misp.put(e.getKey().substring(5), e.getValue()[0] + e.getValue()[1]);
      } else {
        types.put(e.getKey(), e.getValue()[0] + e.getValue()[1]);
      }
    }
    o.put("canonical_actors", s.entities().getOrDefault("actor", 0L));
    o.put("ambiguous_aliases", s.ambiguousActorNames());
    o.put("canonical_software", s.entities().getOrDefault("software", 0L));
    o.put("techniques", s.entities().getOrDefault("technique", 0L));
    o.put("sources", s.sources());
    o.put("historic_versions", s.historicVersions());
    PrintWriter out = spec.commandLine().getOut();
    if (json.requested()) {
      Json.print(out, o);
      return 0;
    }
    out.printf("Intrusion sets:   %d live, %d revoked or deprecated%n", s.live("intrusion-set"), s.retired("intrusion-set"));
    out.printf("Attack patterns:  %d live, %d revoked or deprecated%n", s.live("attack-pattern"), s.retired("attack-pattern"));
    out.printf("Campaigns:        %d%n", s.total("campaign"));
    out.printf("Relationships:    %d%n", s.total("relationship"));
    out.printf("Malware / tools:  %d / %d%n", s.total("malware"), s.total("tool"));
    misp.fields().forEachRemaining(f -> out.printf("MISP %-22s %d clusters%n", f.getKey() + ":", f.getValue().asLong()));
    out.printf("Canonical actors: %d (%d ambiguous aliases)%n", s.entities().getOrDefault("actor", 0L), s.ambiguousActorNames());
    out.printf("Canonical software: %d%n", s.entities().getOrDefault("software", 0L));
    out.printf("Sources imported: %d; previous object versions kept: %d%n", s.sources(), s.historicVersions());
    return 0;
  }

  private static ObjectNode liveRetired(KbStats s, String type) {
    ObjectNode n = Json.object();
    n.put("live", s.live(type));
    n.put("revoked_or_deprecated", s.retired(type));
    return n;
  }
}
