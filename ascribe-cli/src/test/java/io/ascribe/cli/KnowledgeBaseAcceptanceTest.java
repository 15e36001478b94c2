package io.ascribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ascribe.alias.EntityKind;
import io.ascribe.store.Store;
import io.ascribe.store.kb.KnowledgeBase;
import io.ascribe.testkit.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The foundation issue's acceptance checks, run through the real command line against ATT&CK 18.1
 * and the MISP clusters in {@code ../shared/data} (skipped, with a message, when that is absent).
 */
class KnowledgeBaseAcceptanceTest {

  private static CliRun ascribe(String... args) {
    return ImportedKnowledgeBase.ascribe(args);
  }

  private static JsonNode actor(String name) {
    CliRun run = ascribe("actor", name, "--json");
    assertThat(run.exitCode()).as("actor %s: %s", name, run.err()).isZero();
    return run.json().path("actor");
  }

  private static JsonNode alias(JsonNode actor, String name) {
    for (JsonNode a : actor.path("aliases")) {
      if (a.path("name").asText().equalsIgnoreCase(name)) {
        return a;
      }
    }
    throw new AssertionError("no alias " + name + " in " + actor.path("aliases"));
  }

  @Test
  void actor_vanguardPandaAndStorm0391_resolveToVoltTyphoon() {
    for (String q : List.of("Vanguard Panda", "Storm-0391")) {
      JsonNode a = actor(q);
      assertThat(a.path("name").asText()).isEqualTo("Volt Typhoon");
      assertThat(a.path("attack_id").asText()).isEqualTo("G1017");
    }
  }

  @Test
  void actor_voltTyphoon_aliasesCarryTheirSources() {
    JsonNode a = actor("Volt Typhoon");
    for (String name : List.of("BRONZE SILHOUETTE", "Insidious Taurus", "VOLTZITE", "DEV-0391", "Storm-0391")) {
      JsonNode sources = alias(a, name).path("sources");
      assertThat(sources.size()).as(name).isPositive();
      assertThat(sources.get(0).path("source").asText()).isNotBlank();
      assertThat(sources.get(0).path("file").asText()).isNotBlank();
    }
    JsonNode storm = alias(a, "Storm-0391").path("sources").get(0);
    assertThat(storm.path("source").asText()).isEqualTo("MISP galaxy threat-actor");
    assertThat(storm.path("vendor").asText()).isEqualTo("Microsoft");
  }

  @Test
  void actor_voltTyphoon_hasCnSponsorClaimFromMisp() {
    JsonNode claims = actor("G1017").path("sponsor_claims");
    boolean found = false;
    for (JsonNode c : claims) {
      found |= c.path("country").asText().equals("CN") && c.path("claimant").asText().contains("MISP");
    }
    assertThat(found).as(claims.toString()).isTrue();
  }

  @Test
  void actor_cozyBearNobeliumAndG0016_resolveToApt29() {
    for (String q : List.of("Cozy Bear", "NOBELIUM", "G0016", "APT 29", "apt-29")) {
      assertThat(actor(q).path("attack_id").asText()).as(q).isEqualTo("G0016");
    }
  }

  @Test
  void actor_grizzlySteppe_isAmbiguousBetweenApt28AndApt29WithSources() {
    CliRun run = ascribe("actor", "Grizzly Steppe", "--json");
    assertThat(run.exitCode()).isEqualTo(AscribeCommand.AMBIGUOUS);
    JsonNode out = run.json();
    assertThat(out.path("ambiguous").asBoolean()).isTrue();
    Set<String> ids = new HashSet<>();
    for (JsonNode c : out.path("candidates")) {
      ids.add(c.path("attack_id").asText());
      assertThat(c.path("claims").size()).isPositive();
      assertThat(c.path("claims").get(0).path("source").asText()).startsWith("MISP galaxy");
    }
    assertThat(ids).contains("G0007", "G0016");
    assertThat(actor("APT28").path("key").asText()).isNotEqualTo(actor("APT29").path("key").asText());
    CliRun text = ascribe("actor", "Grizzly", "Steppe");
    assertThat(text.out()).contains("ambiguous", "APT28", "APT29", "claimed by MISP galaxy threat-actor");
  }

  @Test
  void actor_saltTyphoonAndEarthEstries_stayDistinct() {
    JsonNode salt = actor("Salt Typhoon");
    assertThat(salt.path("attack_id").asText()).isEqualTo("G1045");
    CliRun earth = ascribe("actor", "Earth Estries", "--json");
    assertThat(earth.exitCode()).isIn(0, AscribeCommand.AMBIGUOUS);
    assertThat(earth.out()).contains("Earth Estries");
    if (earth.exitCode() == 0) {
      assertThat(earth.json().path("actor").path("key").asText()).isNotEqualTo(salt.path("key").asText());
    }
  }

  @Test
  void lookup_everyAttackGroupId_resolvesToItsOwnDistinctActor() throws Exception {
    // ATT&CK keeps its groups apart; linking must never merge two of them into one actor
    Set<String> keys = new HashSet<>();
    int resolved = 0;
    try (Store store = Store.open(ImportedKnowledgeBase.home())) {
      KnowledgeBase kb = new KnowledgeBase(store);
      for (int i = 1; i <= 1200; i++) {
        String id = String.format("G%04d", i);
        var candidate = kb.lookup(EntityKind.ACTOR, id).resolved();
        if (candidate.isPresent()) {
          String[] name = kb.nameOf(EntityKind.ACTOR, candidate.get().entityKey()).orElseThrow();
          if (id.equals(name[1])) {
            resolved++;
            assertThat(keys.add(candidate.get().entityKey())).as("two ATT&CK groups merged at " + id).isTrue();
          }
        }
      }
    }
    assertThat(resolved).isGreaterThanOrEqualTo(172);
  }

  @Test
  void actor_json_listsTechniquesSoftwareDatesAndReferences() {
    JsonNode a = actor("APT29");
    assertThat(a.path("techniques").size()).isGreaterThan(50);
    assertThat(a.path("techniques").get(0).path("citations").asInt()).isPositive();
    assertThat(a.path("software").size()).isPositive();
    assertThat(a.path("first_reported").asText()).isNotBlank();
    assertThat(a.path("references").size()).isGreaterThan(10);
    assertThat(a.path("targeted_countries").size()).isPositive();
  }

  @Test
  void kbStats_json_reportsAttackAndLinkingCounts() {
    JsonNode s = ascribe("kb", "stats", "--json").json();
    assertThat(s.path("intrusion_sets").path("live").asLong()).isEqualTo(172);
    assertThat(s.path("intrusion_sets").path("revoked_or_deprecated").asLong()).isEqualTo(15);
    assertThat(s.path("attack_patterns").path("live").asLong()).isEqualTo(691);
    assertThat(s.path("campaigns").asLong()).isEqualTo(52);
    assertThat(s.path("relationships").asLong()).isEqualTo(20_048);
    assertThat(s.path("canonical_actors").asLong()).isGreaterThan(172);
    assertThat(s.path("ambiguous_aliases").asLong()).isPositive();
  }

  @Test
  void technique_byIdAndName_showsHierarchyAndUsers() {
    JsonNode t = ascribe("technique", "T1059.001", "--json").json().path("technique");
    assertThat(t.path("name").asText()).isEqualTo("PowerShell");
    assertThat(t.path("parent").path("attack_id").asText()).isEqualTo("T1059");
    assertThat(t.path("used_by_actors").size()).isGreaterThan(20);
    JsonNode byName = ascribe("technique", "PowerShell", "--json").json().path("technique");
    assertThat(byName.path("attack_id").asText()).isEqualTo("T1059.001");
  }

  @Test
  void software_byNameAndId_resolves() {
    JsonNode s = ascribe("software", "Cobalt Strike", "--json").json().path("software");
    assertThat(s.path("attack_id").asText()).isEqualTo("S0154");
    assertThat(s.path("used_by_actors").size()).isPositive();
    assertThat(ascribe("software", "S0002", "--json").json().path("software").path("name").asText()).isEqualTo("Mimikatz");
  }

  @Test
  void search_text_isRankedAndHighlighted() {
    CliRun run = ascribe("search", "Volt Typhoon", "--json");
    assertThat(run.exitCode()).isZero();
    JsonNode hits = run.json();
    assertThat(hits.get(0).path("name").asText()).isEqualTo("Volt Typhoon");
    CliRun text = ascribe("search", "critical", "infrastructure", "--kind", "actor");
    assertThat(text.out()).contains("«");
  }

  @Test
  void actor_unknownName_failsWithSuggestions() {
    CliRun run = ascribe("actor", "Volt Typhon");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("no actor is known as 'Volt Typhon'");
  }

  @Test
  void kbImport_sameFilesAgain_changesNothing() {
    List<String> args = new ArrayList<>(List.of("kb", "import", "--quiet", "--json", SharedData.attack().toString()));
    SharedData.mispClusters().forEach(p -> args.add(p.toString()));
    CliRun run = ascribe(args.toArray(String[]::new));
    assertThat(run.exitCode()).isZero();
    JsonNode summary = run.json();
    for (JsonNode input : summary.path("inputs")) {
      assertThat(input.path("added").asInt()).isZero();
      assertThat(input.path("updated").asInt()).isZero();
    }
    assertThat(summary.path("read_model").isNull()).isTrue();
  }
}
