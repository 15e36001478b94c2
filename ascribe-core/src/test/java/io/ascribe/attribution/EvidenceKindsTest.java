package io.ascribe.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ascribe.FixtureGraphs;
import io.ascribe.alias.EntityLinker;
import io.ascribe.alias.Linking;
import io.ascribe.attribution.AttributionCorpus.Fact;
import io.ascribe.attribution.AttributionCorpus.Origin;
import io.ascribe.attribution.AttributionCorpus.Sighting;
import io.ascribe.attribution.Attribution.EvidenceNote;
import io.ascribe.attribution.Attribution.Hypothesis;
import io.ascribe.extract.indicator.WarningLists;
import io.ascribe.model.KnowledgeGraph;
import io.ascribe.model.KnowledgeGraphBuilder;
import io.ascribe.testkit.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The context evidence kinds on a small knowledge base (the testkit fixtures plus ten synthetic
 * groups with descriptions naming their victims) and a hand-made corpus of document facts:
 * infrastructure overlap, tool overlap from the corpus and victimology from three sources.
 */
class EvidenceKindsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int GROUPS = 10;
  private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  private static KnowledgeGraph graph;
  private static Linking actors;
  private static Linking software;
  private static AttributionCorpus corpus;
  private static Attributor engine;
  private static EvidenceResolver resolver;

  @BeforeAll
  static void build() throws Exception {
    KnowledgeGraphBuilder b = new KnowledgeGraphBuilder();
    FixtureGraphs.read(b, Fixtures.MINI_ATTACK, Fixtures.text(Fixtures.MINI_ATTACK));
    FixtureGraphs.read(b, Fixtures.MINI_THREAT_ACTOR, Fixtures.text(Fixtures.MINI_THREAT_ACTOR));
    FixtureGraphs.read(b, "kind-groups.json", bundle());
    graph = b.build();
    EntityLinker linker = new EntityLinker(graph);
    actors = linker.linkActors();
    software = linker.linkSoftware();
    corpus = AttributionCorpus.build(graph, actors, software, documentFacts());
    resolver = new EvidenceResolver(graph, software);
    engine = Attributor.withRanker(corpus, new Ranker(new double[] {3.0, 1.0, 1.0, 0.0, 0.5, 1.0, 0.5, 1.0, 1.0, 1.0}, 1.0));
  }

  /**
   * Groups 1..10 ("Kind Group k", G92kk) each use one technique and an implant of their own;
   * groups 1..8 also use "Shared Tool". Descriptions name victims: group 1 Israeli government and
   * Japanese telecommunications (and is itself Chinese), groups 5..10 the United States; group 3's
   * campaign targets Ukrainian energy companies.
   */
  private static String bundle() {
    ObjectNode bundle = JSON.createObjectNode().put("type", "bundle").put("id", "bundle--kinds").put("spec_version", "2.1");
    ArrayNode objects = bundle.putArray("objects");
    String shared = object(objects, "tool", "Shared Tool", "S9290", null).get("id").asText();
    object(objects, "tool", "Corpus Rare Tool", "S9291", null);
    object(objects, "tool", "Corpus Common Tool", "S9292", null);
    for (int k = 1; k <= GROUPS; k++) {
      String description = switch (k) {
        case 1 -> "[Kind Group 1](https://attack.mitre.org/groups/G9201) is a Chinese threat group that has targeted "
            + "Israeli government organizations and telecommunications firms in Japan.(Citation: Vendor 2020)";
        case 2 -> "Kind Group 2 conducted intrusions against entities in Germany.";
        default -> k >= 5 ? "Kind Group " + k + " has targeted organizations in the United States." : "A test group.";
      };
      String g = object(objects, "intrusion-set", "Kind Group " + k, String.format("G92%02d", k), description)
          .get("id").asText();
      String t = object(objects, "attack-pattern", "Kind Technique " + k, String.format("T92%02d", k), null)
          .get("id").asText();
      String implant = object(objects, "malware", "Kind Implant " + k, String.format("S92%02d", k), null).get("id").asText();
      relationship(objects, "uses", g, t);
      relationship(objects, "uses", g, implant);
      if (k <= 8) {
        relationship(objects, "uses", g, shared);
      }
      if (k == 3) {
        String c = object(objects, "campaign", "Operation Kind Three", "C9203",
            "Operation Kind Three targeted Ukrainian energy companies.").get("id").asText();
        relationship(objects, "attributed-to", c, g);
      }
    }
    return bundle.toString();
  }

  private static ObjectNode object(ArrayNode objects, String type, String name, String attackId, String description) {
    ObjectNode o = objects.addObject();
    o.put("type", type).put("id", type + "--" + java.util.UUID.nameUUIDFromBytes((type + name).getBytes()))
        .put("spec_version", "2.1").put("created", "2020-01-01T00:00:00Z").put("modified", "2020-01-01T00:00:00Z")
        .put("name", name);
    if (description != null) {
      o.put("description", description);
    }
    o.putArray("external_references").addObject().put("source_name", "mitre-attack").put("external_id", attackId);
    if (type.equals("malware")) {
      o.put("is_family", true);
    }
    return o;
  }

  private static void relationship(ArrayNode objects, String type, String from, String to) {
    objects.addObject().put("type", "relationship").put("id", "relationship--" + java.util.UUID.nameUUIDFromBytes(
            (from + type + to).getBytes())).put("spec_version", "2.1").put("created", "2020-01-01T00:00:00Z")
        .put("modified", "2020-01-01T00:00:00Z").put("relationship_type", type).put("source_ref", from)
        .put("target_ref", to);
  }

  private static String key(String name) {
    return actors.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow().key();
  }

  private static String softwareKey(String name) {
    return software.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow().key();
  }

  private static Fact seen(EvidenceKind kind, String feature, String doc, String date, String claimant, double confidence) {
    return new Fact(feature, kind, Set.of(), Origin.CORPUS, null,
        new Sighting(doc, "Report " + doc, date, claimant, confidence));
  }

  private static Map<String, List<Fact>> documentFacts() {
    Map<String, List<Fact>> facts = new HashMap<>();
    List<Fact> one = new ArrayList<>();
    for (String doc : List.of("d1", "d2")) {
      String date = doc.equals("d1") ? "2018-11-02" : "2019-05-14";
      one.add(seen(EvidenceKind.INDICATOR, "i:dedicated-c2.example", doc, date, "ESET", 1.0));
    }
    one.add(seen(EvidenceKind.INDICATOR, "i:" + HASH, "d2", "2019-05-14", "ESET", 1.0));
    one.add(seen(EvidenceKind.INDICATOR, "i:203.0.113.7", "d2", "2019-05-14", "ESET", 1.0));
    one.add(seen(EvidenceKind.INDICATOR, "i:kind.ddns.net", "d2", "2019-05-14", "ESET", 1.0));
    one.add(seen(EvidenceKind.INDICATOR, "i:x.sinkhole.shadowserver.org", "d2", "2019-05-14", "ESET", 1.0));
    one.add(seen(EvidenceKind.INDICATOR, "i:lonely-c2.example", "d2", "2019-05-14", "ESET", 1.0));
    one.add(seen(EvidenceKind.INDICATOR, "i:shared-c2.example", "d2", "2019-05-14", "ESET", 1.0));
    one.add(seen(EvidenceKind.SOFTWARE, "s:" + softwareKey("Corpus Rare Tool"), "d2", "2019-05-14", "ESET", 1.0));
    one.add(seen(EvidenceKind.SOFTWARE, "s:" + softwareKey("Kind Implant 1"), "d2", "2019-05-14", "ESET", 1.0));
    facts.put(key("Kind Group 1"), one);
    facts.computeIfAbsent(key("Kind Group 2"), k -> new ArrayList<>())
        .add(seen(EvidenceKind.INDICATOR, "i:shared-c2.example", "d3", "2019-05-01", "Talos", 1.0));
    for (int k = 1; k <= 8; k++) {
      facts.computeIfAbsent(key("Kind Group " + k), x -> new ArrayList<>())
          .add(seen(EvidenceKind.SOFTWARE, "s:" + softwareKey("Corpus Common Tool"), "c" + k, "2020", "Vendor", 1.0));
    }
    facts.computeIfAbsent(key("Kind Group 4"), k -> new ArrayList<>())
        .add(seen(EvidenceKind.VICTIM_COUNTRY, "vc:BR", "d4", "2021-03", "Kaspersky", 0.8));
    return facts;
  }

  private static Evidence evidence(List<String> software, List<String> indicators, List<String> countries,
      LocalDate from) {
    return new Evidence("case", List.of(), software, indicators, countries, List.of(), from, from, List.of(), List.of(),
        null);
  }

  /** The weight and note of the evidence item labelled {@code label} for actor {@code actor}. */
  private static EvidenceNote note(Attributor engine, Evidence e, String actor, String label) {
    Attribution a = engine.attribute(resolver.resolve(e), engine.candidates());
    Hypothesis h = a.hypotheses().stream().filter(x -> x.actor().equals(actor)).findFirst().orElseThrow();
    List<EvidenceNote> all = new ArrayList<>(h.evidence());
    all.addAll(h.inconsistent());
    return all.stream().filter(n -> n.value().equals(label)).findFirst().orElseThrow();
  }

  private static double weight(String indicator, LocalDate when) {
    return note(engine, evidence(List.of(), List.of(indicator), List.of(), when), "Kind Group 1", indicator).weight();
  }

  private static final LocalDate MAY_2019 = LocalDate.of(2019, 5, 1);

  // ---- infrastructure ---------------------------------------------------------------------------

  @Test
  void infrastructure_specificIndicators_weighMoreThanSharedOrProviderOnes() {
    double hash = weight(HASH, MAY_2019);
    double domain = weight("dedicated-c2.example", MAY_2019);
    double ip = weight("203.0.113.7", MAY_2019);
    double ddns = weight("kind.ddns.net", MAY_2019);
    double sinkhole = weight("x.sinkhole.shadowserver.org", MAY_2019);

    assertThat(hash).isGreaterThan(ip);
    assertThat(domain).isGreaterThan(ip);
    assertThat(ip).isGreaterThan(ddns);
    assertThat(ddns).isPositive();
    assertThat(sinkhole).isZero();
    // one sighting of a hash: N/k with k = 1, discounted for forgeability
    assertThat(hash).isCloseTo(round(0.8 * Math.log(corpus.actors().size())), within(0.002));
  }

  @Test
  void infrastructure_valueOnAWarningList_weighsLittleOrNothing(@TempDir Path dir) throws Exception {
    writeList(dir, "aws", "List of known Amazon AWS IP address ranges", "cidr", "203.0.113.0/24");
    writeList(dir, "top", "Top 1000 websites", "hostname", "dedicated-c2.example");
    Attributor listed = engine.withWarningLists(WarningLists.load(dir));
    Evidence e = evidence(List.of(), List.of("203.0.113.7", "dedicated-c2.example"), List.of(), MAY_2019);

    EvidenceNote cloud = note(listed, e, "Kind Group 1", "203.0.113.7");
    EvidenceNote top = note(listed, e, "Kind Group 1", "dedicated-c2.example");

    assertThat(cloud.weight()).isPositive().isLessThan(weight("203.0.113.7", MAY_2019));
    assertThat(cloud.note()).contains("shared hosting");
    assertThat(top.weight()).isZero();
    assertThat(top.note()).contains("on the MISP warning list 'Top 1000 websites'");
  }

  @Test
  void infrastructure_oldSighting_decaysWithAHalfLifeOfMonths() {
    double recent = weight("lonely-c2.example", MAY_2019);
    double threeYearsLater = weight("lonely-c2.example", LocalDate.of(2022, 5, 1));

    assertThat(threeYearsLater).isPositive().isLessThan(recent / 5);
    assertThat(Infrastructure.decay(java.time.YearMonth.of(2019, 5), LocalDate.of(2022, 5, 1), null))
        .isCloseTo(Math.pow(0.5, 36 / Infrastructure.HALF_LIFE_MONTHS), within(1e-9));
    // a report published within the publication lag after the incident is not older
    assertThat(Infrastructure.decay(java.time.YearMonth.of(2019, 9), LocalDate.of(2019, 5, 1), null)).isEqualTo(1.0);
    assertThat(note(engine, evidence(List.of(), List.of("lonely-c2.example"), List.of(), LocalDate.of(2022, 5, 1)),
        "Kind Group 1", "lonely-c2.example").note()).contains("age discount x0.02");
  }

  @Test
  void infrastructure_sameSlash24_isWeakEvidenceWithItsCaveat() {
    EvidenceNote neighbour = note(engine, evidence(List.of(), List.of("203.0.113.99"), List.of(), MAY_2019),
        "Kind Group 1", "203.0.113.99");

    assertThat(neighbour.weight()).isPositive().isLessThan(weight("203.0.113.7", MAY_2019) / 2);
    assertThat(neighbour.note()).contains("same /24 as 203.0.113.7").contains("no ASN data");
  }

  @Test
  void infrastructure_valueSeenUnderSeveralActors_weighsLessForEach() {
    double alone = weight("lonely-c2.example", MAY_2019);
    double shared = weight("shared-c2.example", MAY_2019);
    EvidenceNote other = note(engine, evidence(List.of(), List.of("shared-c2.example"), List.of(), MAY_2019),
        "Kind Group 2", "shared-c2.example");

    assertThat(shared).isPositive().isLessThan(alone);
    assertThat(other.weight()).isEqualTo(shared);
    assertThat(other.note()).contains("seen under 2 actors");
  }

  @Test
  void infrastructure_indicatorsAreLeftOutByTheFalseFlagCheck() {
    Attribution a = engine.attribute(resolver.resolve(evidence(List.of(), List.of(HASH), List.of(), MAY_2019)), 3);

    assertThat(a.hypotheses().get(0).actor()).isEqualTo("Kind Group 1");
    assertThat(a.falseFlagSensitivity().without()).containsExactly("indicators");
    assertThat(a.falseFlagSensitivity().topActor()).isNotEqualTo("Kind Group 1");
    assertThat(a.falseFlagSensitivity().probabilityShift()).isPositive();
  }

  @Test
  void explanation_indicatorLine_saysWhereWhenAndHowSpecific() {
    EvidenceNote n = note(engine, evidence(List.of(), List.of("dedicated-c2.example"), List.of(), MAY_2019),
        "Kind Group 1", "dedicated-c2.example");

    assertThat(n.kind()).isEqualTo("indicator");
    assertThat(n.forgeability()).isEqualTo("medium");
    assertThat(n.note()).isEqualTo("seen in 2 reports on Kind Group 1, newest 2019-05 (ESET); dedicated domain; same period");
    EvidenceNote elsewhere = note(engine, evidence(List.of(), List.of("dedicated-c2.example"), List.of(), MAY_2019),
        "Kind Group 5", "dedicated-c2.example");
    assertThat(elsewhere.weight()).isZero();
    assertThat(elsewhere.note()).isEqualTo("seen only under Kind Group 1");
  }

  // ---- tools ------------------------------------------------------------------------------------

  @Test
  void toolOverlap_rareCorpusTool_outweighsOneManyActorsUse() {
    EvidenceNote rare = note(engine, evidence(List.of("Corpus Rare Tool"), List.of(), List.of(), null), "Kind Group 1",
        "Corpus Rare Tool (S9291)");
    EvidenceNote common = note(engine, evidence(List.of("Corpus Common Tool"), List.of(), List.of(), null),
        "Kind Group 1", "Corpus Common Tool (S9292)");

    assertThat(rare.weight()).isGreaterThan(common.weight() + 1);
    assertThat(rare.note()).contains("corpus: seen in 1 report on Kind Group 1").contains("used by 1 of");
    assertThat(common.note()).contains("used by 8 of");
  }

  @Test
  void toolOverlap_softwareAlreadyInTheAttackProfile_isNotCountedTwice() {
    Evidence e = evidence(List.of("Kind Implant 1"), List.of(), List.of(), null);
    EvidenceNote n = note(engine, e, "Kind Group 1", "Kind Implant 1 (S9201)");
    AttributionCorpus kbOnly = AttributionCorpus.build(graph, actors, software);
    Attributor plain = Attributor.withRanker(kbOnly, engine.ranker());

    assertThat(n.note()).contains("already in the ATT&CK profile, not counted twice");
    assertThat(n.weight()).isEqualTo(note(plain, e, "Kind Group 1", "Kind Implant 1 (S9201)").weight());
  }

  @Test
  void corpusFacts_doNotChangeTheLearnedProfiles() {
    AttributionCorpus kbOnly = AttributionCorpus.build(graph, actors, software);
    SimilarityModel with = new SimilarityModel(corpus);
    SimilarityModel without = new SimilarityModel(kbOnly);
    int a = indexOf("Kind Group 1");
    String rare = "s:" + softwareKey("Corpus Rare Tool");

    assertThat(with.inProfile(a, rare)).isFalse();
    assertThat(with.actorsWith(rare)).isEqualTo(without.actorsWith(rare));
  }

  // ---- victims ----------------------------------------------------------------------------------

  @Test
  void victims_fromAttackDescriptions_areFactsCitingTheDescribedObject() {
    AttributionCorpus.Actor g1 = corpus.actors().get(indexOf("Kind Group 1"));
    List<Fact> described = g1.facts().stream().filter(f -> f.origin() == Origin.DESCRIPTION).toList();

    assertThat(described).extracting(Fact::feature)
        .containsExactlyInAnyOrder("vc:IL", "vs:government", "vs:telecommunications", "vc:JP");
    assertThat(described).allSatisfy(f -> assertThat(corpus.displayName(f.via())).isEqualTo("G9201 Kind Group 1"));
    assertThat(corpus.actors().get(indexOf("Kind Group 3")).facts()).filteredOn(f -> f.origin() == Origin.DESCRIPTION)
        .extracting(Fact::feature).containsExactlyInAnyOrder("vc:UA", "vs:energy");
  }

  @Test
  void victims_eachOfTheThreeSources_supportsItsActor() {
    EvidenceNote misp = note(engine, evidence(List.of(), List.of(), List.of("Taiwan"), null), "Alpha Panda", "TW");
    EvidenceNote attack = note(engine, evidence(List.of(), List.of(), List.of("Israel"), null), "Kind Group 1", "IL");
    EvidenceNote documents = note(engine, evidence(List.of(), List.of(), List.of("Brazil"), null), "Kind Group 4", "BR");

    assertThat(misp.weight()).isPositive();
    assertThat(misp.note()).startsWith("victim of this actor per MISP");
    assertThat(attack.weight()).isPositive();
    assertThat(attack.note()).startsWith("victim of this actor per ATT&CK description of G9201 Kind Group 1");
    assertThat(documents.weight()).isPositive();
    assertThat(documents.note()).startsWith("victim of this actor per seen in 1 report on Kind Group 4, newest 2021-03");
  }

  @Test
  void victims_commonVictimCountry_saysLessThanARareOne() {
    EvidenceNote common = note(engine, evidence(List.of(), List.of(), List.of("United States"), null), "Kind Group 5", "US");
    EvidenceNote rare = note(engine, evidence(List.of(), List.of(), List.of("Israel"), null), "Kind Group 1", "IL");

    assertThat(common.weight()).isPositive().isLessThan(rare.weight());
  }

  @Test
  void victims_unlistedVictim_isBoundedNeverAVeto() {
    double floor = Math.log(1 - Victimology.IN_SET);
    for (String country : List.of("Germany", "Israel", "France", "United States", "Brazil", "Japan")) {
      Attribution a = engine.attribute(resolver.resolve(evidence(List.of(), List.of(), List.of(country), null)),
          engine.candidates());
      for (Hypothesis h : a.hypotheses()) {
        for (EvidenceNote n : h.inconsistent()) {
          assertThat(n.weight()).as(country + " for " + h.actor()).isGreaterThanOrEqualTo(floor - 0.001);
        }
      }
    }
    EvidenceNote against = note(engine, evidence(List.of(), List.of(), List.of("France"), null), "Kind Group 1", "FR");
    assertThat(against.weight()).isNegative();
    assertThat(against.note()).contains("not among this actor's victims in ATT&CK description").contains("never a veto");
    EvidenceNote neutral = note(engine, evidence(List.of(), List.of(), List.of("France"), null), "Beta Bear", "FR");
    assertThat(against.weight()).isLessThan(neutral.weight());
  }

  @Test
  void victims_actorWithNoVictimology_isNeutral() {
    EvidenceNote n = note(engine, evidence(List.of(), List.of(), List.of("Germany"), null), "Beta Bear", "DE");

    assertThat(n.weight()).isZero();
    assertThat(n.note()).isEqualTo("no victimology known for this actor");
  }

  private static int indexOf(String name) {
    for (int i = 0; i < corpus.actors().size(); i++) {
      if (corpus.actors().get(i).name().equals(name)) {
        return i;
      }
    }
    throw new AssertionError("no actor " + name);
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  private static void writeList(Path root, String dir, String name, String type, String... entries) throws Exception {
    ObjectNode o = JSON.createObjectNode().put("name", name).put("type", type).put("description", name).put("version", 1);
    ArrayNode list = o.putArray("list");
    for (String e : entries) {
      list.add(e);
    }
    Files.createDirectories(root.resolve(dir));
    Files.writeString(root.resolve(dir).resolve("list.json"), JSON.writeValueAsString(o));
  }
}
