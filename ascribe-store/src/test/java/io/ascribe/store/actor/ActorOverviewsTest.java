package io.ascribe.store.actor;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.actor.ActorComparison;
import io.ascribe.alias.EntityKind;
import io.ascribe.attribution.AttributionCorpus;
import io.ascribe.attribution.EvidenceKind;
import io.ascribe.extract.ExtractedDocument;
import io.ascribe.extract.claim.Claim;
import io.ascribe.extract.claim.ClaimForm;
import io.ascribe.extract.claim.ClaimType;
import io.ascribe.fetch.HttpFetcher;
import io.ascribe.fetch.NetworkPolicy;
import io.ascribe.model.Tlp;
import io.ascribe.profile.Profiles;
import io.ascribe.store.Store;
import io.ascribe.store.TestStores;
import io.ascribe.store.attribution.StoredCorpus;
import io.ascribe.store.derived.DerivedIndexes;
import io.ascribe.store.documents.DocumentStore;
import io.ascribe.store.kb.ImportListener;
import io.ascribe.store.kb.KbImporter;
import io.ascribe.store.kb.KnowledgeBase;
import io.ascribe.testkit.Fixtures;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An actor's overview over the mini knowledge base, with claims at several markings. */
class ActorOverviewsTest {
  @TempDir Path tmp;
  Store store;
  KnowledgeBase kb;
  ActorOverviews overviews;

  @BeforeEach
  void setUp() throws Exception {
    store = TestStores.open(tmp);
    new DerivedIndexes(store).importer(new HttpFetcher(NetworkPolicy.PUBLIC_ONLY, Duration.ofSeconds(1)), ImportListener.NONE)
        .importAll(List.of(Fixtures.write(tmp, Fixtures.MINI_ATTACK).toString(),
            Fixtures.write(tmp, Fixtures.MINI_THREAT_ACTOR).toString()), KbImporter.Options.DEFAULT);
    kb = new KnowledgeBase(store);
    overviews = new ActorOverviews(store, () -> StoredCorpus.build(store, kb.linked()));
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  private void claim(char sha, String actor, String date, Tlp tlp) {
    Claim c = new Claim(ClaimType.ATTRIBUTION, ClaimForm.STATEMENT, "officials", "US", "China", "CN", actor, null, date,
        "The US attributed the intrusion to " + actor + ".");
    new DocumentStore(store).add(new ExtractedDocument("file-" + sha, String.valueOf(sha).repeat(64), "Report " + sha,
        date, null, "en", c.evidence(), 0, List.of(), List.of(), List.of(), List.of(c)), tlp);
  }

  private Profiles.Actor profile(String name) {
    String key = ((ActorNames.Found) new ActorNames(kb).resolve(name)).key();
    return kb.profile(EntityKind.ACTOR, key, Profiles.Actor.class).orElseThrow();
  }

  @Test
  void overview_claimsNamingAnyAliasThatResolvesToTheActor_newestFirst_withinClearance() {
    claim('a', "Alpha Panda", "2022-05-01", Tlp.GREEN);
    claim('b', "alpha-1", "2024-01-02", Tlp.CLEAR);
    claim('c', "Alpha Panda", "2025-03-03", Tlp.RED);
    claim('d', "Grizzly Name", "2023-01-01", Tlp.CLEAR);
    claim('e', "Beta Bear", "2023-01-01", Tlp.CLEAR);

    ActorOverview amber = overviews.overview(profile("Alpha Panda"), Tlp.AMBER);

    assertThat(amber.claims()).extracting(DocumentStore.LedgerEntry::title).containsExactly("Report b", "Report a");
    assertThat(overviews.overview(profile("Alpha Panda"), Tlp.RED).claims()).extracting(DocumentStore.LedgerEntry::title)
        .containsExactly("Report c", "Report b", "Report a");
    assertThat(overviews.overview(profile("Beta Bear"), Tlp.RED).claims())
        .as("a name two actors claim names neither").extracting(DocumentStore.LedgerEntry::title).containsExactly("Report e");
  }

  @Test
  void overview_descriptionsReferencesTargetsAndActivity_eachWithItsSource() {
    claim('a', "Alpha Panda", "2026-05-01", Tlp.GREEN);

    ActorOverview o = overviews.overview(profile("Alpha Panda"), Tlp.GREEN);

    assertThat(o.descriptions()).extracting(Profiles.Description::source).contains("MISP galaxy threat-actor");
    assertThat(o.references()).extracting(Profiles.Reference::url).contains("https://example.com/misp-alpha");
    assertThat(o.targets().countries()).extracting(t -> t.code()).contains("US", "TW");
    assertThat(o.targets().countries().get(0).sources()).extracting(s -> s.origin(), s -> s.label())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("misp", "MISP galaxy threat-actor"));
    assertThat(o.targets().sectors()).isNotEmpty();
    assertThat(o.activity().lastSeen()).isEqualTo("2026-05-01");
    assertThat(o.activity().lastSeenFrom()).isEqualTo("claims");
    assertThat(o.activity().spans()).extracting(ActorOverview.Span::source).contains("claims");
  }

  /**
   * Corpus facts from a RED document (a victim and an indicator tied to Alpha Panda and Beta Bear)
   * reach a RED reader with their document, and an AMBER reader not at all: not as a target, not
   * as shared infrastructure, not in a count.
   */
  @Test
  void overviewAndCompare_corpusFactsOfADocumentAboveClearance_areNotShownNorCounted() {
    claim('r', "Someone else", "2025-01-01", Tlp.RED);
    String red = "r".repeat(64);
    String alpha = ((ActorNames.Found) new ActorNames(kb).resolve("Alpha Panda")).key();
    String beta = ((ActorNames.Found) new ActorNames(kb).resolve("Beta Bear")).key();
    AttributionCorpus.Sighting seen = new AttributionCorpus.Sighting(red, "Red report", "2025-01-01", "Vendor", 0.8);
    Map<String, List<AttributionCorpus.Fact>> facts = Map.of(
        alpha, List.of(corpusFact("vc:UA", EvidenceKind.VICTIM_COUNTRY, seen), corpusFact("i:evil.example", EvidenceKind.INDICATOR, seen)),
        beta, List.of(corpusFact("i:evil.example", EvidenceKind.INDICATOR, seen)));
    ActorOverviews withCorpus = new ActorOverviews(store, () -> {
      KnowledgeBase.Linked l = kb.linked();
      return AttributionCorpus.build(l.graph(), l.actors(), l.software(), facts);
    });

    ActorOverview redView = withCorpus.overview(profile("Alpha Panda"), Tlp.RED);
    assertThat(redView.targets().countries()).filteredOn(t -> "UA".equals(t.code())).singleElement()
        .satisfies(t -> assertThat(t.sources().get(0).documents()).extracting(AttributionCorpus.Sighting::document)
            .containsExactly(red));
    assertThat(redView.activity().spans()).extracting(ActorOverview.Span::source).contains("your corpus");
    assertThat(withCorpus.compare(alpha, beta, Tlp.RED).section("infrastructure").common())
        .singleElement().satisfies(i -> assertThat(i.actors()).isEqualTo(2));

    ActorOverview amberView = withCorpus.overview(profile("Alpha Panda"), Tlp.AMBER);
    assertThat(amberView.targets().countries()).extracting(t -> t.code()).doesNotContain("UA");
    assertThat(amberView.activity().spans()).extracting(ActorOverview.Span::source).doesNotContain("your corpus");
    ActorComparison amber = withCorpus.compare(alpha, beta, Tlp.AMBER);
    assertThat(amber.section("infrastructure").common()).isEmpty();
    assertThat(amber.section("infrastructure").onlyA()).isEmpty();
  }

  private static AttributionCorpus.Fact corpusFact(String feature, EvidenceKind kind, AttributionCorpus.Sighting seen) {
    return new AttributionCorpus.Fact(feature, kind, Set.of(), AttributionCorpus.Origin.CORPUS, null, seen);
  }

  @Test
  void compare_twoActors_everyAspectPresent_andNamesResolveOrSayWhyNot() {
    ActorNames names = new ActorNames(kb);
    ActorNames.Found a = (ActorNames.Found) names.resolve("G9001");
    ActorNames.Found b = (ActorNames.Found) names.resolve("Beta Bear");

    ActorComparison c = overviews.compare(a.key(), b.key(), Tlp.CLEAR);

    assertThat(c.a().name()).isEqualTo("Alpha Panda");
    assertThat(c.sections()).extracting(ActorComparison.Section::aspect)
        .containsExactly("techniques", "tools", "victims", "infrastructure");
    assertThat(c.section("tools").onlyA()).extracting(ActorComparison.Item::label).anyMatch(l -> l.contains("KettleRAT"));
    assertThat(c.section("tools").onlyB()).extracting(ActorComparison.Item::label).anyMatch(l -> l.contains("Spoon"));
    assertThat(names.resolve("Grizzly Name")).isInstanceOfSatisfying(ActorNames.Ambiguous.class,
        x -> assertThat(x.listed()).contains("Beta Bear", "Gamma Bear"));
    assertThat(names.resolve("Nobody Bear")).isInstanceOf(ActorNames.Unknown.class);
  }
}
