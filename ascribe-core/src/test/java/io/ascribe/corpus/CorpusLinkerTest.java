package io.ascribe.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.ascribe.FixtureGraphs;
import io.ascribe.alias.EntityLinker;
import io.ascribe.alias.Linking;
import io.ascribe.attribution.EvidenceKind;
import io.ascribe.attribution.EvidenceResolver;
import io.ascribe.extract.ExtractedDocument;
import io.ascribe.extract.claim.Claim;
import io.ascribe.extract.claim.ClaimForm;
import io.ascribe.extract.claim.ClaimType;
import io.ascribe.extract.indicator.Indicator;
import io.ascribe.model.KnowledgeGraph;
import io.ascribe.testkit.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CorpusLinkerTest {
  private static final String ALPHA = "intrusion-set--00000000-0000-4000-8000-000000000101";
  private static final String BETA = "intrusion-set--00000000-0000-4000-8000-000000000102";
  private static final String TEXT = "The operators deployed KettleRAT against government entities in Ukraine; it beaconed "
      + "to 203.0.113.7.";
  private static CorpusLinker linker;

  @BeforeAll
  static void build() throws Exception {
    KnowledgeGraph graph = FixtureGraphs.of(Fixtures.MINI_ATTACK, Fixtures.MINI_THREAT_ACTOR);
    EntityLinker entities = new EntityLinker(graph);
    Linking actors = entities.linkActors();
    linker = new CorpusLinker(actors, new EvidenceResolver(graph, entities.linkSoftware()));
  }

  private static ExtractedDocument doc(List<ExtractedDocument.Entity> actors, List<Claim> claims) {
    List<ExtractedDocument.Entity> entities = new ArrayList<>(actors);
    entities.add(new ExtractedDocument.Entity("software", "KettleRAT", "S9001", 1, null, null, null, null));
    return new ExtractedDocument("r.txt", "f".repeat(64), "Report", "2024-03-04", "Vendor", "en", TEXT, 0,
        List.of(new Indicator(Indicator.IPV4, "203.0.113.7", TEXT.indexOf("203."), false, null)), List.of(), entities,
        claims);
  }

  private static ExtractedDocument.Entity actor(String name, int mentions) {
    return new ExtractedDocument.Entity("actor", name, null, mentions, null, null, null, null);
  }

  private static Claim claim(ClaimType type, String actor) {
    return new Claim(type, ClaimForm.STATEMENT, "officials", "US", "a state", "CN", actor, null, "2024-05-06",
        "Officials blamed " + actor + ".");
  }

  @Test
  void links_oneActorMostMentioned_isTheSubject_withItsEvidenceAndVictims() {
    List<CorpusLink> links = linker.links(doc(List.of(actor("Alpha Panda", 5), actor("Beta Bear", 1)), List.of()), null);

    assertThat(links).allSatisfy(l -> {
      assertThat(l.actorKey()).isEqualTo(ALPHA);
      assertThat(l.provenance()).isEqualTo(new Provenance("f".repeat(64), "Report", "2024-03-04", "Vendor",
          LinkBasis.SUBJECT, 0.8));
    });
    assertThat(links).extracting(CorpusLink::kind, CorpusLink::feature).containsExactly(
        tuple(EvidenceKind.SOFTWARE, "s:malware--00000000-0000-4000-8000-000000000401"),
        tuple(EvidenceKind.INDICATOR, "i:203.0.113.7"),
        tuple(EvidenceKind.VICTIM_SECTOR, "vs:government"),
        tuple(EvidenceKind.VICTIM_COUNTRY, "vc:UA"));
  }

  @Test
  void links_subjectNamedTwiceOrThrice_hasTheLowerConfidence() {
    assertThat(linker.links(doc(List.of(actor("Alpha Panda", 3)), List.of()), null))
        .extracting(l -> l.provenance().confidence()).containsOnly(0.6);
  }

  @Test
  void links_noActorWithTwoThirdsOfTheMentions_orNamedOnce_hasNoSubject() {
    assertThat(linker.links(doc(List.of(actor("Alpha Panda", 4), actor("Beta Bear", 3)), List.of()), null)).isEmpty();
    assertThat(linker.links(doc(List.of(actor("Alpha Panda", 1)), List.of()), null)).isEmpty();
  }

  /** A name two actors share ("Grizzly Name") is about some actor: it counts against the share of the others. */
  @Test
  void links_ambiguousMentionsCountInTheTotal() {
    ExtractedDocument.Entity grizzly = new ExtractedDocument.Entity("actor", "Beta Bear", null, 3, null, null, null,
        "Grizzly Name");
    assertThat(linker.links(doc(List.of(actor("Alpha Panda", 3), grizzly), List.of()), null)).isEmpty();
  }

  /** Seen on TRAM2: "Lazarus Group" is the canonical name of an ATT&CK group and of a MISP cluster linked apart. */
  @Test
  void links_subjectByAttackId_whenItsNameIsShared() {
    ExtractedDocument.Entity beta = new ExtractedDocument.Entity("actor", "Grizzly Name", "G9002", 4, null, null, null,
        null);
    assertThat(linker.links(doc(List.of(beta), List.of()), null)).isNotEmpty()
        .allSatisfy(l -> assertThat(l.actorKey()).isEqualTo(BETA));
  }

  @Test
  void links_attributionClaim_tiesTheClaimedActor_withTheClaimant_deniesDoNot() {
    List<CorpusLink> links = linker.links(doc(List.of(), List.of(claim(ClaimType.ATTRIBUTION, "Jasmine Typhoon"),
        claim(ClaimType.DENIAL, "Beta Bear"))), null);

    assertThat(links).isNotEmpty().allSatisfy(l -> {
      assertThat(l.actorKey()).isEqualTo(ALPHA);
      assertThat(l.provenance().basis()).isEqualTo(LinkBasis.CLAIM);
      assertThat(l.provenance().claimant()).isEqualTo("officials");
      assertThat(l.provenance().date()).isEqualTo("2024-05-06");
    });
  }

  @Test
  void links_declaredActor_replacesWhatTheTextSuggests() {
    List<CorpusLink> links = linker.links(doc(List.of(actor("Alpha Panda", 9)),
        List.of(claim(ClaimType.ATTRIBUTION, "Alpha Panda"))), BETA);

    assertThat(links).isNotEmpty().allSatisfy(l -> {
      assertThat(l.actorKey()).isEqualTo(BETA);
      assertThat(l.provenance().basis()).isEqualTo(LinkBasis.DECLARED);
      assertThat(l.provenance().confidence()).isEqualTo(1.0);
    });
  }

  @Test
  void declaredActor_ambiguousName_namesTheCandidates() {
    assertThat(linker.declaredActor("ALPHA-1")).isEqualTo(ALPHA);
    assertThatThrownBy(() -> linker.declaredActor("Grizzly Name"))
        .isInstanceOfSatisfying(UnknownActorException.class, e -> assertThat(e.candidates()).hasSize(2))
        .hasMessageContaining("'Grizzly Name' is ambiguous")
        .hasMessageContaining("Beta Bear (" + BETA + ")")
        .hasMessageContaining("Gamma Bear (");
  }

  @Test
  void actorCorpus_groupsByDocumentNewestFirst_andFactsWithTheirDocuments() {
    Provenance older = new Provenance("1".repeat(64), "Old", "2020-01-01", "V", LinkBasis.SUBJECT, 0.8);
    Provenance newer = new Provenance("2".repeat(64), "New", "2023-01-01", "V", LinkBasis.CLAIM, 0.6);
    Provenance undated = new Provenance("3".repeat(64), "Undated", null, null, LinkBasis.DECLARED, 1.0);
    ActorCorpus c = ActorCorpus.of(List.of(
        new CorpusLink(ALPHA, EvidenceKind.TECHNIQUE, "t:T9001", "T9001 Brewing", null, older),
        new CorpusLink(ALPHA, EvidenceKind.INDICATOR, "i:203.0.113.7", "203.0.113.7", "s1", older),
        new CorpusLink(ALPHA, EvidenceKind.INDICATOR, "i:203.0.113.7", "203.0.113.7", "s2", newer),
        new CorpusLink(ALPHA, EvidenceKind.VICTIM_COUNTRY, "vc:UA", "Ukraine", null, undated)));

    assertThat(c.documents()).containsExactly(newer, older, undated);
    assertThat(c.facts()).extracting(ActorCorpus.Fact::feature).containsExactly("i:203.0.113.7", "t:T9001", "vc:UA");
    assertThat(c.facts().get(0).sources()).containsExactly("2".repeat(64), "1".repeat(64));
    assertThat(c.facts().get(0).sentence()).isEqualTo("s1");
  }
}
