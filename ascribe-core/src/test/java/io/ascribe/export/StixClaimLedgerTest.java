package io.ascribe.export;

import static io.ascribe.export.StixFixtures.ADVISORY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.ascribe.extract.claim.Claim;
import io.ascribe.extract.claim.ClaimForm;
import io.ascribe.extract.claim.ClaimType;
import io.ascribe.model.Tlp;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The claims-ledger mapping: attributions, denials, counter-accusations, markings. */
class StixClaimLedgerTest {
  private final JsonNode red = StixFixtures.ledgerBuilder().build(Tlp.RED);

  private JsonNode attributionBy(String claimant) {
    String author = StixJson.named(red, "identity", claimant).path("id").asText();
    return StixJson.objects(red, o -> o.path("relationship_type").asText().equals("attributed-to")
        && o.path("created_by_ref").asText().equals(author)).get(0);
  }

  @Test
  void attribution_namedActor_intrusionSetAttributedToAccusedParty() {
    JsonNode rel = attributionBy("the FBI");
    JsonNode source = StixJson.byId(red, rel.path("source_ref").asText());
    JsonNode target = StixJson.byId(red, rel.path("target_ref").asText());
    assertThat(source.path("type").asText()).isEqualTo("intrusion-set");
    assertThat(source.path("name").asText()).isEqualTo("APT28");
    assertThat(target.path("type").asText()).isEqualTo("identity");
    assertThat(target.path("name").asText()).isEqualTo("Russian military intelligence (GRU)");
    assertThat(rel.path("confidence").asInt()).isEqualTo(80);
    assertThat(rel.path("description").asText()).isEqualTo(StixFixtures.FBI_APT28.evidence());
    assertThat(rel.path("created").asText()).isEqualTo("2024-05-02T00:00:00.000Z");
    assertThat(rel.path("object_marking_refs").get(0).asText()).isEqualTo(Tlp.CLEAR.stixMarkingId());
  }

  @Test
  void attribution_externalReference_namesDocumentUrlTitleAndHash() {
    JsonNode ref = attributionBy("the FBI").path("external_references").get(0);
    assertThat(ref.path("source_name").asText()).isEqualTo("www.example.gov");
    assertThat(ref.path("url").asText()).isEqualTo("https://www.example.gov/advisory/aa24");
    assertThat(ref.path("description").asText()).isEqualTo("Joint advisory on APT28");
    assertThat(ref.path("external_id").asText()).isEqualTo(ADVISORY);
    assertThat(ref.path("hashes").path("SHA-256").asText()).isEqualTo(ADVISORY);
  }

  @Test
  void attribution_claimantAndAccused_identitiesLocatedInTheirCountries() {
    JsonNode fbi = StixJson.named(red, "identity", "the FBI");
    assertThat(fbi.path("identity_class").asText()).isEqualTo("organization");
    JsonNode peskov = StixJson.named(red, "identity", "Kremlin spokesman Dmitry Peskov");
    assertThat(peskov.path("identity_class").asText()).isEqualTo("individual");
    JsonNode us = StixJson.objects(red, o -> o.path("type").asText().equals("location")
        && o.path("country").asText().equals("US")).get(0);
    assertThat(StixJson.objects(red, o -> o.path("relationship_type").asText().equals("located-at")
        && o.path("source_ref").asText().equals(fbi.path("id").asText())
        && o.path("target_ref").asText().equals(us.path("id").asText()))).hasSize(1);
  }

  @Test
  void attribution_noActorNamed_unnamedCampaignAgainstTarget() {
    JsonNode rel = attributionBy("the Dutch government");
    JsonNode source = StixJson.byId(red, rel.path("source_ref").asText());
    assertThat(source.path("type").asText()).isEqualTo("campaign");
    assertThat(source.path("name").asText()).isEqualTo("Unnamed activity against Dutch defence network");
    JsonNode china = StixJson.byId(red, rel.path("target_ref").asText());
    assertThat(china.path("name").asText()).isEqualTo("China");
    assertThat(china.path("sectors").get(0).asText()).isEqualTo("government-national");
  }

  @Test
  void denial_matchingAttributionInDocument_strongDisagreementAboutIt() {
    JsonNode peskov = StixJson.named(red, "identity", "Kremlin spokesman Dmitry Peskov");
    JsonNode opinion = StixJson.objects(red, o -> o.path("type").asText().equals("opinion")
        && o.path("created_by_ref").asText().equals(peskov.path("id").asText())).get(0);
    assertThat(opinion.path("opinion").asText()).isEqualTo("strongly-disagree");
    assertThat(opinion.path("explanation").asText()).isEqualTo(StixFixtures.KREMLIN_DENIES.evidence());
    assertThat(opinion.path("object_refs")).hasSize(1);
    assertThat(opinion.path("object_refs").get(0).asText()).isEqualTo(attributionBy("the FBI").path("id").asText());
  }

  @Test
  void denial_noAttributionInDocument_inferredAttributionByCounterAccusedParty() {
    JsonNode lin = StixJson.named(red, "identity", "Foreign Ministry spokesperson Lin Jian");
    JsonNode opinion = StixJson.objects(red, o -> o.path("type").asText().equals("opinion")
        && o.path("created_by_ref").asText().equals(lin.path("id").asText())).get(0);
    JsonNode denied = StixJson.byId(red, opinion.path("object_refs").get(0).asText());
    assertThat(denied.path("x_ascribe_inferred").asBoolean()).isTrue();
    assertThat(StixJson.byId(red, denied.path("source_ref").asText()).path("name").asText()).isEqualTo("Volt Typhoon");
    assertThat(StixJson.byId(red, denied.path("target_ref").asText()).path("name").asText()).isEqualTo("China");
    assertThat(StixJson.byId(red, denied.path("created_by_ref").asText()).path("name").asText())
        .isEqualTo("the United States");
    assertThat(denied.has("confidence")).isFalse();
  }

  @Test
  void counterAccusation_noteByClaimantAboutAccusedParty() {
    JsonNode note = StixJson.ofType(red, "note").get(0);
    assertThat(note.path("abstract").asText())
        .isEqualTo("Counter-accusation: Foreign Ministry spokesperson Lin Jian accuses the United States");
    assertThat(note.path("content").asText()).isEqualTo(StixFixtures.CHINA_COUNTER.evidence());
    assertThat(StixJson.byId(red, note.path("object_refs").get(0).asText()).path("name").asText())
        .isEqualTo("the United States");
    assertThat(StixJson.byId(red, note.path("created_by_ref").asText()).path("name").asText())
        .isEqualTo("Foreign Ministry spokesperson Lin Jian");
  }

  @Test
  void build_clearanceGreen_onlyClearDocumentAndNoDanglingRefs() {
    JsonNode green = StixFixtures.ledgerBuilder().build(Tlp.GREEN);
    assertThat(StixJson.danglingRefs(green)).isEmpty();
    assertThat(StixJson.ofType(green, "marking-definition")).extracting(d -> d.path("name").asText())
        .containsExactly("TLP:CLEAR");
    List<String> markings = new ArrayList<>();
    green.path("objects").forEach(o -> o.path("object_marking_refs").forEach(m -> markings.add(m.asText())));
    assertThat(markings).isNotEmpty().containsOnly(Tlp.CLEAR.stixMarkingId());
    assertThat(StixJson.named(green, "identity", "China")).as("named only in AMBER and RED documents").isNull();
    assertThat(StixJson.named(green, "intrusion-set", "Volt Typhoon")).isNull();
    assertThat(StixJson.ofType(green, "note")).isEmpty();
    assertThat(StixJson.ofType(green, "opinion")).hasSize(1);
  }

  @Test
  void build_clearanceAmber_amberDocumentInRedDocumentOut() {
    JsonNode amber = StixFixtures.ledgerBuilder().build(Tlp.AMBER);
    assertThat(StixJson.danglingRefs(amber)).isEmpty();
    assertThat(StixJson.ofType(amber, "note")).hasSize(1);
    assertThat(StixJson.named(amber, "identity", "China")).as("AMBER is the least restrictive of AMBER and RED")
        .isNotNull();
    assertThat(StixJson.named(amber, "identity", "the Dutch government")).isNull();
    assertThat(StixJson.ofType(amber, "campaign")).isEmpty();
    assertThat(StixJson.ofType(amber, "marking-definition")).extracting(d -> d.path("name").asText())
        .containsExactly("TLP:CLEAR", "TLP:AMBER");
  }

  @Test
  void export_sameLedgerTwice_sameJson() {
    String first = StixFixtures.ledgerBuilder().build(Tlp.RED).toString();
    String second = StixFixtures.ledgerBuilder().build(Tlp.RED).toString();
    assertThat(second).isEqualTo(first);
  }

  @Test
  void claimRecord_withoutTlp_rejectedWithMessage() {
    assertThatThrownBy(() -> new ClaimRecord(StixFixtures.FBI_APT28, ADVISORY, "t", "s", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("claim record for document " + ADVISORY + ": tlp is required (use Tlp.CLEAR for public documents)");
  }

  @Test
  void denied_denialNamesActor_onlyAttributionsOfThatActor() {
    Claim apt28 = StixFixtures.FBI_APT28;
    Claim apt29 = new Claim(ClaimType.ATTRIBUTION, ClaimForm.REPORT, "a vendor", null, "SVR", "RU", "APT29", null, null, "x");
    Claim china = StixFixtures.DUTCH_CHINA;
    List<ClaimLedgerExport.Attribution> all = List.of(new ClaimLedgerExport.Attribution(apt28, "r28"),
        new ClaimLedgerExport.Attribution(apt29, "r29"), new ClaimLedgerExport.Attribution(china, "rcn"));
    Claim deniesApt29 = new Claim(ClaimType.DENIAL, ClaimForm.STATEMENT, "Peskov", "RU", "Russia", "RU", "APT29", null, null, "y");
    assertThat(ClaimLedgerExport.denied(deniesApt29, all)).containsExactly("r29");
    assertThat(ClaimLedgerExport.denied(StixFixtures.KREMLIN_DENIES, all)).containsExactly("r28", "r29");
  }

  @Test
  void add_claimWithoutAccused_skipped() {
    Claim vague = new Claim(ClaimType.ATTRIBUTION, ClaimForm.STATEMENT, "someone", null, null, null, null, null, null, "z");
    StixBundleBuilder b = new StixBundleBuilder(StixFixtures.AS_OF);
    new ClaimLedgerExport().add(b, List.of(new ClaimRecord(vague, ADVISORY, null, null, Tlp.CLEAR)));
    assertThat(StixJson.objects(b.build(Tlp.RED), o -> o.path("type").asText().equals("relationship"))).isEmpty();
  }
}
