package io.ascribe.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ascribe.FixtureGraphs;
import io.ascribe.alias.EntityLinker;
import io.ascribe.alias.Linking;
import io.ascribe.attribution.Attribution.EvidenceNote;
import io.ascribe.attribution.Attribution.Hypothesis;
import io.ascribe.model.KnowledgeGraph;
import io.ascribe.model.KnowledgeGraphBuilder;
import io.ascribe.testkit.Fixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/** The attribution engine's properties on a small corpus: the testkit fixtures plus eight synthetic groups. */
class AttributorTest {
  /**
   * Seeded, replayable randomness in the manner of Lucene's test framework: a random seed per run,
   * printed when a test fails; {@code -Dtests.seed=0x...} replays it.
   */
  private static final long SEED = System.getProperty("tests.seed") != null
      ? Long.parseUnsignedLong(System.getProperty("tests.seed").replaceFirst("(?i)^0x", ""), 16)
      : new Random().nextLong();

  @RegisterExtension
  static final TestWatcher PRINT_SEED = new TestWatcher() {
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
      System.err.printf("[AttributorTest] %s failed; reproduce with -Dtests.seed=0x%X%n",
          context.getDisplayName(), SEED);
    }
  };

  /** Random evidence sets per property test. */
  private static final int ITERATIONS = 150;

  /** Hand-chosen weights (in the order of {@link SimilarityFeature}); "unknown" has utility 1. */
  private static final double[] THETA = {3.0, 1.0, 1.0, 0.0, 0.5, 1.0, 0.5, 1.0, 1.0, 1.0};
  private static final double UNKNOWN_UTILITY = 1.0;

  private static KnowledgeGraph graph;
  private static AttributionCorpus corpus;
  private static EvidenceResolver resolver;
  private static Attributor handWeighted;
  private static Attributor trained;

  @BeforeAll
  static void buildCorpus() throws Exception {
    KnowledgeGraphBuilder b = new KnowledgeGraphBuilder();
    read(b, Fixtures.MINI_ATTACK, Fixtures.text(Fixtures.MINI_ATTACK));
    read(b, Fixtures.MINI_THREAT_ACTOR, Fixtures.text(Fixtures.MINI_THREAT_ACTOR));
    read(b, "synthetic-groups.json", syntheticBundle());
    graph = b.build();
    EntityLinker linker = new EntityLinker(graph);
    Linking actors = linker.linkActors();
    Linking software = linker.linkSoftware();
    corpus = AttributionCorpus.build(graph, actors, software);
    resolver = new EvidenceResolver(graph, software);
    handWeighted = Attributor.withRanker(corpus, new Ranker(THETA.clone(), UNKNOWN_UTILITY));
    trained = Attributor.train(corpus);
  }

  private static void read(KnowledgeGraphBuilder b, String name, String text) throws Exception {
    FixtureGraphs.read(b, name, text);
  }

  // ---- the corpus -----------------------------------------------------------------------------

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int GROUPS = 8;
  private static final int TECHNIQUES = 3 * GROUPS + 2;
  private static int nextId = 1;

  private static String stixId(String type) {
    return type + "--00000000-0000-4000-8000-" + String.format("%012d", 990_000 + nextId++);
  }

  private static ObjectNode object(ArrayNode objects, String type, String name, String attackId) {
    ObjectNode o = objects.addObject();
    o.put("type", type);
    o.put("id", stixId(type));
    o.put("created", "2020-01-01T00:00:00.000Z");
    o.put("modified", "2024-01-01T00:00:00.000Z");
    if (name != null) {
      o.put("name", name);
    }
    if (attackId != null) {
      o.putArray("external_references").addObject().put("source_name", "mitre-attack").put("external_id", attackId);
    }
    return o;
  }

  private static void relationship(ArrayNode objects, String type, String from, String to, String... citations) {
    ObjectNode r = object(objects, "relationship", null, null);
    r.put("relationship_type", type);
    r.put("source_ref", from);
    r.put("target_ref", to);
    ArrayNode refs = r.putArray("external_references");
    for (String c : citations) {
      refs.addObject().put("source_name", c).put("description", c + ". (2020, May 1). A report.");
    }
  }

  /**
   * Eight groups G9101..G9108. Group k has three techniques of its own (T91xx, xx = 3k-2..3k), a
   * signature implant S91(k) that implements one more, one of two shared tools, and two techniques
   * every group uses (T9125, T9126). Its first report cites its own techniques, the shared ones
   * and the implant (six uses, so {@link Attributor#train} has a case per group); its second
   * report cites the first own technique again, the implant, the tool and one technique of the
   * next group. T9199 and S9199 exist but nobody uses them; one indicator points at G9103.
   */
  private static String syntheticBundle() {
    ObjectNode bundle = JSON.createObjectNode();
    bundle.put("type", "bundle");
    bundle.put("id", stixId("bundle"));
    bundle.put("spec_version", "2.0");
    ArrayNode objects = bundle.putArray("objects");
    String[] techniques = new String[TECHNIQUES + 1];
    for (int t = 1; t <= TECHNIQUES; t++) {
      ObjectNode o = object(objects, "attack-pattern", "Synthetic Technique " + t, String.format("T91%02d", t));
      o.putArray("kill_chain_phases").addObject().put("kill_chain_name", "mitre-attack").put("phase_name", "execution");
      techniques[t] = o.get("id").asText();
    }
    String sub = object(objects, "attack-pattern", "Synthetic Subtechnique", "T9101.001").get("id").asText();
    object(objects, "attack-pattern", "Unused Technique", "T9199");
    object(objects, "tool", "Orphan Tool", "S9199").putArray("labels").add("tool");
    String[] tools = {
      object(objects, "tool", "Common Tool A", "S9120").get("id").asText(),
      object(objects, "tool", "Common Tool B", "S9121").get("id").asText()};
    relationship(objects, "subtechnique-of", sub, techniques[1]);
    for (int k = 1; k <= GROUPS; k++) {
      ObjectNode g = object(objects, "intrusion-set", "Synthetic Group " + k, String.format("G91%02d", k));
      g.putArray("aliases").add("Synthetic Group " + k);
      ((ArrayNode) g.get("external_references")).addObject().put("source_name", "Report " + k + "-1")
          .put("description", "Vendor S. (" + (2014 + k) + ", May 1). Report " + k + "-1.");
      String group = g.get("id").asText();
      ObjectNode implant = object(objects, "malware", "Synthetic Implant " + k, String.format("S91%02d", k));
      implant.putArray("labels").add("malware");
      String implantId = implant.get("id").asText();
      relationship(objects, "uses", implantId, techniques[ownTechnique(k % GROUPS + 1, 2)], "Implant " + k);
      String first = "Report " + k + "-1";
      String second = "Report " + k + "-2";
      relationship(objects, "uses", group, techniques[ownTechnique(k, 1)], first, second);
      relationship(objects, "uses", group, techniques[ownTechnique(k, 2)], first);
      relationship(objects, "uses", group, techniques[ownTechnique(k, 3)], first);
      relationship(objects, "uses", group, techniques[TECHNIQUES - 1], first);
      relationship(objects, "uses", group, techniques[TECHNIQUES], first);
      relationship(objects, "uses", group, implantId, first, second);
      relationship(objects, "uses", group, tools[k % 2], second);
      relationship(objects, "uses", group, techniques[ownTechnique(k % GROUPS + 1, 3)], second);
      if (k == 3) {
        ObjectNode ind = object(objects, "indicator", null, null);
        ind.put("pattern", "[ipv4-addr:value = '198.51.100.23']");
        relationship(objects, "indicates", ind.get("id").asText(), group, second);
      }
    }
    return bundle.toString();
  }

  /** The i-th (1..3) technique number of group k's own. */
  private static int ownTechnique(int k, int i) {
    return 3 * (k - 1) + i;
  }

  private static int candidates() {
    return corpus.actors().size();
  }

  private static List<Attributor> engines() {
    return List.of(handWeighted, trained);
  }

  private static String name(Attributor engine) {
    return engine == handWeighted ? "hand-weighted" : "trained";
  }

  // ---- random evidence ------------------------------------------------------------------------

  private static final List<String> TECHNIQUE_POOL = techniquePool();
  private static final List<String> SOFTWARE_POOL = List.of(
      "S9001", "KettleRAT", "Kettle", "Spoon", "S9002", "S9101", "Synthetic Implant 2", "S9103", "S9105", "S9108",
      "Common Tool A", "S9121", "Orphan Tool", "NoSuchRAT");
  private static final List<String> INDICATOR_POOL = List.of("203.0.113.7", "198.51.100.23", "evil.example.com");
  private static final List<String> COUNTRY_POOL = List.of("US", "Taiwan", "RU", "Germany", "Atlantis");
  private static final List<String> SECTOR_POOL = List.of("Government", "Telecommunications", "Energy");
  private static final List<String> LANGUAGE_POOL = List.of("zh", "ru", "en", "ko");
  private static final List<Double> OFFSET_POOL = List.of(8.0, 3.0, -5.0, 5.5, 0.0);

  private static List<String> techniquePool() {
    List<String> out = new ArrayList<>(List.of("T9001", "T9001.001", "Brewing", "T9199", "T9101.001", "T8888",
        "Synthetic Technique 4"));
    for (int t = 1; t <= TECHNIQUES; t++) {
      out.add(String.format("T91%02d", t));
    }
    return List.copyOf(out);
  }

  private static <T> List<T> pick(Random r, List<T> pool, int max) {
    int n = r.nextInt(max + 1);
    List<T> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      T x = pool.get(r.nextInt(pool.size()));
      if (!out.contains(x)) {
        out.add(x);
      }
    }
    return out;
  }

  private static Evidence randomEvidence(Random r, int i) {
    LocalDate from = r.nextInt(3) == 0 ? null : LocalDate.of(2010 + r.nextInt(16), 1 + r.nextInt(12), 1);
    LocalDate to = from == null || r.nextBoolean() ? from : from.plusDays(r.nextInt(400));
    return new Evidence("random-" + i, pick(r, TECHNIQUE_POOL, 8), pick(r, SOFTWARE_POOL, 4), pick(r, INDICATOR_POOL, 2),
        pick(r, COUNTRY_POOL, 2), pick(r, SECTOR_POOL, 2), from, to, pick(r, LANGUAGE_POOL, 2), pick(r, OFFSET_POOL, 2),
        null);
  }

  private static Evidence evidence(List<String> techniques, List<String> software) {
    return new Evidence("case", techniques, software, List.of(), List.of(), List.of(), null, null, List.of(), List.of(),
        null);
  }

  private static String describe(int i, ResolvedEvidence e) {
    return String.format("seed 0x%X, iteration %d, evidence %s", SEED, i, e);
  }

  // ---- probabilities --------------------------------------------------------------------------

  @Test
  void build_corpus_hasFixtureAndSyntheticCandidates() {
    assertThat(corpus.actors()).extracting(AttributionCorpus.Actor::attackId)
        .contains("G9001", "G9002", "G9101", "G9108")
        .doesNotContain("G9003", "G9004");
    assertThat(candidates()).isEqualTo(2 + GROUPS);
    assertThat(handWeighted.candidates()).isEqualTo(candidates());
  }

  @Test
  void attribute_randomEvidence_probabilitiesAndUnknownSumToOne() {
    Random r = new Random(SEED);
    for (int i = 0; i < ITERATIONS; i++) {
      ResolvedEvidence e = resolver.resolve(randomEvidence(r, i));
      for (Attributor engine : engines()) {
        for (int top = 1; top <= candidates(); top++) {
          Attribution a = engine.attribute(e, top);
          double sum = a.unknownProbability() + a.hypotheses().stream().mapToDouble(Hypothesis::probability).sum();
          assertThat(sum).as("%s, %s, top %d: %s", describe(i, e), name(engine), top, a).isCloseTo(1.0, within(1e-9));
        }
      }
    }
  }

  @Test
  void attribute_randomEvidence_everyProbabilityInUnitIntervalAndRankedDescending() {
    Random r = new Random(SEED);
    for (int i = 0; i < ITERATIONS; i++) {
      ResolvedEvidence e = resolver.resolve(randomEvidence(r, i));
      for (Attributor engine : engines()) {
        for (int top = 1; top <= candidates() + 1; top++) {
          Attribution a = engine.attribute(e, top);
          String why = String.format("%s, %s, top %d: %s", describe(i, e), name(engine), top, a);
          assertThat(a.hypotheses()).as(why).hasSize(Math.min(top, candidates()));
          assertThat(a.hypotheses()).as(why).extracting(Hypothesis::stixId).doesNotHaveDuplicates();
          double previous = 1;
          for (Hypothesis h : a.hypotheses()) {
            assertThat(h.probability()).as(why).isBetween(0.0, 1.0).isLessThanOrEqualTo(previous);
            previous = h.probability();
          }
          assertThat(a.unknownProbability()).as(why).isBetween(0.0, 1.0);
          assertThat(a.unlistedActorsProbability()).as(why).isBetween(0.0, a.unknownProbability() + 1e-12);
          if (top >= candidates()) {
            assertThat(a.unlistedActorsProbability()).as(why).isCloseTo(0.0, within(1e-9));
          }
        }
      }
    }
  }

  @Test
  void attribute_randomEvidence_likelihoodAndStixConfidenceFollowBands() {
    Random r = new Random(SEED);
    for (int i = 0; i < ITERATIONS; i++) {
      ResolvedEvidence e = resolver.resolve(randomEvidence(r, i));
      for (Attributor engine : engines()) {
        Attribution a = engine.attribute(e, candidates());
        for (Hypothesis h : a.hypotheses()) {
          Likelihood expected = Likelihood.of(h.probability());
          String why = String.format("%s, %s: %s", describe(i, e), name(engine), h);
          assertThat(h.likelihood()).as(why).isEqualTo(expected.words());
          assertThat(h.stixConfidence()).as(why).isEqualTo(expected.stixConfidence());
        }
      }
    }
  }

  @Test
  void attribute_onlyFeaturesNoActorHas_unknownWins() {
    ResolvedEvidence resolved = resolver.resolve(evidence(List.of("T9199", "Unused Technique"), List.of("Orphan Tool")));
    assertThat(resolved.unresolved()).isEmpty();
    assertThat(resolved.items()).extracting(ResolvedEvidence.Item::feature).hasSize(2).contains("t:T9199");
    ResolvedEvidence unseen = new ResolvedEvidence("unseen", List.of(
        new ResolvedEvidence.Item(EvidenceKind.TECHNIQUE, "T7777", "t:T7777", "T7777 Nobody's"),
        new ResolvedEvidence.Item(EvidenceKind.SOFTWARE, "Ghost", "s:ghost", "Ghost")), null, null, List.of(), List.of());
    for (ResolvedEvidence e : List.of(resolved, unseen)) {
      for (int top = 1; top <= candidates(); top++) {
        Attribution a = handWeighted.attribute(e, top);
        for (Hypothesis h : a.hypotheses()) {
          assertThat(a.unknownProbability()).as("top %d: %s", top, a).isGreaterThan(h.probability());
        }
      }
    }
  }

  @Test
  void attribute_removingEvidence_unknownNeverAboveOne() {
    Random r = new Random(SEED);
    for (int i = 0; i < ITERATIONS / 3; i++) {
      ResolvedEvidence full = resolver.resolve(randomEvidence(r, i));
      List<ResolvedEvidence.Item> items = new ArrayList<>(full.items());
      LocalDate from = full.observedFrom();
      while (true) {
        ResolvedEvidence e = new ResolvedEvidence(full.id(), List.copyOf(items), from, from == null ? null
            : full.observedTo(), full.unresolved(), full.notes());
        for (Attributor engine : engines()) {
          for (int top : new int[] {1, 3, candidates()}) {
            Attribution a = engine.attribute(e, top);
            String why = String.format("%s, %s, top %d: %s", describe(i, e), name(engine), top, a);
            assertThat(a.unknownProbability()).as(why).isBetween(0.0, 1.0);
            assertThat(a.hypotheses()).as(why).allSatisfy(h -> assertThat(h.probability()).isBetween(0.0, 1.0));
          }
        }
        if (items.isEmpty() && from == null) {
          break;
        }
        if (items.isEmpty() || (from != null && r.nextInt(items.size() + 1) == 0)) {
          from = null;
        } else {
          items.remove(r.nextInt(items.size()));
        }
      }
    }
  }

  @Test
  void attribute_emptyEvidence_isValid() {
    ResolvedEvidence nothing = resolver.resolve(evidence(List.of(), List.of()));
    for (Attributor engine : engines()) {
      Attribution a = engine.attribute(nothing, candidates());
      assertThat(a.hypotheses()).hasSize(candidates());
      assertThat(a.hypotheses()).allSatisfy(h -> {
        assertThat(h.evidence()).isEmpty();
        assertThat(h.inconsistent()).isEmpty();
      });
      assertThat(a.unknownProbability()).isBetween(0.0, 1.0);
      assertThat(a.falseFlagSensitivity().without()).isEmpty();
    }
  }

  // ---- ranking --------------------------------------------------------------------------------

  @Test
  void attribute_signatureSoftware_ranksItsActorFirst() {
    for (String kettle : List.of("S9001", "KettleRAT", "Kettle", "kettlerat")) {
      Attribution a = handWeighted.attribute(resolver.resolve(evidence(List.of(), List.of(kettle))), 3);
      assertThat(a.hypotheses().get(0).attackId()).as("%s: %s", kettle, a).isEqualTo("G9001");
      assertThat(a.hypotheses().get(0).actor()).isEqualTo("Alpha Panda");
      assertThat(a.hypotheses().get(0).stixId()).isEqualTo("intrusion-set--00000000-0000-4000-8000-000000000101");
    }
    for (int k = 1; k <= GROUPS; k++) {
      Attribution a = handWeighted.attribute(resolver.resolve(evidence(List.of(), List.of(String.format("S91%02d", k)))), 3);
      assertThat(a.hypotheses().get(0).attackId()).as("S91%02d: %s", k, a).isEqualTo(String.format("G91%02d", k));
      assertThat(a.hypotheses().get(0).probability()).as("S91%02d: %s", k, a)
          .isGreaterThan(a.hypotheses().get(1).probability());
    }
  }

  @Test
  void attribute_signatureSoftwareWithItsTechniques_trainedModelRanksItsActorFirst() {
    for (int k = 1; k <= GROUPS; k++) {
      List<String> techniques = List.of(String.format("T91%02d", ownTechnique(k, 1)),
          String.format("T91%02d", ownTechnique(k, 2)), String.format("T91%02d", TECHNIQUES));
      Attribution a = trained.attribute(resolver.resolve(evidence(techniques, List.of(String.format("S91%02d", k)))), 3);
      assertThat(a.hypotheses().get(0).attackId()).as("G91%02d: %s", k, a).isEqualTo(String.format("G91%02d", k));
    }
  }

  // ---- explanations ---------------------------------------------------------------------------

  private record Shown(String kind, String value) {}

  @Test
  void attribute_randomEvidence_everyItemExplainedExactlyOnceWithSignedWeights() {
    Random r = new Random(SEED);
    for (int i = 0; i < ITERATIONS; i++) {
      ResolvedEvidence e = resolver.resolve(randomEvidence(r, i));
      List<Shown> expected = new ArrayList<>();
      for (ResolvedEvidence.Item item : e.items()) {
        expected.add(new Shown(item.kind().id(), item.label()));
      }
      if (e.observedFrom() != null) {
        expected.add(new Shown("active_period", e.observedFrom() + ".." + e.observedTo()));
      }
      for (Attributor engine : engines()) {
        Attribution a = engine.attribute(e, candidates());
        for (Hypothesis h : a.hypotheses()) {
          String why = String.format("%s, %s: %s", describe(i, e), name(engine), h);
          List<Shown> shown = new ArrayList<>();
          for (EvidenceNote n : h.evidence()) {
            assertThat(n.weight() >= 0).as("negative weight among evidence for: %s", why).isTrue();
            shown.add(new Shown(n.kind(), n.value()));
          }
          for (EvidenceNote n : h.inconsistent()) {
            assertThat(n.weight() < 0).as("non-negative weight among inconsistent: %s", why).isTrue();
            shown.add(new Shown(n.kind(), n.value()));
          }
          assertThat(shown).as(why).containsExactlyInAnyOrderElementsOf(expected);
          for (EvidenceNote n : concat(h.evidence(), h.inconsistent())) {
            EvidenceKind kind = kind(n.kind());
            assertThat(n.forgeability()).as(why).isEqualTo(kind.forgeability().id());
            assertThat(Double.isFinite(n.weight())).as(why).isTrue();
            assertThat(n.note()).as(why).isNotNull();
          }
          assertThat(h.evidence()).as(why).isSortedAccordingTo((x, y) -> Double.compare(y.weight(), x.weight()));
          assertThat(h.inconsistent()).as(why).isSortedAccordingTo((x, y) -> Double.compare(x.weight(), y.weight()));
        }
      }
    }
  }

  private static List<EvidenceNote> concat(List<EvidenceNote> a, List<EvidenceNote> b) {
    List<EvidenceNote> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static EvidenceKind kind(String id) {
    for (EvidenceKind k : EvidenceKind.values()) {
      if (k.id().equals(id)) {
        return k;
      }
    }
    throw new AssertionError("unknown evidence kind " + id);
  }

  @Test
  void attribute_chineseArtifacts_supportCnSponsoredActorAndCountAgainstRuSponsored() {
    Evidence e = new Evidence("artifacts", List.of(), List.of("Spoon"), List.of(), List.of(), List.of(), null, null,
        List.of("zh"), List.of(8.0), null);
    Attribution a = handWeighted.attribute(resolver.resolve(e), candidates());
    Map<String, Hypothesis> byId = new LinkedHashMap<>();
    a.hypotheses().forEach(h -> byId.put(h.attackId(), h));
    Hypothesis alpha = byId.get("G9001");
    Hypothesis beta = byId.get("G9002");
    assertThat(alpha.evidence()).extracting(EvidenceNote::kind, EvidenceNote::value, EvidenceNote::forgeability)
        .contains(org.assertj.core.groups.Tuple.tuple("language", "zh", "high"),
            org.assertj.core.groups.Tuple.tuple("utc_offset", "UTC+8", "high"));
    assertThat(beta.inconsistent()).extracting(EvidenceNote::kind).contains("language", "utc_offset");
    assertThat(beta.inconsistent()).filteredOn(n -> n.kind().equals("language")).singleElement()
        .satisfies(n -> assertThat(n.note()).isEqualTo("inconsistent with claimed sponsor RU; cheap to plant"));
    Hypothesis synthetic = byId.get("G9101");
    assertThat(synthetic.evidence()).filteredOn(n -> n.kind().equals("language")).singleElement()
        .satisfies(n -> {
          assertThat(n.weight()).isZero();
          assertThat(n.note()).isEqualTo("no sponsor claim known for this actor");
        });
  }

  // ---- false-flag sensitivity -----------------------------------------------------------------

  @Test
  void attribute_randomEvidence_falseFlagListsForgeableFieldsExactlyWhenPresent() {
    Random r = new Random(SEED);
    for (int i = 0; i < ITERATIONS; i++) {
      ResolvedEvidence e = resolver.resolve(randomEvidence(r, i));
      List<String> expected = new ArrayList<>();
      if (e.items().stream().anyMatch(x -> x.kind() == EvidenceKind.LANGUAGE)) {
        expected.add("artifacts.languages");
      }
      if (e.items().stream().anyMatch(x -> x.kind() == EvidenceKind.UTC_OFFSET)) {
        expected.add("artifacts.utc_offsets");
      }
      // infrastructure can be borrowed: indicators are plantable too
      if (e.items().stream().anyMatch(x -> x.kind() == EvidenceKind.INDICATOR)) {
        expected.add("indicators");
      }
      for (Attributor engine : engines()) {
        Attribution a = engine.attribute(e, 3);
        Attribution.FalseFlagSensitivity f = a.falseFlagSensitivity();
        String why = String.format("%s, %s: %s", describe(i, e), name(engine), f);
        assertThat(f.without()).as(why).containsExactlyElementsOf(expected);
        assertThat(f.probabilityShift()).as(why).isBetween(0.0, 1.0);
        assertThat(f.topActor()).as(why).isNotBlank();
        if (expected.isEmpty()) {
          assertThat(f.probabilityShift()).as(why).isZero();
        }
      }
    }
  }

  @Test
  void attribute_withoutForgeableEvidenceTheAnswerIsUnchanged_falseFlagTopActorIsTheTopHypothesis() {
    Attribution a = handWeighted.attribute(resolver.resolve(evidence(List.of(), List.of("S9001"))), 3);
    assertThat(a.falseFlagSensitivity().without()).isEmpty();
    assertThat(a.falseFlagSensitivity().topActor()).isEqualTo("Alpha Panda");
    assertThat(a.falseFlagSensitivity().probabilityShift()).isZero();
  }

  @Test
  void attribute_unknownWinsWithoutForgeableEvidence_falseFlagTopActorIsUnknown() {
    // FalseFlagSensitivity#topActor: "the top hypothesis without them ("unknown" when unknown wins)";
    // with nothing to leave out, the answer without them is the answer itself
    Attribution a = handWeighted.attribute(resolver.resolve(evidence(List.of("T9199"), List.of("Orphan Tool"))),
        candidates());
    assertThat(a.unknownProbability()).isGreaterThan(a.hypotheses().get(0).probability());
    assertThat(a.falseFlagSensitivity().without()).isEmpty();
    assertThat(a.falseFlagSensitivity().topActor()).isEqualTo("unknown");
  }

  @Test
  void attribute_unknownWinsOnlyWithoutPlantedLanguage_falseFlagTopActorIsUnknown() {
    // Alpha Panda's claimed sponsor is CN: "zh" and UTC+8 lift it; without them nobody fits
    Evidence e = new Evidence("planted", List.of("T9199"), List.of("Orphan Tool"), List.of(), List.of(), List.of(),
        null, null, List.of("zh"), List.of(8.0), null);
    Attribution a = handWeighted.attribute(resolver.resolve(e), candidates());
    assertThat(a.falseFlagSensitivity().without()).containsExactly("artifacts.languages", "artifacts.utc_offsets");
    assertThat(a.falseFlagSensitivity().topActor()).isEqualTo("unknown");
    assertThat(a.falseFlagSensitivity().probabilityShift()).isPositive();
  }

  // ---- resolution -----------------------------------------------------------------------------

  @Test
  void resolve_fixtureTechniqueId_resolvesToBrewing() {
    ResolvedEvidence e = resolver.resolve(evidence(List.of("T9001", "t9001.001"), List.of()));
    assertThat(e.unresolved()).isEmpty();
    assertThat(e.items()).extracting(ResolvedEvidence.Item::kind, ResolvedEvidence.Item::value,
            ResolvedEvidence.Item::feature, ResolvedEvidence.Item::label)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(EvidenceKind.TECHNIQUE, "T9001", "t:T9001", "T9001 Brewing"),
            org.assertj.core.groups.Tuple.tuple(EvidenceKind.TECHNIQUE, "t9001.001", "t:T9001.001",
                "T9001.001 Green Tea"));
  }

  @Test
  void resolve_namesAndAliases_resolveAndDuplicatesCollapse() {
    ResolvedEvidence e = resolver.resolve(evidence(List.of("Brewing", "T9001"), List.of("Kettle", "KettleRAT", "S9001")));
    assertThat(e.items()).extracting(ResolvedEvidence.Item::feature).hasSize(2).contains("t:T9001");
    assertThat(e.items().get(1).kind()).isEqualTo(EvidenceKind.SOFTWARE);
    assertThat(e.items().get(1).label()).isEqualTo("KettleRAT (S9001)");
    assertThat(e.unresolved()).isEmpty();
  }

  @Test
  void resolve_unknownNames_areReportedUnresolvedInInputOrder() {
    Evidence e = new Evidence("u", List.of("T8888", "T9001", "Making Coffee"), List.of("NoSuchRAT", "S9999", "Spoon"),
        List.of("203.0.113.7"), List.of("Atlantis", "Taiwan"), List.of(), null, null, List.of(), List.of(), null);
    ResolvedEvidence resolved = resolver.resolve(e);
    assertThat(resolved.unresolved()).containsExactly("T8888", "Making Coffee", "NoSuchRAT", "S9999", "Atlantis");
    assertThat(resolved.items()).extracting(ResolvedEvidence.Item::feature)
        .contains("t:T9001", "i:203.0.113.7", "vc:TW");
    Attribution a = handWeighted.attribute(resolved, 2);
    assertThat(a.unresolved()).containsExactly("T8888", "Making Coffee", "NoSuchRAT", "S9999", "Atlantis");
    assertThat(a.id()).isEqualTo("u");
  }

  // ---- arguments ------------------------------------------------------------------------------

  @Test
  void attribute_topBelowOne_throws() {
    ResolvedEvidence e = resolver.resolve(evidence(List.of("T9001"), List.of()));
    assertThatThrownBy(() -> handWeighted.attribute(e, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("top must be at least 1, got 0");
  }

  @Test
  void withRanker_wrongNumberOfWeights_throws() {
    assertThatThrownBy(() -> Attributor.withRanker(corpus, new Ranker(new double[3], 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ranker has 3 weights, expected " + SimilarityModel.SIZE);
  }

  @Test
  void train_smallCorpus_learnsFiniteWeights() {
    assertThat(trained.ranker().theta()).hasSize(SimilarityModel.SIZE);
    for (double t : trained.ranker().theta()) {
      assertThat(Double.isFinite(t)).as("theta %s", java.util.Arrays.toString(trained.ranker().theta())).isTrue();
    }
    assertThat(Double.isFinite(trained.ranker().unknownUtility())).isTrue();
    Calibration c = trained.ranker().calibration();
    for (Calibration.Kind kind : Calibration.Kind.values()) {
      for (int items = 1; items < 12; items++) {
        double t = c.temperature(new Calibration.Amount(items, kind));
        assertThat(t).as("%s, items %d, %s", c, items, kind).isPositive().isLessThanOrEqualTo(20);
        if (items >= TrainingCases.MIN_USES) {
          assertThat(t).as("dense evidence is weighed as fitted").isEqualTo(1.0);
        }
      }
    }
    assertThat(Attributor.withRanker(corpus, trained.ranker()).candidates()).isEqualTo(candidates());
  }
}
